"""After a crash: show what autosave kept and what it would replace."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from deskeditor.model import Article, Figure, ListBlock, plain_text
from deskeditor.store.store import Recovery


def article_text(article: Article) -> str:
    """Return the readable text of an article, one block per line."""
    lines = [article.title, article.lead]
    for block in article.body:
        if isinstance(block, Figure):
            lines.append(f"[{block.caption}]")
        elif isinstance(block, ListBlock):
            lines += [f"• {plain_text(item)}" for item in block.items]
        else:
            lines.append(plain_text(block.runs))
    return "\n".join(line for line in lines if line)


class RecoveryDialog(QDialog):
    """Offer unsaved work found after the program stopped unexpectedly."""

    def __init__(
        self, recovery: Recovery, current: Article | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover unsaved work"))
        self.resize(760, 520)
        intro = QLabel(
            self.tr(
                "The program stopped before these changes were saved (kept at %1). Restore them?"
            ).replace("%1", recovery.saved_at.replace("T", " "))
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
