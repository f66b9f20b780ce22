"""Spell checking in the editor: red squiggles, the suggestions menu, the office's list.

The checking itself is :mod:`deskeditor.text.spelling`; this module only shows
it. A :class:`SpellHighlighter` underlines each paragraph as Qt lays it out
(one block at a time, so typing re-checks only the paragraph being typed in).
:class:`SpellCheck`, one per window, holds the checker, the office's list from
the store, the words ignored in each article, and the on/off setting.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QMenu, QMessageBox, QPlainTextEdit, QTextEdit

from deskeditor.errors import DeskEditorError

from .action_registry import QT_TRANSLATE_NOOP, ActionSpec
from .error_text import sentence

if TYPE_CHECKING:
    from deskeditor.store import Store
    from deskeditor.text.spelling import Misspelling

    from .article_editor import ArticleEditor
    from .main_window import MainWindow

SETTING = "editor/spell_check"
TextWidget = QTextEdit | QPlainTextEdit


def spelling_enabled() -> bool:
    """Tell whether the user wants spelling checked (on unless turned off)."""
    value = QSettings().value(SETTING, True)
    return value not in (False, "false", "0", 0)


def utf16_offsets(text: str) -> Callable[[int], int]:
    """Return a function from code-point index to Qt's UTF-16 index in *text*."""
    if text.isascii() or all(ord(ch) <= 0xFFFF for ch in text):
        return lambda index: index
    widths = [0]
    for ch in text:
        widths.append(widths[-1] + (2 if ord(ch) > 0xFFFF else 1))
    return lambda index: widths[index]


# The Edit menu's switch; main_window's action table includes it.
SPELLING_ACTIONS = (
    ActionSpec(
        "spell_check",
        QT_TRANSLATE_NOOP("SpellCheck", "Check &spelling"),
        lambda w, on: w.spelling.set_enabled(on),
        ("F7",),
        checkable=True,
        checked_when=lambda _w: spelling_enabled(),
        context="SpellCheck",
    ),
    ActionSpec(
        "office_dictionary",
        QT_TRANSLATE_NOOP("SpellCheck", "Office &dictionary…"),
        lambda w, _c: edit_office_words(w),
        context="SpellCheck",
    ),
)


def edit_office_words(window: MainWindow) -> None:
    """Show the office's spelling list; after a removal, check the open article again."""
    from .office_words_dialog import OfficeWordsDialog

    if OfficeWordsDialog.edit(window.store, window):
        window.spelling.article_opened()


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines the misspelt words of one document with a red squiggle."""

    def __init__(self, spelling: SpellCheck, parent: QObject) -> None:
        super().__init__(parent)
        self.spelling = spelling
        self.misspelt = QTextCharFormat()
        self.misspelt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.misspelt.setUnderlineColor(QColor(Qt.GlobalColor.red))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if not self.spelling.enabled:
            return
        qt_index = utf16_offsets(text)
        for found in self.spelling.checker.check(text):
            start = qt_index(found.start)
            self.setFormat(start, qt_index(found.end) - start, self.misspelt)


class SpellCheck(QObject):
    """The window's spell checking: one checker, its highlighters and its menus."""

    def __init__(self, editor: ArticleEditor, store: Callable[[], Store]) -> None:
        # The checker and its word list load with the window's SpellCheck, after the first paint.
        from deskeditor.text.spelling import SpellChecker, word_key

        super().__init__(editor)
        self._store = store
        self.editor = editor
        self.checker = SpellChecker()
        self.key = word_key  # the form in which accepted words are kept
        self.enabled = spelling_enabled()
        self.office: set[str] = set()
        self._ignored: dict[int | None, set[str]] = {}
        self.ignored: set[str] = set()
        # None: check every field once now (they may hold an article already).
        self._accepted: set[str] | None = None
        self.widgets: list[TextWidget] = [editor.body_edit, editor.title_edit, editor.lead_edit]
        # Called with each context menu before the suggestions go in (e.g. to make Paste ask).
        self.menu_hooks: list[Callable[[QMenu, TextWidget], None]] = []
        self.highlighters = []
        for widget in self.widgets:
            self.highlighters.append(SpellHighlighter(self, widget.document()))
            widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            widget.customContextMenuRequested.connect(
                lambda pos, widget=widget: self.show_menu(widget, pos)
            )
        editor.loaded.connect(self.article_opened)
        editor.saved.connect(self._article_saved)
        self.article_opened()

    # ------------------------------------------------------------ state

    def article_opened(self) -> None:
        """Take the office's list again and the words ignored in the article now open."""
        article_id = self.editor.article_id
        # A new article starts with nothing ignored; a saved one keeps its words while the
        # program runs.
        self.ignored = set() if article_id is None else self._ignored.setdefault(article_id, set())
        try:
            self.office = set(self._store().office_words.words())
        except (DeskEditorError, sqlite3.Error):
            self.office = set()  # a store opened before its upgrade has no list yet
        self._refresh()

    def _article_saved(self) -> None:
        # A new article's ignored words follow it under the id it has now.
        if self.editor.article_id is not None:
            self._ignored[self.editor.article_id] = self.ignored

    def _refresh(self) -> None:
        if self.editor.article_id is not None:
            self._ignored[self.editor.article_id] = self.ignored
        accepted = self.office | self.ignored
        if accepted != self._accepted:
            # The fields were checked as the article was put in; again only if the lists differ.
            self._accepted = accepted
            self.checker.set_accepted(accepted)
            self.rehighlight()

    def rehighlight(self) -> None:
        """Check every field again; the fields do not report it as an edit."""
        # Re-highlighting makes the document report a change; the editor would take it
        # for the user's. The layout listens to the document, not to the field's signals.
        for widget, highlighter in zip(self.widgets, self.highlighters, strict=True):
            blocked = widget.blockSignals(True)
            try:
                highlighter.rehighlight()
            finally:
                widget.blockSignals(blocked)

    def set_enabled(self, on: bool) -> None:
        """Turn checking on or off, and remember it."""
        self.enabled = on
        QSettings().setValue(SETTING, on)
        self.rehighlight()

    def add_to_office(self, word: str) -> bool:
        """Put *word* on the office's list in the store; tell whether it was kept."""
        try:
            self._store().office_words.add(word)
        except DeskEditorError as exc:
            QMessageBox.warning(
                self.editor, QCoreApplication.translate("SpellCheck", "Spelling"), sentence(exc)
            )
            return False
        self.office.add(self.key(word))
        self._refresh()
        return True

    def ignore(self, word: str) -> None:
        """Accept *word* in the article open now."""
        self.ignored.add(self.key(word))
        self._refresh()

    # ------------------------------------------------------------ the menu

    def misspelling_at(self, widget: TextWidget, pos: QPoint) -> tuple[QTextCursor, str] | None:
        """Return a cursor selecting the misspelt word at *pos* (viewport coordinates), or None."""
        if not self.enabled:
            return None
        cursor = widget.cursorForPosition(pos)
        block = cursor.block()
        text = block.text()
        qt_index = utf16_offsets(text)
        offset = cursor.positionInBlock()
        found: Misspelling
        for found in self.checker.check(text):
            start, end = qt_index(found.start), qt_index(found.end)
            if start <= offset <= end:
                selection = QTextCursor(block)
                selection.setPosition(block.position() + start)
                selection.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
                return selection, found.word
        return None

    def build_menu(self, widget: TextWidget, pos: QPoint) -> QMenu:
        """Make the context menu at *pos*: suggestions first, then the list, then Qt's own."""
        # The body's own menu (a table's commands in a table); Qt's for the other fields.
        own_menu = getattr(widget, "context_menu", None)
        menu = own_menu(pos) if callable(own_menu) else widget.createStandardContextMenu(pos)
        for hook in self.menu_hooks:
            hook(menu, widget)
        hit = self.misspelling_at(widget, pos)
        if hit is None:
            return menu
        selection, word = hit
        first = menu.actions()[0] if menu.actions() else None
        items = []
        if not widget.isReadOnly():
            for suggestion in self.checker.suggest(word, limit=5):
                action = menu.addAction(suggestion)
                action.setObjectName("spell_suggestion")
                action.triggered.connect(
                    lambda _=False, s=suggestion: self.replace(widget, selection, s)
                )
                items.append(action)
            if items:
                font = QFont(items[0].font())
                font.setBold(True)
                items[0].setFont(font)
            else:
                none = menu.addAction(QCoreApplication.translate("SpellCheck", "(no suggestions)"))
                none.setEnabled(False)
                items.append(none)
        add = menu.addAction(
            QCoreApplication.translate("SpellCheck", "Add to the office dictionary")
        )
        add.setObjectName("spell_add")
        add.setEnabled(not self._store().read_only)
        add.triggered.connect(lambda _=False: self.add_to_office(word))
        ignore = menu.addAction(QCoreApplication.translate("SpellCheck", "Ignore in this article"))
        ignore.setObjectName("spell_ignore")
        ignore.triggered.connect(lambda _=False: self.ignore(word))
        items += [add, ignore]
        if first is not None:
            for action in items:
                menu.removeAction(action)
            menu.insertActions(first, items)
            menu.insertSeparator(first)
            menu.insertSeparator(add)
        return menu

    def show_menu(self, widget: TextWidget, pos: QPoint) -> None:
        """Show the context menu of *widget* at *pos*."""
        menu = self.build_menu(widget, pos)
        menu.exec(widget.viewport().mapToGlobal(pos))
        menu.deleteLater()

    @staticmethod
    def replace(widget: TextWidget, selection: QTextCursor, text: str) -> None:
        """Put *text* in place of the misspelt word, as one step of undo."""
        cursor = QTextCursor(selection)
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        widget.setTextCursor(cursor)
