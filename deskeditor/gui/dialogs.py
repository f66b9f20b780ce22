"""Small dialogs: insert a link or a table, edit a photo's caption, credit and alt text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from deskeditor.model import Figure
from deskeditor.text import nfc
from deskeditor.urls import LINK_SCHEMES, UrlError, complete_url

from .error_text import localized
from .legacy_paste import LegacyFieldPaste, LegacyPasteFilter


def ok_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Return OK and Cancel buttons wired to *dialog*'s accept and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def fit_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize *dialog* to width×height, or less on a small screen (a 1024×600 laptop).

    Room is left for the taskbar and the window frame, so the dialog's buttons
    stay on the screen.
    """
    screen = (dialog.parentWidget() or dialog).screen().availableGeometry()
    dialog.resize(min(width, screen.width() - 24), min(height, screen.height() - 40))


class LinkDialog(QDialog):
    """Ask for a link address; the link policy (deskeditor.urls) decides what is accepted."""

    def __init__(self, url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert link"))
        self.url_edit = QLineEdit(url)
        self.url_edit.selectAll()  # typing replaces the old address instead of adding to it
        self.url_edit.setPlaceholderText("https://sonoivu.example.gov.vn/…")
        self.url_edit.setMinimumWidth(420)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Address (http, https or mailto):")))
        layout.addWidget(self.url_edit)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def url(self) -> str:
        """Return the address as typed (trimmed)."""
        return self.url_edit.text().strip()

    def accept(self) -> None:
        # "sonoivu.example.gov.vn" gets https://; "javascript:…" keeps its scheme and is refused.
        try:
            url, _ = complete_url(self.url(), LINK_SCHEMES)
        except UrlError as exc:
            self.error_label.setText(
                self.tr("This address cannot be used: %1.").replace("%1", localized(exc))
            )
            return
        self.url_edit.setText(url)
        super().accept()

    @classmethod
    def get_url(cls, url: str = "", parent: QWidget | None = None) -> tuple[str, bool]:
        """Show the dialog; return (address, accepted)."""
        dialog = cls(url, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.url(), accepted


class OneLineTextEdit(QPlainTextEdit):
    """A wrapping box for one line of text: Return is the dialog's OK, pasted lines are joined."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # the dialog takes it, as from a line field
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split()))


class FigureDialog(QDialog):
    """Edit the caption, credit and alt text of one photo."""

    def __init__(self, figure: Figure, parent: QWidget | None = None, note: str = "") -> None:
        super().__init__(parent)
        self.figure = figure
        self.setWindowTitle(self.tr("Photo caption"))
        self.note_label = QLabel(note)  # why the dialog opened by itself (a replaced photo)
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet(
            "background: #fff4e5; border: 1px solid #f0b070; padding: 6px; color: #5a3500"
        )
        self.note_label.setVisible(bool(note))
        self.caption_edit = QLineEdit(figure.caption)
        self.caption_edit.setPlaceholderText(self.tr("e.g. Delegates at the conference"))
        self.credit_edit = QLineEdit(figure.credit)
        self.credit_edit.setPlaceholderText(self.tr("e.g. Photo: Trần Văn Ba"))
        self.alt_edit = OneLineTextEdit(figure.alt)
        self.alt_edit.setPlaceholderText(
            self.tr("What the picture shows, for readers who cannot see it")
        )
        self.alt_edit.setMaximumHeight(90)
        self.caption_edit.setMinimumWidth(440)
        # Captions are pasted from old .VnTime documents as often as the body is.
        self.legacy_paste = LegacyFieldPaste(LegacyPasteFilter(self), self)
        self.legacy_paste.watch(self.caption_edit, self.credit_edit, self.alt_edit)
        form = QFormLayout()
        form.addRow(self.tr("Caption:"), self.caption_edit)
        form.addRow(self.tr("Credit:"), self.credit_edit)
        form.addRow(self.tr("Alt text:"), self.alt_edit)
        hint = QLabel(
            self.tr("The caption is for every reader; the alt text describes the picture.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def result_figure(self) -> Figure:
        """Return the figure with the edited texts (NFC)."""
        return Figure(
            caption=nfc(self.caption_edit.text().strip()),
            credit=nfc(self.credit_edit.text().strip()),
            alt=nfc(" ".join(self.alt_edit.toPlainText().split())),
            photo_id=self.figure.photo_id,
            edit=self.figure.edit,
        )

    @classmethod
    def edit(
        cls, figure: Figure, parent: QWidget | None = None, note: str = ""
    ) -> tuple[Figure, bool]:
        """Show the dialog (*note* above the fields); return (edited figure, accepted)."""
        dialog = cls(figure, parent, note)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_figure(), accepted


class TableDialog(QDialog):
    """Ask for a new table's rows, columns, heading row and caption."""

    MAX_ROWS = 2000
    MAX_COLUMNS = 50  # the interchange JSON's limits

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Insert table"))
        self.rows_edit = QSpinBox()
        self.rows_edit.setRange(1, self.MAX_ROWS)
        self.rows_edit.setValue(3)
        self.columns_edit = QSpinBox()
        self.columns_edit.setRange(1, self.MAX_COLUMNS)
        self.columns_edit.setValue(3)
        self.header_check = QCheckBox(self.tr("First row is a heading row"))
        self.header_check.setChecked(True)
        self.caption_edit = QLineEdit()
        self.caption_edit.setPlaceholderText(self.tr("e.g. Results by district"))
        self.caption_edit.setMinimumWidth(360)
        form = QFormLayout()
        form.addRow(self.tr("Rows:"), self.rows_edit)
        form.addRow(self.tr("Columns:"), self.columns_edit)
        form.addRow("", self.header_check)
        form.addRow(self.tr("Caption:"), self.caption_edit)
        hint = QLabel(
            self.tr(
                "Tab moves to the next cell, Shift+Tab back; Tab in the last cell adds a row. "
                "The caption is the line above the table."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(ok_cancel_buttons(self))

    def values(self) -> tuple[int, int, bool, str]:
        """Return (rows, columns, heading row, caption)."""
        caption = nfc(" ".join(self.caption_edit.text().split()))
        return (
            self.rows_edit.value(),
            self.columns_edit.value(),
            self.header_check.isChecked(),
            caption,
        )

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[int, int, bool, str] | None:
        """Show the dialog; return its values, or None when cancelled."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
