"""Photos in the open article: insert, replace, edit the texts of, and move them.

The window creates one :class:`PhotoHandler` for its editor and asks it; the
handler owns the background import under way and talks only to the editor, the
image cache and the store it is given.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QWidget

from deskeditor.errors import DeskEditorError
from deskeditor.model import Figure

from .error_text import sentence

if TYPE_CHECKING:
    from PySide6.QtGui import QTextCursor

    from deskeditor.photos import ProcessedPhoto
    from deskeditor.store import Store

    from .article_editor import ArticleEditor
    from .images import ImageCache
    from .photo_import import PhotoImport

IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.gif *.tif *.tiff *.bmp"
PhotoSource = Path | tuple[bytes, str]  # a file, or bytes with a name (a pasted picture)
OnReady = Callable[["ProcessedPhoto"], None]


class PhotoHandler(QObject):
    """The photo commands of one window's editor (texts in the window's context)."""

    def __init__(
        self,
        editor: ArticleEditor,
        images: ImageCache,
        store: Callable[[], Store],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._editor = editor
        self._images = images
        self._store = store  # the window's store: it changes when a backup is restored
        self._parent = parent
        self.job: PhotoImport | None = None  # the import under way
        self._after: QTextCursor | None = None  # on the import's last photo inserted

        body = editor.body_edit
        body.figure_activated.connect(self.edit_figure_at)
        body.files_dropped.connect(self.import_photos)
        # A pasted picture's author is unknown: no credit, and the photo panel flags it.
        body.image_pasted.connect(
            lambda data: self.import_photos(
                [(data, "anh-dan.png")], on_ready=lambda photo: self._insert(photo, "")
            )
        )
        panel = editor.figure_panel
        panel.edit_button.clicked.connect(lambda: self._with_figure(self.edit_figure_at))
        panel.up_button.clicked.connect(lambda: self._with_figure(lambda p: self._move(p, -1)))
        panel.down_button.clicked.connect(lambda: self._with_figure(lambda p: self._move(p, 1)))
        panel.remove_button.clicked.connect(lambda: self._with_figure(self._remove))
        panel.replace_button.clicked.connect(lambda: self._with_figure(self.replace_photo))
        panel.photo_list.itemDoubleClicked.connect(
            lambda _item: self._with_figure(self.edit_figure_at)
        )

    def _with_figure(self, action: Callable[[int], object]) -> None:
        position = self._editor.selected_figure_position()
        if position is None:  # a button of the panel with no photo chosen: say why nothing happens
            self._tell(
                QCoreApplication.translate(
                    "MainWindow", "Select a photo first (in the photo panel)."
                )
            )
            return
        action(position)
        self._editor.refresh_figures()

    def _tell_small(self, photos: list[ProcessedPhoto]) -> None:
        """Say which photos just inserted will print blurred (a word, not a box to close)."""
        from deskeditor.photos import SMALL_LONG_EDGE

        names = ", ".join(f"{p.original_name} ({p.width}×{p.height})" for p in photos)
        text = QCoreApplication.translate(
            "MainWindow",
            "Small photo(s): %1. Under %2 pixels on the long edge they print blurred on the "
            "sign-off document; use the original file from the camera or phone if you have it.",
        )
        self._tell(text.replace("%1", names).replace("%2", str(SMALL_LONG_EDGE)), 30000)

    def _tell(self, message: str, timeout_ms: int = 8000) -> None:
        window = self._parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, timeout_ms)

    def edit_figure_at(self, position: int, note: str = "") -> None:
        """Edit the caption, credit and alt text of the photo at *position* (*note* above them)."""
        from .dialogs import FigureDialog  # loaded with the first dialog

        body = self._editor.body_edit
        figure = body.figure_at(position)
        if figure is None or self._store().read_only:  # nothing could keep the change
            return
        edited, accepted = FigureDialog.edit(figure, self._parent, note)
        if accepted:
            body.update_figure(position, edited)
            self._editor.refresh_figures()

    def _remove(self, position: int) -> None:
        """Remove the photo at *position* and put the cursor where it was.

        The keyboard stays in the body: otherwise it falls to the next field (the
        byline, all selected, replaced by the next key), and Undo, which acts on the
        field being typed in, would no longer bring the photo back.
        """
        body = self._editor.body_edit
        body.remove_figure(position)
        cursor = body.textCursor()
        cursor.setPosition(min(position, body.document().characterCount() - 1))
        body.setTextCursor(cursor)
        body.setFocus(Qt.FocusReason.OtherFocusReason)

    def _move(self, position: int, step: int) -> None:
        body = self._editor.body_edit
        moved = body.move_figure(position, step)
        if moved is not None:  # the selection follows the photo: a second click moves it again
            self._editor.select_figure(body.figure_positions().index(moved))

    def _ask_file_names(self, title: str, several: bool) -> list[str]:
        folder = str(QSettings().value("editor/photo_dir", ""))
        images = QCoreApplication.translate("MainWindow", "Images (%1)").replace("%1", IMAGE_FILTER)
        if several:
            names, _ = QFileDialog.getOpenFileNames(self._parent, title, folder, images)
            return names
        name, _ = QFileDialog.getOpenFileName(self._parent, title, folder, images)
        return [name] if name else []

    def choose_photos(self) -> None:
        """Ask for photo files and insert them at the cursor."""
        title = QCoreApplication.translate("MainWindow", "Insert photos")
        names = self._ask_file_names(title, several=True)
        if names:
            QSettings().setValue("editor/photo_dir", str(Path(names[0]).parent))
            self.import_photos([Path(name) for name in names])

    def import_photos(
        self, sources: Sequence[PhotoSource], on_ready: OnReady | None = None
    ) -> None:
        """Process photos in the background and insert each one when it is ready."""
        from .photo_import import PhotoImport

        if self.job is not None:
            QMessageBox.information(
                self._parent,
                QCoreApplication.translate("MainWindow", "Please wait"),
                QCoreApplication.translate("MainWindow", "Photos are still being imported."),
            )
            return
        job = PhotoImport(list(sources), self._parent)
        self._after = None  # the first photo goes after the cursor's block
        progress = QProgressDialog(
            QCoreApplication.translate("MainWindow", "Importing photos…"),
            QCoreApplication.translate("MainWindow", "Cancel"),
            0,
            len(sources),
            self._parent,
        )
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(job.cancel)
        errors: list[str] = []
        small: list[ProcessedPhoto] = []
        job.progress.connect(lambda done, _total: progress.setValue(done))
        job.failed.connect(errors.append)
        job.ready.connect(lambda photo: small.append(photo) if photo.small else None)
        job.ready.connect(on_ready or self._insert)

        def finished() -> None:
            progress.reset()
            self.job = None
            self._editor.refresh_figures()
            if small:
                self._tell_small(small)
            if errors:
                QMessageBox.warning(
                    self._parent,
                    QCoreApplication.translate("MainWindow", "Some files were not imported"),
                    "\n".join(sentence(e) for e in errors),
                )

        job.finished.connect(finished)
        self.job = job
        job.start()

    def cancel(self) -> None:
        """Stop the import under way, if any, and wait for it (the window is closing)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def _store_photo(self, photo: ProcessedPhoto) -> int | None:
        try:
            return self._store().add_photo(photo)
        except DeskEditorError as exc:
            QMessageBox.critical(
                self._parent,
                QCoreApplication.translate("MainWindow", "Photo not stored"),
                sentence(exc),
            )
            return None

    def _insert(self, photo: ProcessedPhoto, credit: str | None = None) -> None:
        """Insert a processed photo; credited to the article's author unless *credit* is given."""
        photo_id = self._store_photo(photo)
        if photo_id is None:
            return
        if credit is None:
            author = self._editor.author_edit.text().strip()
            credit = (
                QCoreApplication.translate("MainWindow", "Photo: %1").replace("%1", author)
                if author
                else ""
            )
        figure = Figure(credit=credit, photo_id=photo_id)
        # The photos of one import go one after another, in the order they were chosen.
        self._after = self._editor.body_edit.insert_figure(
            figure, self._images.size(photo_id), self._after
        )

    def replace_photo(self, position: int) -> None:
        """Replace the picture of the figure at *position*, keeping its texts."""
        names = self._ask_file_names(
            QCoreApplication.translate("MainWindow", "Replace photo"), several=False
        )
        if not names:
            return

        def ready(photo: ProcessedPhoto) -> None:
            photo_id = self._store_photo(photo)
            figure = self._editor.body_edit.figure_at(position)
            if photo_id is None or figure is None:
                return
            figure.photo_id, figure.edit = photo_id, None  # a new picture, not yet cropped
            self._editor.body_edit.update_figure(position, figure)
            # The texts were written for the old picture: the alt text describes what it
            # showed, the credit names who took it. Kept, but put in front of the user.
            self._tell(
                QCoreApplication.translate(
                    "MainWindow",
                    "Photo replaced. Check the caption and the alt text (description) "
                    "for the new photo.",
                ),
                20_000,
            )
            self.edit_figure_at(
                position,
                QCoreApplication.translate(
                    "MainWindow",
                    "This is a new photo: check that the caption, the credit and the alt "
                    "text (description) still fit it.",
                ),
            )

        self.import_photos([Path(names[0])], on_ready=ready)
