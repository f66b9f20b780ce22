"""After a crash: show what autosave kept and what it would replace."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from deskeditor.errors import DeskEditorError
from deskeditor.model import Article, Table, body_texts, plain_text
from deskeditor.store.recovery import Recovery
from deskeditor.text.dates import short_datetime

from .dialogs import fit_screen
from .translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from deskeditor.store import Store

_LABELS = {
    "category": QT_TRANSLATE_NOOP("RecoveryDialog", "Category: %1"),
    "date": QT_TRANSLATE_NOOP("RecoveryDialog", "Date: %1"),
    "alt": QT_TRANSLATE_NOOP("RecoveryDialog", "alt text: %1"),
    "author": QT_TRANSLATE_NOOP("RecoveryDialog", "Author: %1"),
    "source": QT_TRANSLATE_NOOP("RecoveryDialog", "Source: %1"),
    "tags": QT_TRANSLATE_NOOP("RecoveryDialog", "Keywords: %1"),
    "table": QT_TRANSLATE_NOOP("RecoveryDialog", "Table: %1"),
}


def _labelled(name: str, value: str) -> str:
    if not value:
        return ""
    return QCoreApplication.translate("RecoveryDialog", _LABELS[name]).replace("%1", value)


def article_text(article: Article) -> str:
    """Return the readable text of every field of an article, one block per line.

    History compares revisions with it and recovery shows it, so a change of
    byline, keywords, photo credit or alt text shows up as well as the body's.
    """
    when = short_datetime(article.published_at) if article.published_at else ""
    lines = [
        article.title,
        _labelled("category", article.category),
        _labelled("date", when),
        article.lead,
    ]
    for index, group in groupby(body_texts(article.body), key=itemgetter(0)):
        pieces = [(part, text) for _, part, text in group]
        texts = dict(pieces)
        block = article.body[index]
        if isinstance(block, Table):  # its caption, then a row per line, cells apart by " | "
            lines.append("[" + _labelled("table", block.caption or "—") + "]")
            lines += [" | ".join(plain_text(cell) for cell in row) for row in block.rows]
        elif "caption" in texts:  # one figure: its three texts on one line
            parts = [texts["caption"], texts["credit"], _labelled("alt", texts["alt"])]
            lines.append("[" + " | ".join(part for part in parts if part) + "]")
        else:
            lines += [f"• {text}" if part == "item" else text for part, text in pieces]
    byline = " — ".join(part for part in (article.author, article.author_unit) if part)
    lines += [
        _labelled("author", byline),
        _labelled("source", article.source),
        _labelled("tags", ", ".join(article.tags)),
    ]
    return "\n".join(line for line in lines if line)


class RecoveryDialog(QDialog):
    """Offer unsaved work found after the program stopped unexpectedly."""

    def __init__(
        self, recovery: Recovery, current: Article | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        fit_screen(self, 760, 520)
        intro = QLabel(
            self.tr(
                "The program stopped before these changes were saved (kept at %1). Restore them?"
            ).replace("%1", short_datetime(dt.datetime.fromisoformat(recovery.saved_at)))
        )
        intro.setWordWrap(True)
        view = QTextBrowser()
        recovered = html.escape(article_text(recovery.article)).replace("\n", "<br>")
        if current is None:
            replaced = html.escape(self.tr("(a new article that was never saved)"))
        else:
            replaced = html.escape(article_text(current)).replace("\n", "<br>")
        recovered_heading = html.escape(self.tr("Recovered"))
        replaced_heading = html.escape(self.tr("It would replace (last saved)"))
        view.setHtml(
            f"<h3>{recovered_heading}</h3><p>{recovered}</p>"
            f"<hr><h3>{replaced_heading}</h3><p style='color:#555'>{replaced}</p>"
        )
        buttons = QDialogButtonBox()
        restore = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Discard"), QDialogButtonBox.ButtonRole.RejectRole)
        restore.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, recovery: Recovery, current: Article | None, parent: QWidget | None = None
    ) -> bool:
        """Show the dialog; return True to restore the recovered work."""
        return cls(recovery, current, parent).exec() == QDialog.DialogCode.Accepted


def recovered_articles(store: Store, parent: QWidget | None = None) -> Iterator[Article]:
    """Offer back, one by one, the work autosave kept; yield what the user restores.

    What the user declines is discarded from the store. An article deleted since
    its work was kept comes back as a new one.
    """
    for recovery in store.recoveries():
        current = None
        if recovery.article.id is not None:
            try:
                current = store.get_article(recovery.article.id)
            except DeskEditorError:
                recovery.article.id = None
        if RecoveryDialog.ask(recovery, current, parent):
            yield recovery.article
        else:
            store.discard_recovery(recovery.key)
