"""The Article menu: workflow moves, exports for the portal and for sign-off, verification."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
)

from deskeditor.errors import DeskEditorError
from deskeditor.store.workflow import Move

from .action_registry import QT_TRANSLATE_NOOP, ActionSpec
from .error_text import sentence

if TYPE_CHECKING:
    from .main_window import MainWindow


def _saved_article_id(window: MainWindow, export: bool = True) -> int | None:
    """Return the open article's id once everything typed is saved; None if the user declines.

    The question says why: an *export* writes a saved revision; a workflow
    move (not *export*) is taken on one.
    """
    if window.has_unsaved_changes or window.editor.article_id is None:
        why = (
            QCoreApplication.translate(
                "MainWindow",
                "The article must be saved before this: the exported version is a saved revision. Save now?",
            )
            if export
            else QCoreApplication.translate(
                "MainWindow",
                "The article must be saved before this: sign-off and publishing apply to a saved revision. Save now?",
            )
        )
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("MainWindow", "Save first"),
            why,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save or not window.save():
            return None
    return window.editor.article_id


def _writable(window: MainWindow) -> bool:
    """Tell whether the store can be changed; if not, say so."""
    if window.store.read_only:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Read-only"),
            QCoreApplication.translate(
                "MainWindow", "The store was opened read-only: nothing can be saved."
            ),
        )
        return False
    return True


def _move(window: MainWindow, article_id: int, move, failure: str, success: str) -> None:  # type: ignore[no-untyped-def]
    """Run one workflow move; say why if it is refused, else reopen the article and say so."""
    try:
        move()
    except DeskEditorError as exc:
        QMessageBox.warning(window, failure, sentence(exc))
        return
    window.open_article(article_id)
    window.statusBar().showMessage(success, 8000)


def submit(window: MainWindow) -> None:
    """Send the open article to the editorial board (Nháp/Trả lại → Chờ duyệt)."""
    from deskeditor.store.workflow import submit as submit_article

    if not _writable(window):
        return
    article_id = _saved_article_id(window, export=False)
    if article_id is not None:
        _move(
            window,
            article_id,
            lambda: submit_article(window.store, article_id),
            QCoreApplication.translate("MainWindow", "Cannot submit"),
            QCoreApplication.translate("MainWindow", "Submitted for approval."),
        )


def decide(window: MainWindow) -> None:
    """Record the approver's decision on the submitted article."""
    from deskeditor.store.workflow import decide as record

    from .workflow_dialogs import DecisionDialog

    if not _writable(window):
        return
    article_id = _saved_article_id(window, export=False)
    if article_id is None:
        return
    profile = window.store.site_profile()
    code = window.store.current_version_code(article_id)
    value, accepted = DecisionDialog.ask(
        window.editor.title_edit.text(),
        code,
        profile.approver_name,
        profile.approver_position,
        window,
    )
    if accepted:
        _move(
            window,
            article_id,
            lambda: record(
                window.store,
                article_id,
                value.approver_name,
                value.approver_position,
                value.decision,
                value.comment,
                version_code=code,
            ),  # fmt: skip
            QCoreApplication.translate("MainWindow", "Decision not recorded"),
            QCoreApplication.translate("MainWindow", "Decision recorded."),
        )


def publish(window: MainWindow) -> None:
    """Mark the approved article as published on the portal."""
    from deskeditor.store.workflow import publish as mark_published

    if not _writable(window):
        return
    article_id = _saved_article_id(window, export=False)
    if article_id is not None:
        _move(
            window,
            article_id,
            lambda: mark_published(window.store, article_id),
            QCoreApplication.translate("MainWindow", "Cannot mark as published"),
            QCoreApplication.translate("MainWindow", "Marked as published."),
        )


def _default_dir() -> str:
    return str(QSettings().value("export/folder", str(Path.home())))


def _remember_dir(path: Path) -> None:
    QSettings().setValue("export/folder", str(path))


def _offer_to_open(window: MainWindow, path: Path, what: str) -> None:
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("MainWindow", "Export finished"),
        QCoreApplication.translate("MainWindow", "%1 was written to:\n%2\n\nOpen it now?")
        .replace("%1", what)
        .replace("%2", str(path)),
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
    )
    if answer == QMessageBox.StandardButton.Open:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# The site details each export prints (profile.EXPORT_NEEDS), by their settings labels.
_WORD_NEEDS = {
    "agency_name": QT_TRANSLATE_NOOP("ProfilePage", "Agency name:"),
    "place_name": QT_TRANSLATE_NOOP("ProfilePage", "Place name for dates:"),
}
_PAGE_NEEDS = {
    "organisation_name": QT_TRANSLATE_NOOP("ProfilePage", "Organisation name:"),
    "address": QT_TRANSLATE_NOOP("ProfilePage", "Address:"),
}


def _note_missing_site_details(window: MainWindow, needs: dict[str, str]) -> None:
    """Say in the status bar which site details the export just left blank (as the CLI warns)."""
    profile = window.store.site_profile()
    missing = [
        QCoreApplication.translate("ProfilePage", label).rstrip(": ")
        for name, label in needs.items()
        if not getattr(profile, name).strip()
    ]
    if missing:
        window.show_status_message(
            QCoreApplication.translate(
                "MainWindow",
                "Exported with blanks: the site details have no %1 (Settings → Site profile and "
                "categories).",
            ).replace("%1", ", ".join(missing))
        )


def _portal_export_confirmed(window: MainWindow, article_ids: list[int]) -> bool:
    """Ask before a page for the portal is made of an article the board has not approved.

    The Word document is not asked about: it is what the board signs.
    """
    from deskeditor.model import Status
    from deskeditor.store.workflow import workflow_state

    from .article_list import status_label

    signed = (Status.APPROVED, Status.PUBLISHED)
    statuses = [workflow_state(window.store, i).status for i in article_ids]
    unsigned = [status for status in statuses if status not in signed]
    if not unsigned:
        return True
    if len(statuses) == 1:
        text = QCoreApplication.translate(
            "MainWindow",
            "This article has not been approved (its status is: %1). Every article must be "
            "signed off before it goes on the portal. Export its web page anyway?",
        ).replace("%1", status_label(unsigned[0]))
    else:
        text = (
            QCoreApplication.translate(
                "MainWindow",
                "%1 of the %2 selected articles have not been approved. Every article must be "
                "signed off before it goes on the portal. Export their web pages anyway?",
            )
            .replace("%1", str(len(unsigned)))
            .replace("%2", str(len(statuses)))
        )
    answer = QMessageBox.warning(
        window,
        QCoreApplication.translate("MainWindow", "Not approved"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def export_docx(window: MainWindow) -> None:
    """Xuất Word để duyệt: the approval slip and the article as a .docx."""
    from deskeditor.export import ExportOptions, context_for
    from deskeditor.export.docx import write_docx
    from deskeditor.export.html import default_folder_name
    from deskeditor.filenames import output_path

    article_id = _saved_article_id(window)
    if article_id is None:
        return
    context = context_for(window.store, article_id)
    suggested = Path(_default_dir()) / f"{default_folder_name(context.article)}.docx"
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("MainWindow", "Export Word for sign-off"),
        str(suggested),
        QCoreApplication.translate("MainWindow", "Word document (*.docx)"),
    )
    if not name:
        return
    path = Path(name) if name.lower().endswith(".docx") else Path(name + ".docx")
    try:
        path = output_path(path)  # Qt's own dialog takes "CON.docx" or "a:b.docx"
        # The file dialog has already asked before replacing an existing file.
        write_docx(context, path, ExportOptions(overwrite=True))
    except DeskEditorError as exc:
        QMessageBox.critical(
            window, QCoreApplication.translate("MainWindow", "Export failed"), sentence(exc)
        )
        return
    _remember_dir(path.parent)
    _note_missing_site_details(window, _WORD_NEEDS)
    _offer_to_open(window, path, QCoreApplication.translate("MainWindow", "The Word document"))


def export_html(window: MainWindow, form: str) -> None:
    """Export the open article as a web page folder ("folder"), one file ("single") or a fragment."""
    from deskeditor.export import ExportOptions, context_for
    from deskeditor.export.html import (
        default_folder_name,
        write_html_folder,
        write_html_fragment,
        write_html_single,
    )
    from deskeditor.filenames import output_path

    article_id = _saved_article_id(window)
    if article_id is None or not _portal_export_confirmed(window, [article_id]):
        return
    context = context_for(window.store, article_id)
    stem = default_folder_name(context.article)
    options = ExportOptions(overwrite=True, template_dir=_template_dir())
    try:
        if form == "folder":
            parent = QFileDialog.getExistingDirectory(
                window,
                QCoreApplication.translate("MainWindow", "Choose the folder to export into"),
                _default_dir(),
            )
            if not parent:
                return
            target = Path(parent) / stem
            if target.exists():
                answer = QMessageBox.question(
                    window, QCoreApplication.translate("MainWindow", "Replace?"), QCoreApplication.translate("MainWindow", "%1 already exists. Replace it?").replace("%1", str(target)),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
                )  # fmt: skip
                if answer != QMessageBox.StandardButton.Yes:
                    return
            written = write_html_folder(context, target, options)
            _remember_dir(Path(parent))
        else:
            title = (
                QCoreApplication.translate("MainWindow", "Export a single web page")
                if form == "single"
                else QCoreApplication.translate("MainWindow", "Export the body for the CMS")
            )
            name, _ = QFileDialog.getSaveFileName(
                window,
                title,
                str(Path(_default_dir()) / f"{stem}.html"),
                QCoreApplication.translate("MainWindow", "Web page (*.html)"),
            )
            if not name:
                return
            writer = write_html_single if form == "single" else write_html_fragment
            written = writer(context, output_path(name), options)
            _remember_dir(Path(name).parent)
    except DeskEditorError as exc:
        QMessageBox.critical(
            window, QCoreApplication.translate("MainWindow", "Export failed"), sentence(exc)
        )
        return
    if form != "fragment":  # the CMS body has no header or footer
        _note_missing_site_details(window, _PAGE_NEEDS)
    _offer_to_open(window, written, QCoreApplication.translate("MainWindow", "The web page"))


def _template_dir() -> Path | None:
    folder = str(QSettings().value("export/template_dir", "") or "")
    return Path(folder) if folder else None


def copy_fragment(window: MainWindow) -> None:
    """Put the article body's HTML on the clipboard, for pasting into the portal's CMS."""
    from deskeditor.export import ExportOptions, context_for
    from deskeditor.export.html import html_fragment

    article_id = _saved_article_id(window)
    if article_id is None or not _portal_export_confirmed(window, [article_id]):
        return
    try:
        # Photos as data: URIs: the portal's editor uploads them itself on paste
        # (CKEditor's image upload, TinyMCE's paste_data_images).
        fragment = html_fragment(
            context_for(window.store, article_id),
            ExportOptions(template_dir=_template_dir()),
            image_prefix=None,
        )
    except DeskEditorError as exc:
        QMessageBox.critical(
            window, QCoreApplication.translate("MainWindow", "Copy failed"), sentence(exc)
        )
        return
    mime = QMimeData()
    mime.setHtml(fragment)
    mime.setText(fragment)
    QGuiApplication.clipboard().setMimeData(mime)
    window.statusBar().showMessage(
        QCoreApplication.translate(
            "MainWindow",
            "The HTML of the body, with its photos, is on the clipboard.",
        ),
        10000,
    )


def verify(window: MainWindow) -> None:
    """Tell whether a Word or HTML file matches an approved revision."""
    from deskeditor.export.verify import verify_file

    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("MainWindow", "Check an exported copy"),
        _default_dir(),
        QCoreApplication.translate("MainWindow", "Exports (*.docx *.html *.htm)"),
    )
    if not name:
        return
    try:
        result = verify_file(window.store, Path(name))
    except DeskEditorError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Cannot check this file"),
            sentence(exc),
        )
        return
    box = QMessageBox.information if result.ok else QMessageBox.warning
    box(
        window,
        QCoreApplication.translate("MainWindow", "Approved version")
        if result.ok
        else QCoreApplication.translate("MainWindow", "Not an approved version"),
        sentence(result.message),
    )


class BatchChoiceDialog(QDialog):
    """Ask which forms a batch export writes."""

    def __init__(self, count: int, parent: MainWindow) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("MainWindow", "Export several articles"))
        self.html_check = QCheckBox(
            QCoreApplication.translate("MainWindow", "Web page folder for the portal")
        )
        self.docx_check = QCheckBox(
            QCoreApplication.translate("MainWindow", "Word document for sign-off")
        )
        self.html_check.setChecked(True)
        self.docx_check.setChecked(True)
        from .dialogs import ok_cancel_buttons  # loaded with the first dialog

        buttons = ok_cancel_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "MainWindow", "Export %1 selected article(s) as:"
                ).replace("%1", str(count))
            )
        )
        layout.addWidget(self.html_check)
        layout.addWidget(self.docx_check)
        layout.addWidget(buttons)


def export_selected(window: MainWindow) -> None:
    """Export every article selected in the list into one folder, in the background."""
    from .background import BackgroundOp
    from .batch_export import BatchRequest, BatchResult, BatchStep, export_batch

    rows = sorted({index.row() for index in window.article_table.selectionModel().selectedRows()})
    ids = [window.article_model.summary(row).id for row in rows]
    if not ids:
        QMessageBox.information(
            window,
            QCoreApplication.translate("MainWindow", "Export several articles"),
            QCoreApplication.translate(
                "MainWindow", "Select articles in the list first (Ctrl+click, Shift+click)."
            ),
        )
        return
    choice = BatchChoiceDialog(len(ids), window)
    if not choice.exec() or not (choice.html_check.isChecked() or choice.docx_check.isChecked()):
        return
    if choice.html_check.isChecked() and not _portal_export_confirmed(window, ids):
        return
    folder = QFileDialog.getExistingDirectory(
        window,
        QCoreApplication.translate("MainWindow", "Choose the folder to export into"),
        _default_dir(),
    )
    if not folder:
        return
    _remember_dir(Path(folder))
    request = BatchRequest(
        window.store.path,
        ids,
        Path(folder),
        choice.html_check.isChecked(),
        choice.docx_check.isChecked(),
        _template_dir(),
    )
    progress = QProgressDialog(
        QCoreApplication.translate("MainWindow", "Exporting…"),
        QCoreApplication.translate("MainWindow", "Cancel"),
        0,
        len(ids),
        window,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)

    def step(done: BatchStep) -> None:
        progress.setValue(done.done)
        progress.setLabelText(done.title)

    def finished(result: BatchResult) -> None:
        progress.reset()
        message = (
            QCoreApplication.translate("MainWindow", "%1 of %2 article(s) exported to %3.")
            .replace("%1", str(result.exported))
            .replace("%2", str(len(ids)))
        )
        message = message.replace("%3", folder)
        if result.errors:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("MainWindow", "Export finished with problems"),
                message + "\n\n" + "\n".join(sentence(e) for e in result.errors),
            )
        else:
            answer = QMessageBox.question(
                window, QCoreApplication.translate("MainWindow", "Export finished"), message + "\n\n" + QCoreApplication.translate("MainWindow", "Open the folder?"),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            )  # fmt: skip
            if answer == QMessageBox.StandardButton.Open:
                QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    op = BackgroundOp(
        window,
        partial(export_batch, request),
        on_progress=step,
        on_success=finished,
        on_finished=progress.reset,
        error_title=QCoreApplication.translate("MainWindow", "Export failed"),
    )
    progress.canceled.connect(op.cancel)
    op.start()


def move_allowed(move: Move) -> Callable[[MainWindow], bool]:
    """Return the rule that enables the menu item of *move*: the workflow decides."""
    return lambda window: move in window.allowed_moves()


# The Article menu's own actions; main_window places them through the registry.
ARTICLE_ACTIONS = (
    ActionSpec("submit", QT_TRANSLATE_NOOP("MainWindow", "&Submit for approval"), lambda w, _c: submit(w), enabled_when=move_allowed(Move.SUBMIT)),
    ActionSpec("decide", QT_TRANSLATE_NOOP("MainWindow", "&Record the decision…"), lambda w, _c: decide(w), enabled_when=move_allowed(Move.DECIDE)),
    ActionSpec("publish", QT_TRANSLATE_NOOP("MainWindow", "Mark as &published"), lambda w, _c: publish(w), enabled_when=move_allowed(Move.PUBLISH)),
    ActionSpec("export_docx", QT_TRANSLATE_NOOP("MainWindow", "E&xport Word for sign-off…"), lambda w, _c: export_docx(w), ("Ctrl+Shift+W",), icon_text=QT_TRANSLATE_NOOP("MainWindow", "Word for sign-off")),
    ActionSpec("export_html", QT_TRANSLATE_NOOP("MainWindow", "Export web page (&folder)…"), lambda w, _c: export_html(w, "folder"), ("Ctrl+Shift+E",)),
    ActionSpec("export_single", QT_TRANSLATE_NOOP("MainWindow", "Export web page (single f&ile)…"), lambda w, _c: export_html(w, "single")),
    ActionSpec("export_fragment", QT_TRANSLATE_NOOP("MainWindow", "Export &body for the CMS…"), lambda w, _c: export_html(w, "fragment")),
    ActionSpec("copy_fragment", QT_TRANSLATE_NOOP("MainWindow", "Copy body HT&ML for the CMS"), lambda w, _c: copy_fragment(w), ("Ctrl+Shift+C",)),
    ActionSpec("export_selected", QT_TRANSLATE_NOOP("MainWindow", "Export selected &articles…"), lambda w, _c: export_selected(w)),
    ActionSpec("verify", QT_TRANSLATE_NOOP("MainWindow", "Check an exported &copy…"), lambda w, _c: verify(w)),
)  # fmt: skip
ARTICLE_MENU_ITEMS = (
    "submit", "decide", "publish", None, "export_docx", "export_html", "export_single",
    "export_fragment", "copy_fragment", "export_selected", None, "verify",
)  # fmt: skip
