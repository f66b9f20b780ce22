"""The main window: the article list on the left, the editor on the right.

The window owns its state (the open article, unsaved changes, timers) and its
actions; its parts each live in a module of their own and are asked, never
reached into: the left pane (``list_panel``), photo commands (``photo_handling``),
the questions around saving (``saving``), the layout kept between sessions
(``window_layout``) and the tables of actions (``actions``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
)

from deskeditor.errors import DeskEditorError
from deskeditor.model import Article, Status
from deskeditor.store import Store

from .article_editor import ArticleEditor
from .article_list import ArticleTableModel
from .error_text import localized, sentence
from .first_paint import AfterFirstPaint
from .images import ImageCache
from .legacy_paste import LegacyFieldPaste, LegacyPasteFilter
from .list_panel import ArticleListPanel
from .photo_handling import OnReady, PhotoHandler, PhotoSource
from .window_layout import fit_default_size, restore_layout, save_layout
from .word_drop import WordDropTarget

# What the first paint does not show loads later (tests/test_gui_startup.py).
if TYPE_CHECKING:
    from deskeditor.store.workflow import Move

    from .background import BackgroundOp
    from .find_bar import FindBar
    from .photo_import import PhotoImport
    from .spelling import SpellCheck

AUTOSAVE_DELAY_MS = 3000
# While the user keeps typing the pause never comes: keep the work at least this often.
AUTOSAVE_MAX_DELAY_MS = 10_000
WORD_COUNT_DELAY_MS = 400


class MainWindow(QMainWindow):
    """The window the staff member works in all day."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.images = ImageCache(store)
        self._dirty = False
        self._closed = False
        fit_default_size(self)

        self.list_panel = ArticleListPanel()
        # The pane's parts, under the names the actions and the tests know them by.
        self.search_edit: QLineEdit = self.list_panel.search_edit
        self.status_combo: QComboBox = self.list_panel.status_combo
        self.category_combo: QComboBox = self.list_panel.category_combo
        self.article_model: ArticleTableModel = self.list_panel.article_model
        self.article_table: QTableView = self.list_panel.article_table
        self.editor: ArticleEditor = ArticleEditor(self.images, store.categories())
        self.editor.body_edit.paste_filter = LegacyPasteFilter(self)
        self.legacy_fields = LegacyFieldPaste(self.editor.body_edit.paste_filter, self)
        self.legacy_fields.watch(*self.editor.plain_text_fields())
        self.photos = PhotoHandler(self.editor, self.images, lambda: self.store, self)
        self.word_drop = WordDropTarget(self)  # .docx dropped: a new article
        self._spelling: SpellCheck | None = None
        self._find_bar: FindBar | None = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list_panel)
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

        self._autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave_timer.timeout.connect(self.autosave)
        self._autosave_deadline = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_DELAY_MS)
        self._autosave_deadline.timeout.connect(self.autosave)
        self._words_timer = QTimer(self, singleShot=True, interval=WORD_COUNT_DELAY_MS)
        self._words_timer.timeout.connect(self._count_words)
        self.list_panel.filters_changed.connect(self.refresh_list)
        self.list_panel.article_chosen.connect(self._open_chosen)
        self.editor.changed.connect(self._on_edited)
        self.editor.title_edit.textChanged.connect(self.show_title)

        self._build_actions()
        self.fill_categories()
        restore_layout(self, self._splitters())
        self.refresh_list()
        self._open_initial()
        self.apply_read_only()
        # Spelling is checked just after the first paint, or once the editor is first used.
        self.spell_start = AfterFirstPaint(
            self, lambda: self.spelling, self.editor.loaded, self.editor.changed
        )
        if not store.read_only:
            QTimer.singleShot(0, self.offer_recovery)

    # ------------------------------------------------------------ actions

    def _build_actions(self) -> None:
        from .action_registry import ActionRegistry
        from .actions import ACTIONS, MENUS, TOOLBAR, TOOLBAR_TITLE, follow_format_marks
        from .photo_tools import add_panel_buttons

        self.action_registry = ActionRegistry(self, ACTIONS)
        menus = self.action_registry.build_menus(self.menuBar(), MENUS)
        self.menus = menus  # by name, submenus too
        self.article_menu, self.settings_menu = menus["article"], menus["settings"]
        self.toolbar = self.action_registry.build_toolbar(self.tr(TOOLBAR_TITLE), TOOLBAR)
        self.addToolBar(self.toolbar)
        follow_format_marks(self.action_registry, self.editor.body_edit)
        add_panel_buttons(self)

    @property
    def actions_by_name(self) -> Mapping[str, QAction]:
        """The window's actions by name (read-only; the registry owns them)."""
        return self.action_registry.as_mapping()

    @property
    def find_bar(self) -> FindBar:
        """The find and replace bar above the body, made when first asked for (Ctrl+F)."""
        if self._find_bar is None:
            from .find_bar import install_find_bar

            self._find_bar = install_find_bar(self)
        return self._find_bar

    def find_bar_if_made(self) -> FindBar | None:
        """The find bar, or None while it has never been opened (nothing to undo in it)."""
        return self._find_bar

    @property
    def spelling(self) -> SpellCheck:
        """The spell checking of the editor's fields (started when first asked for)."""
        if self._spelling is None:
            from .spelling import SpellCheck

            self._spelling = SpellCheck(self.editor, lambda: self.store)
            self._spelling.menu_hooks.append(self.legacy_fields.reroute)
        return self._spelling

    @property
    def has_unsaved_changes(self) -> bool:
        """Tell whether the open article has changes that are not saved."""
        return self._dirty

    # ------------------------------------------------------------ settings

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main/splitter": self.splitter, "main/body_splitter": self.editor.body_splitter}

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._closed:
            event.accept()
            return
        if not self.maybe_save():
            event.ignore()
            return
        self.photos.cancel()
        for op in self.background_ops():
            op.cancel()
        for op in self.background_ops():
            op.wait()
        save_layout(self, self._splitters())
        QSettings().setValue("main/last_article", self.editor.article_id or 0)
        self._closed = True
        super().closeEvent(event)

    def background_ops(self) -> list[BackgroundOp]:
        """Return the background operations under way (batch export, backup, photos)."""
        from .background import BackgroundOp  # loaded with the first operation

        return [op for op in self.findChildren(BackgroundOp) if op.is_running()]

    def show_status_message(self, message: str) -> None:
        """Show a passing message in the status bar (safe to connect from other threads)."""
        self.statusBar().showMessage(message, 10000)

    # ------------------------------------------------------------ the store

    def reopen_store(self) -> None:
        """Open the store file again (after a restore) and show its content."""
        path = self.store.path
        try:
            self.store = Store(path)
        except DeskEditorError as exc:
            QMessageBox.critical(self, self.tr("Cannot open the store"), sentence(exc))
            self.store = Store(path, read_only=True)
        self.images.store = self.store
        self.images.clear()
        self.fill_categories()
        self.mark_clean()
        self.refresh_list()
        first = self.list_panel.first_article_id()
        if first is not None:
            self.open_article(first)
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
        self.list_panel.fill_categories(self.store.categories())
        # The editor's list too: a category typed into an article is offered from now on.
        self.editor.set_categories(self.store.categories())

    def refresh_list(self) -> None:
        """Reload the list for the search text and filters, keeping the open article selected."""
        total = self.list_panel.refresh(self.store, self.editor.article_id)
        self.count_label.setText(self.tr("%n article(s)", "", total))

    def _open_chosen(self, article_id: int) -> None:
        if article_id == self.editor.article_id:
            return
        if not self.maybe_save():
            # put the selection back on the open article
            self.list_panel.select_article(self.editor.article_id)
            return
        self.open_article(article_id, refresh=False)

    def _open_initial(self) -> None:
        last = int(str(QSettings().value("main/last_article", 0) or 0))
        if not last:
            last = self.list_panel.first_article_id() or 0
        try:
            self.open_article(last, refresh=False) if last else self.new_article(ask=False)
        except DeskEditorError:
            self.new_article(ask=False)

    def open_article(self, article_id: int, refresh: bool = True) -> None:
        """Show article *article_id* in the editor (and reload the list when it may have changed)."""
        from deskeditor.store.workflow import workflow_state

        article = self.store.get_article(article_id)
        state = workflow_state(self.store, article_id)  # the board's comment, if it came back
        self.editor.load(article, state.return_comment, state.rejected)
        self.mark_clean()
        self.action_registry.refresh_enabled()  # the moves the workflow allows now
        if refresh:
            self.refresh_list()
        else:
            self.list_panel.select_article(self.editor.article_id)

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
        if self.editor.at_saved_state():  # undone back to the saved text: nothing unsaved
            if self._dirty:
                self.store.discard_recovery(self._recovery_key())
                self.mark_clean()
            return
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
        from .saving import article_to_save

        article = article_to_save(self.editor, self.store, self)
        if article is None:
            return False
        old_key = self._recovery_key()
        try:
            result = self.store.save_article(article)
        except DeskEditorError as exc:
            QMessageBox.critical(self, self.tr("Save failed"), sentence(exc))
            return False
        self.store.discard_recovery(old_key)
        self.editor.set_saved(result.article_id, article.status)
        self.action_registry.refresh_enabled()
        QSettings().setValue("editor/author", article.author)
        QSettings().setValue("editor/unit", article.author_unit)
        self.statusBar().clearMessage()  # e.g. "marked as published", no longer true
        self.mark_clean()
        self.save_state_label.setText(
            self.tr("Saved — version %1").replace("%1", result.version_code)
        )
        self.fill_categories()
        self.refresh_list()
        return True

    def maybe_save(self) -> bool:
        """Ask what to do with unsaved changes; return False to stay on the article."""
        if not self._dirty:
            return True
        from .saving import Button, ask_about_unsaved

        answer = ask_about_unsaved(self)
        if answer == Button.Save:
            return self.save()
        if answer == Button.Discard:
            self.store.discard_recovery(self._recovery_key())
            self.mark_clean()
            return True
        return False

    def offer_recovery(self) -> None:
        """After a crash, offer back the work that autosave kept."""
        if self._closed or not self.store.recoveries():
            return  # the usual start: nothing kept, and the dialog's module stays unloaded
        from .recovery import recovered_articles

        for article in recovered_articles(self.store, self):
            self.editor.load(article, saved=False)  # unsaved work, not the stored article
            self._dirty = False
            self._on_edited()
            self.refresh_list()

    # ------------------------------------------------------------ photos

    @property
    def photo_import(self) -> PhotoImport | None:
        """The photo import under way, if any."""
        return self.photos.job

    def choose_photos(self) -> None:
        """Ask for photo files and insert them at the cursor."""
        self.photos.choose_photos()

    def import_photos(
        self, sources: Sequence[PhotoSource], on_ready: OnReady | None = None
    ) -> None:
        """Process photos in the background and insert each one when it is ready."""
        self.photos.import_photos(sources, on_ready)

    def edit_figure_at(self, position: int) -> None:
        """Edit the caption, credit and alt text of the photo at *position*."""
        self.photos.edit_figure_at(position)

    def replace_photo(self, position: int) -> None:
        """Replace the picture of the figure at *position*, keeping its texts."""
        self.photos.replace_photo(position)
