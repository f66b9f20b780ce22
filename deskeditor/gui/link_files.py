"""The link list's files: import and export CSV, the HTML snippet to a file or the clipboard.

Part of the link list manager (links_manager.py); an import is one undoable
change like any other.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from deskeditor import links
from deskeditor.errors import DeskEditorError
from deskeditor.export.html import link_list_html
from deskeditor.filenames import output_path
from deskeditor.links import CsvImportError
from deskeditor.safeio import write_text_atomic

from .error_text import sentence
from .link_edits import LinkListEdits, replace_all
from .link_tree import CsvProblemsDialog

if TYPE_CHECKING:
    from .links_manager import LinkManagerDialog


class LinkListFiles(QObject):
    """Read and write the dialog's link list as files; the folder is remembered.

    A QObject for tr(): its texts are in its own translation context.
    """

    def __init__(self, dialog: LinkManagerDialog, edits: LinkListEdits) -> None:
        super().__init__(dialog)
        self.dialog, self.edits = dialog, edits

    def _folder(self) -> str:
        return str(QSettings().value("links/folder", "") or Path.home())

    def _remember(self, path: Path) -> None:
        QSettings().setValue("links/folder", str(path.parent))

    def import_csv(self) -> None:
        """Replace the list with a CSV file's (one undoable change)."""
        title = self.tr("Import CSV")
        name, _ = QFileDialog.getOpenFileName(
            self.dialog, title, self._folder(), self.tr("CSV files (*.csv);;All files (*)")
        )
        if not name:
            return
        path = Path(name)
        self._remember(path)
        try:
            try:
                imported = links.read_links_csv(path)
            except CsvImportError as exc:
                if not exc.problems:
                    raise
                if not CsvProblemsDialog.ask(exc, self.dialog):
                    return
                imported = links.read_links_csv(path, skip_bad_rows=True)
        except CsvImportError as exc:
            QMessageBox.warning(self.dialog, title, sentence(exc))
            return
        new = imported.groups
        self.edits.push(
            title,
            lambda gs: replace_all(gs, new),
            lambda gs, previous: replace_all(gs, previous),
            after=(0, None),
        )
        count = sum(len(g.links) for g in new)
        message = self.tr("Imported %n link(s) in %1 group(s).", "", count).replace(
            "%1", str(len(new))
        )
        if imported.problems:
            message += " " + self.tr("%n bad row(s) skipped.", "", len(imported.problems))
        if imported.repeated:
            lines = ", ".join(str(problem.line) for problem in imported.repeated)
            message += " " + self.tr(
                "%n link(s) repeating an address of their group left out (line(s) %1).",
                "",
                len(imported.repeated),
            ).replace("%1", lines)
        if imported.scheme_added:
            lines = ", ".join(map(str, imported.scheme_added))
            message += " " + self.tr("“https://” was added on line(s) %1.").replace("%1", lines)
        self.dialog.status_label.setText(
            message + " " + self.tr("Undo (Ctrl+Z) brings the previous list back.")
        )

    def export_csv(self) -> None:
        """Write the list as CSV (UTF-8 with BOM); the Excel filter uses ';'."""
        plain = self.tr("CSV, comma separated (*.csv)")
        excel = self.tr("CSV for Excel, separated by ; (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self.dialog,
            self.tr("Export CSV"),
            str(Path(self._folder()) / "lien-ket.csv"),
            plain + ";;" + excel,
        )
        if name:
            self._write(Path(name), lambda p: links.write_links_csv(
                self.dialog.groups, p, ";" if chosen == excel else ","
            ))  # fmt: skip

    def export_html(self) -> None:
        """Write the HTML snippet of the visible groups (the file dialog asks before overwriting)."""
        html = self._html()
        if html is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.dialog,
            self.tr("Export HTML snippet"),
            str(Path(self._folder()) / "lien-ket.html"),
            self.tr("HTML files (*.html *.htm)"),
        )
        if name:
            self._write(Path(name), lambda p: write_text_atomic(p, html))

    def copy_html(self) -> None:
        """Put the HTML snippet on the clipboard, as text and as HTML."""
        html = self._html()
        if html is not None:
            data = QMimeData()
            data.setText(html)
            data.setHtml(html)
            QGuiApplication.clipboard().setMimeData(data)
            self.dialog.status_label.setText(self.tr("The HTML snippet is on the clipboard."))

    def _html(self) -> str | None:
        html = link_list_html(self.dialog.groups)
        if not html.strip():
            self.dialog.status_label.setText(
                self.tr("Nothing to export: no visible group has a visible link.")
            )
            return None
        return html

    def _write(self, path: Path, write: Callable[[Path], None]) -> None:
        self._remember(path)
        try:
            path = output_path(path)  # Qt's own dialog takes "CON.csv" or "a?.html"
            write(path)
        except DeskEditorError as exc:
            QMessageBox.critical(self.dialog, self.tr("File not written"), sentence(exc))
            return
        self.dialog.status_label.setText(self.tr("Written: %1").replace("%1", str(path)))
