"""The main window: the article list on the left, the editor on the right."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from deskeditor.errors import DeskEditorError
from deskeditor.model import Article, Figure, Status
from deskeditor.store import Store

from .article_editor import ArticleEditor
from .article_list import ArticleTableModel, status_label
from .background import BackgroundOp
from .dialogs import FigureDialog, LinkDialog
from .error_text import localized
from .images import ImageCache
from .legacy_paste import LegacyPasteFilter

if TYPE_CHECKING:
    from deskeditor.store.workflow import Move

    from .photo_import import PhotoImport

SEARCH_DELAY_MS = 150
AUTOSAVE_DELAY_MS = 3000
# While the user keeps typing the pause never comes: keep the work at least this often.
AUTOSAVE_MAX_DELAY_MS = 10_000
WORD_COUNT_DELAY_MS = 400
IMAGE_FILTER = "*.jpg *.jpeg *.png *.webp *.heic *.heif *.gif *.tif *.tiff *.bmp"


class MainWindow(QMainWindow):
    """The window the staff member works in all day."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.images = ImageCache(store)
        self._dirty = False
        self._switching = False
        self._closed = False
        self.photo_import: PhotoImport | None = None
        self._default_size()

        self.search_edit: QLineEdit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search (accents optional: hoi nghi)"))
        self.search_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in Status:
            self.status_combo.addItem(status_label(status), status)
        self.category_combo = QComboBox()
        self.article_model = ArticleTableModel(self)
        self.article_table = QTableView()
        self.article_table.setModel(self.article_model)
        self.article_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Several rows can be selected for a batch export; the current row is the one open.
        self.article_table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        # Newest first is the store's own order: the list can then be read page by page.
        self.article_table.horizontalHeader().setSortIndicator(
            ArticleTableModel.DATE, Qt.SortOrder.DescendingOrder
        )
        self.article_table.setSortingEnabled(True)
        self.article_table.setAlternatingRowColors(True)
        self.article_table.setWordWrap(False)
        self.article_table.verticalHeader().hide()
        self.editor: ArticleEditor = ArticleEditor(self.images, store.categories())
        self.editor.body_edit.paste_filter = LegacyPasteFilter(self)

        filters = QHBoxLayout()
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.category_combo, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.article_table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([int(self.width() * 0.32), int(self.width() * 0.68)])
        self.setCentralWidget(self.splitter)
        self.words_label = QLabel()
        self.save_state_label = QLabel()
        self.count_label = QLabel()
        for label in (self.count_label, self.words_label, self.save_state_label):
            self.statusBar().addPermanentWidget(label)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh_list)
        self._autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_deadline = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_DELAY_MS)
        self._autosave_deadline.timeout.connect(self.autosave)
        self._words_timer = QTimer(self, singleShot=True, interval=WORD_COUNT_DELAY_MS)
        self._words_timer.timeout.connect(self._count_words)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.status_combo.currentIndexChanged.connect(self.refresh_list)
        self.category_combo.currentIndexChanged.connect(self.refresh_list)
        self.article_table.selectionModel().currentRowChanged.connect(self._open_selected)
        self.editor.changed.connect(self._on_edited)
        self.editor.title_edit.textChanged.connect(self.show_title)
        body = self.editor.body_edit
        body.figure_activated.connect(self.edit_figure_at)
        body.files_dropped.connect(self.import_photos)
        # A pasted picture's author is unknown: no credit, and the photo panel flags it.
        body.image_pasted.connect(
            lambda data: self.import_photos(
                [(data, "anh-dan.png")], on_ready=lambda photo: self._insert_photo(photo, "")
            )
        )
        panel = self.editor.figure_panel
        panel.edit_button.clicked.connect(lambda: self._with_figure(self.edit_figure_at))
        panel.up_button.clicked.connect(
            lambda: self._with_figure(lambda p: self._move_figure(p, -1))
        )
        panel.down_button.clicked.connect(
            lambda: self._with_figure(lambda p: self._move_figure(p, 1))
        )
        panel.remove_button.clicked.connect(
            lambda: self._with_figure(self.editor.body_edit.remove_figure)
        )
        panel.replace_button.clicked.connect(lambda: self._with_figure(self.replace_photo))
        panel.photo_list.itemDoubleClicked.connect(
            lambda _item: self._with_figure(self.edit_figure_at)
        )

        self._build_actions()
        self.fill_categories()
        self._restore_settings()
        self.refresh_list()
        self._open_initial()
        self.apply_read_only()
        if not store.read_only:
            QTimer.singleShot(0, self.offer_recovery)

    # ------------------------------------------------------------ actions

    def _build_actions(self) -> None:
        from .action_registry import ActionRegistry
        from .actions import ACTIONS, MENUS, TOOLBAR, TOOLBAR_TITLE, follow_format_marks

        self.action_registry = ActionRegistry(self, ACTIONS)
        menus = self.action_registry.build_menus(self.menuBar(), MENUS)
        self.article_menu, self.settings_menu = menus["article"], menus["settings"]
        self.toolbar = self.action_registry.build_toolbar(self.tr(TOOLBAR_TITLE), TOOLBAR)
        self.addToolBar(self.toolbar)
        follow_format_marks(self.action_registry, self.editor.body_edit)

    @property
    def actions_by_name(self) -> Mapping[str, QAction]:
        """The window's actions by name (read-only; the registry owns them)."""
        return self.action_registry.as_mapping()

    @property
    def has_unsaved_changes(self) -> bool:
        """Tell whether the open article has changes that are not saved."""
        return self._dirty

    # ------------------------------------------------------------ settings

    def _default_size(self) -> None:
        screen = self.screen().availableGeometry()
        self.resize(min(1400, int(screen.width() * 0.95)), min(900, int(screen.height() * 0.92)))

    def _restore_settings(self) -> None:
        settings = QSettings()
        for key, widget in (
            ("main/splitter", self.splitter),
            ("main/body_splitter", self.editor.body_splitter),
        ):
            state = settings.value(key)
            if state is not None:
                widget.restoreState(state)
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        # Kept apart as well: on Windows a restored maximised geometry can come back as a
        # plain window the size of the screen instead of a maximised one.
        if str(settings.value("main/maximized", "false")).lower() == "true":
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/maximized", self.isMaximized())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/body_splitter", self.editor.body_splitter.saveState())
        settings.setValue("main/last_article", self.editor.article_id or 0)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._closed:
            event.accept()
            return
        if not self.maybe_save():
            event.ignore()
            return
        if self.photo_import is not None:
            self.photo_import.cancel()
            self.photo_import.wait()
        for op in self.background_ops():
            op.cancel()
        for op in self.background_ops():
            op.wait()
        self._save_settings()
        self._closed = True
        super().closeEvent(event)

    def background_ops(self) -> list[BackgroundOp]:
        """Return the background operations under way (batch export, backup, photos)."""
        return [op for op in self.findChildren(BackgroundOp) if op.is_running()]

    def show_status_message(self, message: str) -> None:
        """Show a passing message in the status bar (safe to connect from other threads)."""
        self.statusBar().showMessage(message, 10000)

    # ------------------------------------------------------------ the store

    def reopen_store(self) -> None:
        """Open the store file again (after a restore) and show its content."""
        from deskeditor.store import Store

        path = self.store.path
        try:
            self.store = Store(path)
        except DeskEditorError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the store"), localized(exc))
            self.store = Store(path, read_only=True)
        self.images.store = self.store
        self.images.clear()
        self.fill_categories()
        self.mark_clean()
        self.refresh_list()
        if self.article_model.rowCount():
            self.open_article(self.article_model.summary(0).id)
        else:
            self.new_article(ask=False)
        self.apply_read_only()

    def apply_read_only(self) -> None:
        """In a store opened read-only, nothing can be typed or saved."""
        read_only = self.store.read_only
        self.show_title()
        self.editor.set_read_only(read_only)
        self.action_registry.refresh_enabled()

    def show_title(self) -> None:
        """Name the open article in the title bar (the system adds the program's name)."""
        title = self.editor.title_edit.text() or self.tr("New article")
        if len(title) > 70:
            title = title[:70].rsplit(" ", 1)[0].rstrip(" ,;:-—") + "…"
        self.setWindowTitle(
            f"{title} [*]" + (self.tr(" (read-only)") if self.store.read_only else "")
        )

    def allowed_moves(self) -> frozenset[Move]:
        """Return the workflow moves the open article allows (none in a read-only store)."""
        from deskeditor.store.workflow import allowed_moves

        status = self.current_status()
        if status is None or self.store.read_only:
            return frozenset()
        return allowed_moves(status)

    # ------------------------------------------------------------ list

    def fill_categories(self) -> None:
        """Refill the category filter and the editor's category list from the store."""
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for name in self.store.categories():
            self.category_combo.addItem(name, name)
        index = self.category_combo.findData(current)
        self.category_combo.setCurrentIndex(max(index, 0))
        self.category_combo.blockSignals(False)
        # The editor's list too: a category typed into an article is offered from now on.
        self.editor.set_categories(self.store.categories())

    def refresh_list(self) -> None:
        """Reload the list for the search text and filters, keeping the open article selected."""
        from .article_list import PAGE_SIZE

        status, category = self.status_combo.currentData(), self.category_combo.currentData()
        query = self.search_edit.text()
        self._switching = True
        if query.strip():
            rows = self.store.search(query, status, category, limit=PAGE_SIZE)
            self.article_model.set_rows(rows)
            total = len(rows)
        else:
            # The newest page now; the model reads further pages as the list is scrolled.
            rows = self.store.list_articles(status, category, PAGE_SIZE)
            self.article_model.set_rows(
                rows, lambda offset: self.store.list_articles(status, category, PAGE_SIZE, offset)
            )
            total = (
                self.store.count_articles(status, category) if len(rows) >= PAGE_SIZE else len(rows)
            )
        header = self.article_table.horizontalHeader()
        if not query.strip():  # search results stay in order of relevance
            self.article_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.article_table.resizeColumnToContents(ArticleTableModel.STATUS)
        self.article_table.resizeColumnToContents(ArticleTableModel.DATE)
        self.article_table.setColumnWidth(ArticleTableModel.TITLE, 300)
        self._select_open_article()
        self._switching = False
        self.count_label.setText(self.tr("%n article(s)", "", total))

    def _select_open_article(self) -> None:
        """Select the open article's row in the list, if it is shown."""
        switching, self._switching = self._switching, True
        row = self.article_model.row_of(self.editor.article_id) if self.editor.article_id else -1
        if row >= 0:
            self.article_table.selectRow(row)
        else:
            self.article_table.clearSelection()
        self._switching = switching

    def _open_selected(self) -> None:
        if self._switching:
            return
        index = self.article_table.currentIndex()
        if not index.isValid():
            return
        article_id = self.article_model.summary(index.row()).id
        if article_id == self.editor.article_id:
            return
        if not self.maybe_save():
            self._select_open_article()  # put the selection back on the open article
            return
        self.open_article(article_id, refresh=False)

    def _open_initial(self) -> None:
        last = int(QSettings().value("main/last_article", 0) or 0)
        if not last and self.article_model.rowCount():
            last = self.article_model.summary(0).id
        try:
            self.open_article(last, refresh=False) if last else self.new_article(ask=False)
        except DeskEditorError:
            self.new_article(ask=False)

    def open_article(self, article_id: int, refresh: bool = True) -> None:
        """Show article *article_id* in the editor (and reload the list when it may have changed)."""
        article = self.store.get_article(article_id)
        self.editor.load(article, self._return_comment(article))
        self.mark_clean()
        self.action_registry.refresh_enabled()  # the moves the workflow allows now
        if refresh:
            self.refresh_list()
        else:
            self._select_open_article()

    def _return_comment(self, article: Article) -> str:
        """Return the board's comment if the article was sent back and not resubmitted."""
        from deskeditor.store.workflow import workflow_state

        if article.id is None:
            return ""
        return workflow_state(self.store, article.id).return_comment

    def current_status(self) -> Status | None:
        """Return the stored status of the open article (None for a new one)."""
        if self.editor.article_id is None:
            return None
        return self.store.get_article(self.editor.article_id).status

    def new_article(self, ask: bool = True) -> None:
        """Start a new, empty article (author and unit as in the last one)."""
        if ask and not self.maybe_save():
            return
        settings = QSettings()
        article = Article(
            title="",
            category=self.store.categories()[0] if self.store.categories() else "",
            author=str(settings.value("editor/author", "")),
            author_unit=str(settings.value("editor/unit", "")),
        )
        self.editor.load(article)
        self.mark_clean()
        self.action_registry.refresh_enabled()
        self.article_table.clearSelection()
        self.editor.title_edit.setFocus()

    # ------------------------------------------------------------ saving

    def _on_edited(self) -> None:
        if not self._dirty:
            self._dirty = True
            self.setWindowModified(True)
            self.save_state_label.setText(self.tr("Not saved"))
        self._autosave_timer.start()
        # The deadline is not restarted by later keys: it runs from the first unkept change.
        if not self._autosave_deadline.isActive():
            self._autosave_deadline.start()
        # Counting converts the whole body to blocks: once typing pauses, not per key.
        self._words_timer.start()

    def _count_words(self) -> None:
        self.words_label.setText(self.tr("%n word(s)", "", self.editor.word_count()))

    def mark_clean(self) -> None:
        """Treat the open article as having no unsaved changes."""
        self._dirty = False
        self._autosave_timer.stop()
        self._autosave_deadline.stop()
        self.setWindowModified(False)
        self.save_state_label.setText(self.tr("Saved"))
        self._words_timer.stop()
        self._count_words()

    def _recovery_key(self) -> str:
        return f"article-{self.editor.article_id}" if self.editor.article_id else "new"

    def autosave(self) -> None:
        """Keep the unsaved state so that a crash loses at most a few seconds."""
        self._autosave_timer.stop()
        self._autosave_deadline.stop()
        if not self._dirty or self.store.read_only:
            return
        try:
            self.store.save_recovery(self._recovery_key(), self.editor.article())
        except DeskEditorError as exc:
            self.save_state_label.setText(
                self.tr("Autosave failed: %1").replace("%1", localized(exc))
            )
            return
        from datetime import datetime

        self.save_state_label.setText(
            self.tr("Not saved (kept automatically at %1)").replace(
                "%1", datetime.now().strftime("%H:%M:%S")
            )
        )

    def save(self) -> bool:
        """Save the article as a new revision; return False if it was not saved."""
        if self.store.read_only:
            QMessageBox.information(
                self,
                self.tr("Read-only"),
                self.tr("The store was opened read-only: nothing can be saved."),
            )
            return False
        if self.editor.published_edit.is_invalid():
            QMessageBox.warning(
                self,
                self.tr("Cannot save"),
                self.tr("The publication date is not a date: type it as dd/mm/yyyy hh:mm."),
            )
            self.editor.published_edit.setFocus()
            return False
        article = self.editor.article()
        if not article.title:
            QMessageBox.warning(self, self.tr("Cannot save"), self.tr("The article needs a title."))
            self.editor.title_edit.setFocus()
            return False
        from deskeditor.store.workflow import status_after_edit

        if (
            article.id is not None
            and status_after_edit(article.status) is not article.status  # an edit voids it
            and not self._same_as_saved(article)
        ):
            answer = QMessageBox.question(
                self,
                self.tr("Edit an approved article?"),
                self.tr(
                    "This article was approved. Saving your changes makes a new draft revision "
                    "and voids the approval: it must be submitted again."
                ),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Save:
                return False
        old_key = self._recovery_key()
        try:
            result = self.store.save_article(article)
        except DeskEditorError as exc:
            QMessageBox.critical(self, self.tr("Save failed"), localized(exc))
            return False
        self.store.discard_recovery(old_key)
        self.editor.set_saved(result.article_id, article.status)
        self.action_registry.refresh_enabled()
        settings = QSettings()
        settings.setValue("editor/author", article.author)
        settings.setValue("editor/unit", article.author_unit)
        self.mark_clean()
        self.save_state_label.setText(
            self.tr("Saved — version %1").replace("%1", result.version_code)
        )
        self.fill_categories()
        self.refresh_list()
        return True

    def _same_as_saved(self, article: Article) -> bool:
        """Tell whether *article* reads exactly as its saved state (saving would change nothing)."""
        from deskeditor.jsonio import article_to_dict
        from deskeditor.store.codec import normalise

        def content(version: Article) -> tuple[dict, list[int | None]]:
            # The interchange form names no photo: the photo ids tell a replaced picture.
            version = normalise(copy.deepcopy(version))
            return article_to_dict(version), [f.photo_id for f in version.figures()]

        try:
            return content(article) == content(self.store.get_article(article.id or 0))
        except DeskEditorError:
            return False

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; return False to stay on the article."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The article has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.store.discard_recovery(self._recovery_key())
            self.mark_clean()
            return True
        return False

    def offer_recovery(self) -> None:
        """After a crash, offer back the work that autosave kept."""
        from .recovery import RecoveryDialog

        if self._closed:
            return
        for recovery in self.store.recoveries():
            current = None
            if recovery.article.id is not None:
                try:
                    current = self.store.get_article(recovery.article.id)
                except DeskEditorError:
                    recovery.article.id = None
            accepted = RecoveryDialog.ask(recovery, current, self)
            if accepted:
                self.editor.load(recovery.article)
                self._dirty = False
                self._on_edited()
                self.refresh_list()
            else:
                self.store.discard_recovery(recovery.key)

    # ------------------------------------------------------------ photos

    def _with_figure(self, action) -> None:  # type: ignore[no-untyped-def]
        position = self.editor.selected_figure_position()
        if position is not None:
            action(position)
            self.editor.refresh_figures()

    def edit_figure_at(self, position: int) -> None:
        """Edit the caption, credit and alt text of the photo at *position*."""
        figure = self.editor.body_edit.figure_at(position)
        if figure is None or self.store.read_only:  # nothing could keep the change
            return
        edited, accepted = FigureDialog.edit(figure, self)
        if accepted:
            self.editor.body_edit.update_figure(position, edited)
            self.editor.refresh_figures()

    def _move_figure(self, position: int, step: int) -> None:
        moved = self.editor.body_edit.move_figure(position, step)
        if moved is not None:  # the selection follows the photo: a second click moves it again
            self.editor.select_figure(self.editor.body_edit.figure_positions().index(moved))

    def choose_photos(self) -> None:
        """Ask for photo files and insert them at the cursor."""
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Insert photos"),
            str(QSettings().value("editor/photo_dir", "")),
            self.tr("Images (%1)").replace("%1", IMAGE_FILTER),
        )
        if names:
            QSettings().setValue("editor/photo_dir", str(Path(names[0]).parent))
            self.import_photos([Path(name) for name in names])

    def import_photos(self, sources: list, on_ready=None) -> None:  # type: ignore[no-untyped-def]
        """Process photos in the background and insert each one when it is ready."""
        from .photo_import import PhotoImport

        if self.photo_import is not None:
            QMessageBox.information(
                self, self.tr("Please wait"), self.tr("Photos are still being imported.")
            )
            return
        job = PhotoImport(sources, self)
        progress = QProgressDialog(
            self.tr("Importing photos…"), self.tr("Cancel"), 0, len(sources), self
        )
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(job.cancel)
        errors: list[str] = []
        job.progress.connect(lambda done, _total: progress.setValue(done))
        job.failed.connect(errors.append)
        job.ready.connect(on_ready or self._insert_photo)

        def finished() -> None:
            progress.reset()
            self.photo_import = None
            self.editor.refresh_figures()
            if errors:
                QMessageBox.warning(
                    self,
                    self.tr("Some files were not imported"),
                    "\n".join(localized(e) for e in errors),
                )

        job.finished.connect(finished)
        self.photo_import = job
        job.start()

    def _store_photo(self, photo) -> int | None:  # type: ignore[no-untyped-def]
        try:
            return self.store.add_photo(photo)
        except DeskEditorError as exc:
            QMessageBox.critical(self, self.tr("Photo not stored"), localized(exc))
            return None

    def _insert_photo(self, photo, credit: str | None = None) -> None:  # type: ignore[no-untyped-def]
        """Insert a processed photo; credited to the article's author unless *credit* is given."""
        photo_id = self._store_photo(photo)
        if photo_id is None:
            return
        if credit is None:
            author = self.editor.author_edit.text().strip()
            credit = self.tr("Photo: %1").replace("%1", author) if author else ""
        figure = Figure(credit=credit, photo_id=photo_id)
        self.editor.body_edit.insert_figure(figure, self.images.size(photo_id))

    def replace_photo(self, position: int) -> None:
        """Replace the picture of the figure at *position*, keeping its texts."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Replace photo"),
            str(QSettings().value("editor/photo_dir", "")),
            self.tr("Images (%1)").replace("%1", IMAGE_FILTER),
        )
        if not name:
            return

        def ready(photo) -> None:  # type: ignore[no-untyped-def]
            photo_id = self._store_photo(photo)
            figure = self.editor.body_edit.figure_at(position)
            if photo_id is not None and figure is not None:
                figure.photo_id = photo_id
                self.editor.body_edit.update_figure(position, figure)

        self.import_photos([Path(name)], on_ready=ready)

    # ------------------------------------------------------------ links

    def insert_link(self) -> None:
        """Link the selected text (the link dialog refuses unsafe addresses)."""
        body = self.editor.body_edit
        url, accepted = LinkDialog.get_url(body.current_link() or "", self)
        if accepted:
            body.set_link(url or None)
