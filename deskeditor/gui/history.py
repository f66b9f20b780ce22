"""The history of an article: its revisions, a readable comparison, and restore."""

from __future__ import annotations

import datetime as dt
import difflib
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from deskeditor.errors import DeskEditorError
from deskeditor.model import Decision
from deskeditor.store import Store
from deskeditor.store.workflow import HistoryEntry
from deskeditor.store.workflow import history as workflow_history
from deskeditor.text.dates import short_date, short_datetime

from .article_list import status_label
from .dialogs import fit_screen
from .error_text import sentence
from .recovery import article_text


def compare_html(old: str, new: str) -> str:
    """Return an HTML view of the changes from *old* to *new*, word by word."""
    old_words, new_words = (
        old.replace("\n", " \n ").split(" "),
        new.replace("\n", " \n ").split(" "),
    )
    out = []
    matcher = difflib.SequenceMatcher(a=old_words, b=new_words, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            out.append(html.escape(" ".join(old_words[a1:a2])))
            continue
        if op in ("replace", "delete"):
            removed = html.escape(" ".join(old_words[a1:a2]))
            out.append(
                f"<span style='background:#ffd7d5;text-decoration:line-through'>{removed}</span>"
            )
        if op in ("replace", "insert"):
            added = html.escape(" ".join(new_words[b1:b2]))
            out.append(f"<span style='background:#ccffd8'>{added}</span>")
    return " ".join(out).replace("\n", "<br>")


class HistoryDialog(QDialog):
    """List revisions; compare the selected one with the one before it; restore it."""

    def __init__(self, store: Store, article_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.article_id = article_id
        self.restored = False
        self.setWindowTitle(self.tr("History of the article"))
        fit_screen(self, 960, 540)  # fits a 1024×600 screen with its taskbar
        entries = workflow_history(store, article_id)
        self.revisions = [entry.revision for entry in entries]
        self.table = QTableWidget(len(entries), 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Saved at"),
                self.tr("Version code"),
                self.tr("Status / approval"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, entry in enumerate(reversed(entries)):
            revision = entry.revision
            cells = [
                str(revision.number),
                short_datetime(dt.datetime.fromisoformat(revision.created_at)),
                revision.version_code,
                self.state_text(entry),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the narrow list may cut the approver's name
                item.setData(Qt.ItemDataRole.UserRole, revision.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.view = QTextBrowser()
        self.hint = QLabel(
            self.tr("Select one revision to see what it changed, or two to compare them.")
        )
        self.hint.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore this revision"))
        self.restore_button.clicked.connect(self.restore)
        self.restore_button.setVisible(not store.read_only)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([400, 560])
        bottom = QHBoxLayout()
        bottom.addWidget(self.restore_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.table.itemSelectionChanged.connect(self.show_comparison)
        if self.revisions:
            self.table.selectRow(0)

    def state_text(self, entry: HistoryEntry) -> str:
        """Say what became of a revision: the decision taken on it, else its status when saved."""
        if not entry.approvals:
            text = status_label(entry.revision.status)
        else:
            approval = entry.approvals[-1]
            text = {
                Decision.APPROVE: self.tr("Approved by %1"),
                Decision.REVISE: self.tr("Returned for changes by %1"),
                Decision.REJECT: self.tr("Rejected by %1"),
            }[approval.decision].replace("%1", approval.approver_name)
            if approval.voided and approval.decision is Decision.APPROVE:
                text += self.tr(" (void)")  # the article changed after it was approved
        if entry.published_at is not None:
            text += self.tr(", published on %1").replace("%1", short_date(entry.published_at))
        return text

    def selected_ids(self) -> list[int]:
        """Return the selected revision ids, oldest first."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        items = [self.table.item(row, 0) for row in rows]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item is not None]

    def show_comparison(self) -> None:
        """Show the chosen revision against its predecessor, or two chosen ones against each other."""
        ids = self.selected_ids()
        self.restore_button.setEnabled(len(ids) == 1)
        if not ids:
            self.view.clear()
            return
        numbers = {r.id: r.number for r in self.revisions}
        if len(ids) == 1:
            index = [r.id for r in self.revisions].index(ids[0])
            older = self.revisions[index - 1].id if index > 0 else None
            newer = ids[0]
        else:
            older, newer = ids[0], ids[-1]
        new_text = article_text(self.store.revision_article(newer))
        old_text = article_text(self.store.revision_article(older)) if older else ""
        title = (
            self.tr("Revision %1 compared with revision %2")
            .replace("%1", str(numbers[newer]))
            .replace("%2", str(numbers[older]))
            if older
            else self.tr("Revision %1 (the first)").replace("%1", str(numbers[newer]))
        )
        self.view.setHtml(f"<h3>{html.escape(title)}</h3><p>{compare_html(old_text, new_text)}</p>")

    def restore(self) -> None:
        """Make the selected revision the current state again, as a new revision."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            result = self.store.restore_revision(ids[0])
        except DeskEditorError as exc:
            QMessageBox.warning(self, self.tr("Restore failed"), sentence(exc))
            return
        self.restored = True
        QMessageBox.information(
            self,
            self.tr("Restored"),
            self.tr("The revision was restored as a new revision (version %1).").replace(
                "%1", result.version_code
            ),
        )
        self.accept()

    @classmethod
    def show_for(cls, store: Store, article_id: int, parent: QWidget | None = None) -> bool:
        """Show the history; return True if a revision was restored."""
        dialog = cls(store, article_id, parent)
        dialog.exec()
        return dialog.restored
