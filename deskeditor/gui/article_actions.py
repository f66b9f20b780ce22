"""The Article menu: workflow moves, exports for the portal and for sign-off, verification."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
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
from deskeditor.store.workflow import Move, allowed_moves

from .dialogs import ok_cancel_buttons
from .error_text import localized

if TYPE_CHECKING:
    from .main_window import MainWindow

# The menu items of the workflow's moves.
MOVE_ACTIONS = {"submit": Move.SUBMIT, "decide": Move.DECIDE, "publish": Move.PUBLISH}


def _saved_article_id(window: MainWindow) -> int | None:
    """Return the open article's id once everything typed is saved; None if the user declines."""
    if window._dirty or window.editor.article_id is None:
        answer = QMessageBox.question(
            window,
            QCoreApplication.translate("MainWindow", "Save first"),
            QCoreApplication.translate(
                "MainWindow",
                "The article must be saved before this: the exported version is a saved revision. Save now?",
            ),
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
        QMessageBox.warning(window, failure, localized(exc))
        return
    window.open_article(article_id)
    window.statusBar().showMessage(success, 8000)


def submit(window: MainWindow) -> None:
    """Send the open article to the editorial board (Nháp/Trả lại → Chờ duyệt)."""
    from deskeditor.store.workflow import submit as submit_article

    if not _writable(window):
        return
    article_id = _saved_article_id(window)
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
    article_id = _saved_article_id(window)
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
    article_id = _saved_article_id(window)
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


def export_docx(window: MainWindow) -> None:
    """Xuất Word để duyệt: the approval slip and the article as a .docx."""
    from deskeditor.export import ExportOptions, context_for
    from deskeditor.export.docx import write_docx
    from deskeditor.export.html import default_folder_name

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
        # The file dialog has already asked before replacing an existing file.
        write_docx(context, path, ExportOptions(overwrite=True))
    except DeskEditorError as exc:
        QMessageBox.critical(
            window, QCoreApplication.translate("MainWindow", "Export failed"), localized(exc)
        )
        return
    _remember_dir(path.parent)
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

    article_id = _saved_article_id(window)
    if article_id is None:
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
            written = writer(context, Path(name), options)
            _remember_dir(Path(name).parent)
    except DeskEditorError as exc:
        QMessageBox.critical(
            window, QCoreApplication.translate("MainWindow", "Export failed"), localized(exc)
        )
        return
    _offer_to_open(window, written, QCoreApplication.translate("MainWindow", "The web page"))


def _template_dir() -> Path | None:
    folder = str(QSettings().value("export/template_dir", "") or "")
    return Path(folder) if folder else None


def copy_fragment(window: MainWindow) -> None:
    """Put the article body's HTML on the clipboard, for pasting into the portal's CMS."""
    from deskeditor.export import ExportOptions, context_for
    from deskeditor.export.html import html_fragment

    article_id = _saved_article_id(window)
    if article_id is None:
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
            window, QCoreApplication.translate("MainWindow", "Copy failed"), localized(exc)
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
    from deskeditor.store.workflow import verify_file

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
            localized(exc),
        )
        return
    box = QMessageBox.information if result.ok else QMessageBox.warning
    box(
        window,
        QCoreApplication.translate("MainWindow", "Approved version")
        if result.ok
        else QCoreApplication.translate("MainWindow", "Not an approved version"),
        localized(result.message),
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
    from .batch_export import BatchRequest, start_batch

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
    thread, worker, events = start_batch(request, window)
    progress = QProgressDialog(
        QCoreApplication.translate("MainWindow", "Exporting…"),
        QCoreApplication.translate("MainWindow", "Cancel"),
        0,
        len(ids),
        window,
    )
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.canceled.connect(worker.cancelled.set)
    errors: list[str] = []
    events.failed.connect(errors.append)
    events.progress.connect(
        lambda done, _total, title: (progress.setValue(done), progress.setLabelText(title))
    )

    def finished(count: int) -> None:
        progress.reset()
        message = (
            QCoreApplication.translate("MainWindow", "%1 of %2 article(s) exported to %3.")
            .replace("%1", str(count))
            .replace("%2", str(len(ids)))
        )
        message = message.replace("%3", folder)
        if errors:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("MainWindow", "Export finished with problems"),
                message + "\n\n" + "\n".join(localized(e) for e in errors),
            )
        else:
            answer = QMessageBox.question(
                window, QCoreApplication.translate("MainWindow", "Export finished"), message + "\n\n" + QCoreApplication.translate("MainWindow", "Open the folder?"),
                QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
            )  # fmt: skip
            if answer == QMessageBox.StandardButton.Open:
                QDesktopServices.openUrl(QUrl.fromLocalFile(folder))

    events.finished.connect(finished)
    # Keep the worker alive until its thread has ended: Python alone owns it.
    window.batch_thread, window.batch_worker = thread, worker
    thread.finished.connect(window.batch_done)
    thread.start()


def install_article_actions(window: MainWindow) -> dict[str, QAction]:
    """Fill the Article menu and return the actions by name."""
    specs = [
        (
            "submit",
            QCoreApplication.translate("MainWindow", "&Submit for approval"),
            lambda: submit(window),
            None,
        ),
        (
            "decide",
            QCoreApplication.translate("MainWindow", "Record the &decision…"),
            lambda: decide(window),
            None,
        ),
        (
            "publish",
            QCoreApplication.translate("MainWindow", "Mark as &published"),
            lambda: publish(window),
            None,
        ),
        None,
        (
            "export_docx",
            QCoreApplication.translate("MainWindow", "E&xport Word for sign-off…"),
            lambda: export_docx(window),
            "Ctrl+Shift+W",
        ),
        (
            "export_html",
            QCoreApplication.translate("MainWindow", "Export web page (&folder)…"),
            lambda: export_html(window, "folder"),
            "Ctrl+Shift+E",
        ),
        (
            "export_single",
            QCoreApplication.translate("MainWindow", "Export web page (single &file)…"),
            lambda: export_html(window, "single"),
            None,
        ),
        (
            "export_fragment",
            QCoreApplication.translate("MainWindow", "Export body for the &CMS…"),
            lambda: export_html(window, "fragment"),
            None,
        ),
        (
            "copy_fragment",
            QCoreApplication.translate("MainWindow", "Copy body &HTML for the CMS"),
            lambda: copy_fragment(window),
            "Ctrl+Shift+C",
        ),
        (
            "export_selected",
            QCoreApplication.translate("MainWindow", "Export selected articles…"),
            lambda: export_selected(window),
            None,
        ),
        None,
        (
            "verify",
            QCoreApplication.translate("MainWindow", "Check an exported &copy…"),
            lambda: verify(window),
            None,
        ),
    ]
    menu = window.article_menu
    first = menu.actions()[0] if menu.actions() else None
    actions: dict[str, QAction] = {}
    for spec in specs:
        if spec is None:
            menu.insertSeparator(first)
            continue
        name, text, slot, shortcut = spec
        action = QAction(text, window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.insertAction(first, action)
        actions[name] = action
    menu.insertSeparator(first)

    def update() -> None:
        # The workflow owns the rule; a read-only store allows no move at all.
        status = window.current_status()
        allowed = allowed_moves(status) if status is not None and not window.store.read_only else ()
        for name, move in MOVE_ACTIONS.items():
            actions[name].setEnabled(move in allowed)

    menu.aboutToShow.connect(update)
    return actions
