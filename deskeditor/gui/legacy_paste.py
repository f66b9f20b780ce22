"""Offer to convert pasted TCVN3/VNI text (".VnTime" documents) to Unicode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QWidget

from deskeditor.model import Block, Figure, ListBlock, Run, Table

# deskeditor.text.legacy (5 ms) loads with the first paste, not with the window.

PREVIEW_CHARS = 160
ENCODING_NAMES = {"tcvn3": "TCVN3 (.VnTime)", "vni": "VNI (VNI-Times)"}


def _runs(blocks: list[Block]) -> list[Run]:
    runs: list[Run] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            for item in block.items:
                runs += item
        elif isinstance(block, Table):
            runs += [run for row in block.rows for cell in row for run in cell]
        elif not isinstance(block, Figure):
            runs += block.runs
    return runs


def convert_blocks(blocks: list[Block], encoding: str) -> list[Block]:
    """Convert the text of every run in *blocks* from *encoding* (in place) and return them."""
    from deskeditor.text.legacy import convert_legacy

    for run in _runs(blocks):
        run.text = convert_legacy(run.text, encoding)
    for block in blocks:
        if isinstance(block, Table):
            block.caption = convert_legacy(block.caption, encoding)
    return blocks


class LegacyPasteFilter:
    """A paste filter for :class:`BodyEdit` that asks before converting legacy text."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def __call__(self, blocks: list[Block]) -> list[Block] | None:
        from deskeditor.text.legacy import convert_legacy, detect_legacy

        text = "\n".join(run.text for run in _runs(blocks))
        encoding = detect_legacy(text)
        if encoding is None:
            return blocks
        answer = self.ask(encoding, text, convert_legacy(text, encoding))
        if answer == "convert":
            return convert_blocks(blocks, encoding)
        return blocks if answer == "keep" else None

    def ask(self, encoding: str, text: str, converted: str) -> str:
        """Ask the user; return "convert", "keep" or "cancel"."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("MainWindow", "Old Vietnamese encoding"))
        box.setText(
            QCoreApplication.translate(
                "MainWindow",
                "The pasted text looks like %1, from an old document. Convert it to Unicode?",
            ).replace("%1", ENCODING_NAMES[encoding])
        )
        box.setInformativeText(
            QCoreApplication.translate("MainWindow", "Pasted: %1\n\nConverted: %2")
            .replace("%1", text[:PREVIEW_CHARS])
            .replace("%2", converted[:PREVIEW_CHARS])
        )
        convert = box.addButton(
            QCoreApplication.translate("MainWindow", "Convert to Unicode"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("MainWindow", "Paste as it is"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(convert)
        box.exec()
        clicked = box.clickedButton()
        return "convert" if clicked is convert else "keep" if clicked is keep else "cancel"


TextField = QLineEdit | QPlainTextEdit


class LegacyFieldPaste(QObject):
    """The same question for the fields of plain text: title, lead, byline, source, tags.

    The body converts pasted blocks through :class:`LegacyPasteFilter`; these
    fields take the clipboard's text, by the paste keys (Ctrl+V, Shift+Insert),
    the Edit menu and the right-click menu, and each of those routes asks here.
    """

    def __init__(self, question: LegacyPasteFilter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._question = question
        self._fields: list[TextField] = []

    def watch(self, *fields: TextField) -> None:
        """Ask before legacy text is pasted into each of *fields*."""
        for field in fields:
            field.installEventFilter(self)
            self._fields.append(field)

    def handles(self, widget: object) -> bool:
        """Tell whether *widget* is one of the watched fields."""
        return any(widget is field for field in self._fields)

    def paste(self, field: TextField) -> None:
        """Paste the clipboard's text into *field*, converted if the user says so."""
        if field.isReadOnly():
            return
        from deskeditor.text.legacy import convert_legacy, detect_legacy

        text = QGuiApplication.clipboard().text()
        encoding = detect_legacy(text) if text else None
        if encoding is None:
            field.paste()
            return
        answer = self._question.ask(encoding, text, convert_legacy(text, encoding))
        if answer == "cancel":
            return
        if answer == "convert":
            text = convert_legacy(text, encoding)
        if isinstance(field, QLineEdit):
            field.insert(" ".join(text.split("\n")))  # what QLineEdit's own paste does with lines
        else:
            mime = QMimeData()
            mime.setText(text)
            field.insertFromMimeData(mime)  # the title keeps its one-line rule

    def reroute(self, menu: QMenu, field: QWidget) -> None:
        """Make the Paste entry of *field*'s right-click *menu* ask first (if it is watched)."""
        if not isinstance(field, QLineEdit | QPlainTextEdit) or not self.handles(field):
            return
        for action in menu.actions():
            if action.objectName() == "edit-paste":
                action.triggered.disconnect()
                action.triggered.connect(lambda _=False: self.paste(field))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if not isinstance(watched, QLineEdit | QPlainTextEdit):
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            self.paste(watched)
            return True
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and isinstance(watched, QLineEdit)
            and watched.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu
        ):
            menu = watched.createStandardContextMenu()
            self.reroute(menu, watched)
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False
