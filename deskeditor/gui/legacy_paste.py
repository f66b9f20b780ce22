"""Offer to convert pasted TCVN3/VNI text (".VnTime" documents) to Unicode."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from deskeditor.model import Block, Figure, ListBlock, Run, Table
from deskeditor.text.legacy import convert_legacy, detect_legacy

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
