"""Find and replace in the open article: a bar above the body that never blocks typing.

The bar searches the title, the lead, the body (table cells included) and the
photo captions, in that order (``find_matches`` finds and replaces). Every match is highlighted and the current one stands out. Replace All is one
undo step even when it changes several fields: the window's Undo (and Ctrl+Z
in any of the fields) undoes the whole replacement while nothing was typed
after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

from deskeditor.text import nfc
from deskeditor.text.find import FindOptions, step

from .find_matches import (
    BODY,
    CAPTION,
    LEAD,
    RANK,
    TITLE,
    Hit,
    UndoGroup,
    article_hits,
    replace_caption,
    replace_everywhere,
    replace_in,
    select,
)

if TYPE_CHECKING:
    from .article_editor import ArticleEditor
    from .main_window import MainWindow

RECOUNT_DELAY_MS = 150
ALL_COLOUR = QColor("#fff59d")  # every match: a highlighter's yellow
CURRENT_COLOUR = QColor("#ff9800")  # the match the cursor is on


class FindBar(QFrame):
    """Find (Ctrl+F) and replace (Ctrl+H) in the open article."""

    message = Signal(str)  # a passing message for the status bar

    def __init__(self, editor: ArticleEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("find_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._hits: list[Hit] = []
        self._current: int | None = None
        self._undo_group = UndoGroup()
        self._fresh_replace = False  # nothing typed in the bar since Replace All
        self._origin = BODY  # the field the cursor was in when the bar was opened
        self._stale = True  # the article changed since the last search

        self.find_edit = QLineEdit()
        self.find_edit.setObjectName("find_edit")
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.setPlaceholderText(self.tr("Find in the title, lead, body and captions"))
        self.replace_edit = QLineEdit()
        self.replace_edit.setObjectName("replace_edit")
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.previous_button = _tool_button("▲", self.tr("Previous match (Shift+F3)"))
        self.next_button = _tool_button("▼", self.tr("Next match (F3)"))
        self.count_label = QLabel()
        self.count_label.setMinimumWidth(
            max(self.fontMetrics().horizontalAdvance(t) for t in ("888/888", self.tr("No match")))
            + 8
        )
        settings = QSettings()
        self.match_case_box = QCheckBox(self.tr("Match case"))
        self.whole_word_box = QCheckBox(self.tr("Whole word"))
        self.ignore_marks_box = QCheckBox(self.tr("Ignore tones and marks"))
        for box, key in (
            (self.match_case_box, "match_case"),
            (self.whole_word_box, "whole_word"),
            (self.ignore_marks_box, "ignore_marks"),
        ):
            box.setChecked(str(settings.value(f"find/{key}", "false")).lower() == "true")
            box.toggled.connect(lambda on, key=key: QSettings().setValue(f"find/{key}", on))
            box.toggled.connect(self._search_again)
        self.close_button = _tool_button("✕", self.tr("Close (Esc)"))
        self.replace_label = QLabel(self.tr("Replace:"))
        self.replace_button = _tool_button(self.tr("Replace"))
        self.replace_all_button = _tool_button(self.tr("Replace all"))
        self.note_label = QLabel()
        self.note_label.setStyleSheet("color: #555")

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 3, 6, 3)
        grid.setVerticalSpacing(3)
        grid.addWidget(QLabel(self.tr("Find:")), 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        first = QHBoxLayout()
        for widget in (
            self.previous_button,
            self.next_button,
            self.count_label,
            self.match_case_box,
            self.whole_word_box,
            self.ignore_marks_box,
        ):
            first.addWidget(widget)
        first.addStretch(1)
        first.addWidget(self.close_button)
        grid.addLayout(first, 0, 2)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        second = QHBoxLayout()
        second.addWidget(self.replace_button)
        second.addWidget(self.replace_all_button)
        second.addWidget(self.note_label, 1)
        grid.addLayout(second, 1, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        self._replace_row = (
            self.replace_label,
            self.replace_edit,
            self.replace_button,
            self.replace_all_button,
        )

        self._recount_timer = QTimer(self, singleShot=True, interval=RECOUNT_DELAY_MS)
        self._recount_timer.timeout.connect(self._recount)
        self.find_edit.textChanged.connect(self._search_again)
        self.find_edit.textEdited.connect(self._typed_in_bar)
        self.replace_edit.textEdited.connect(self._typed_in_bar)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button.clicked.connect(self.replace_all)
        self.close_button.clicked.connect(self.close_bar)
        for edit in self._fields().values():
            edit.document().contentsChanged.connect(self._contents_changed)
            edit.installEventFilter(self)
        for line in (self.find_edit, self.replace_edit):
            line.installEventFilter(self)
        self.hide()

    # ------------------------------------------------------------ opening and closing

    def show_find(self, replace: bool = False) -> None:
        """Show the bar (with the replace row if *replace*) and put the cursor in it.

        Text selected in a field (on one line) becomes the query, as in Word.
        """
        selected = self._selected_text()
        for field, edit in self._fields().items():
            if edit.hasFocus():
                self._origin = field  # the search starts at the cursor in this field
        for widget in self._replace_row:
            widget.setVisible(replace)
        self._enable_replace()
        self.show()
        if selected:
            self.find_edit.setText(selected)
        self.find_edit.setFocus()
        self.find_edit.selectAll()
        self._recount()

    def close_bar(self) -> None:
        """Hide the bar, remove the highlights and go back to the body."""
        self.hide()
        self._hits, self._current = [], None
        self._highlight()
        self.editor.body_edit.setFocus()

    def _selected_text(self) -> str:
        widget = QApplication.focusWidget()
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            text = widget.textCursor().selectedText()
            if text and "\u2029" not in text and "\ufffc" not in text:
                return nfc(text)
        return ""

    def _enable_replace(self) -> None:
        writable = not self.editor.body_edit.isReadOnly()
        for widget in self._replace_row:
            widget.setEnabled(writable)

    # ------------------------------------------------------------ the matches

    def options(self) -> FindOptions:
        """Return the options ticked in the bar."""
        return FindOptions(
            match_case=self.match_case_box.isChecked(),
            whole_word=self.whole_word_box.isChecked(),
            ignore_marks=self.ignore_marks_box.isChecked(),
        )

    def _fields(self) -> dict[str, QTextEdit | QPlainTextEdit]:
        editor = self.editor
        return {TITLE: editor.title_edit, LEAD: editor.lead_edit, BODY: editor.body_edit}

    def hits(self) -> list[Hit]:
        """Return every match of the query in the open article, in reading order."""
        query = nfc(self.find_edit.text())
        return article_hits(self._fields(), self.editor.body_edit, query, self.options())

    @property
    def current(self) -> int | None:
        """The index of the current match, or None."""
        return self._current

    @property
    def match_count(self) -> int:
        """The number of matches found."""
        return len(self._hits)

    def _search_again(self) -> None:
        """The query or an option changed: search from the cursor."""
        self._current = None
        self._recount()
        if self._hits and self.isVisible():
            self._go(self._first_from_cursor(), wrapped=False)

    def _contents_changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self._recount_timer.start()

    def _ensure_counted(self) -> None:
        """Search again now if the article changed since the last search."""
        if self._stale or self._recount_timer.isActive():
            self._recount_timer.stop()
            self._recount()

    def _recount(self) -> None:
        """Search again, keeping the current match where it still is."""
        self._stale = False
        old = self._hits[self._current] if self._current is not None else None
        self._hits = self.hits() if self.isVisible() else []
        self._current = self._hits.index(old) if old in self._hits else None
        self._highlight()
        self._show_count()

    def _cursor_place(self) -> tuple[int, int, int, int]:
        """Return where the cursor is, in the order of :meth:`Hit.order`."""
        fields = self._fields()
        for field, edit in fields.items():
            if edit.hasFocus():
                self._origin = field
        return (RANK[self._origin], fields[self._origin].textCursor().selectionStart(), 0, 0)

    def _first_from_cursor(self) -> int:
        place = self._cursor_place()
        for index, hit in enumerate(self._hits):
            if hit.order() >= place:
                return index
        return 0

    def _show_count(self) -> None:
        if not self.find_edit.text():
            self.count_label.setText("")
            self.find_edit.setStyleSheet("")
        elif not self._hits:
            self.count_label.setText(self.tr("No match"))
            self.find_edit.setStyleSheet("background: #fde0dc")
        else:
            number = "–" if self._current is None else str(self._current + 1)
            self.count_label.setText(
                self.tr("%1 of %2").replace("%1", number).replace("%2", str(len(self._hits)))
            )
            self.find_edit.setStyleSheet("")

    def _highlight(self) -> None:
        """Mark every match in the title, lead and body; the current one stands out."""
        fields = self._fields()
        selections: dict[str, list[QTextEdit.ExtraSelection]] = {f: [] for f in fields}
        for index, hit in enumerate(self._hits):
            field = BODY if hit.field == CAPTION else hit.field
            doc = fields[field].document()
            selection = QTextEdit.ExtraSelection()
            if hit.field == CAPTION:  # the photo itself stands for its caption
                selection.cursor = select(doc, Hit(BODY, hit.figure, hit.figure + 1))
            else:
                selection.cursor = select(doc, hit)
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_COLOUR if index == self._current else ALL_COLOUR)
            selection.format = fmt
            selections[field].append(selection)
        for field, edit in fields.items():
            edit.setExtraSelections(selections[field])

    # ------------------------------------------------------------ moving

    def find_next(self) -> None:
        """Go to the next match (F3), from the top after the last."""
        self._move(forward=True)

    def find_previous(self) -> None:
        """Go to the previous match (Shift+F3), from the bottom before the first."""
        self._move(forward=False)

    def _move(self, forward: bool) -> None:
        if not self.isVisible():
            self.show_find(replace=False)
            if not self.find_edit.text():
                return
        self._ensure_counted()
        if not self._hits:
            self.message.emit(
                self.tr("“%1” is not in the article.").replace("%1", self.find_edit.text())
            )
            return
        if self._current is None:
            index, wrapped = self._first_from_cursor(), False
            if not forward:
                index, wrapped = step(len(self._hits), index, False)
        else:
            index, wrapped = step(len(self._hits), self._current, forward)
        self._go(index, wrapped)

    def _go(self, index: int, wrapped: bool) -> None:
        self._current = index
        hit = self._hits[index]
        body = self.editor.body_edit
        # Only the current match is selected: a match left selected in another field
        # would read as a second current one.
        for field, edit in self._fields().items():
            if field != hit.field and edit.textCursor().hasSelection():
                cursor = edit.textCursor()
                cursor.clearSelection()
                edit.setTextCursor(cursor)
        if hit.field == CAPTION:
            number = body.figure_positions().index(hit.figure)
            self.editor.select_figure(number)
            self.note_label.setText(
                self.tr("In the caption of photo %1").replace("%1", str(number + 1))
            )
        else:
            edit = self._fields()[hit.field]
            edit.setTextCursor(select(edit.document(), hit))
            edit.ensureCursorVisible()
            self.note_label.setText("")
        if wrapped:
            text = (
                self.tr("Reached the end of the article; continued from the top.")
                if index == 0
                else self.tr("Reached the top of the article; continued from the end.")
            )
            self.note_label.setText(text)
            self.message.emit(text)
        self._highlight()
        self._show_count()

    # ------------------------------------------------------------ replacing

    def replace(self) -> None:
        """Replace the current match and go to the next; with none current, find one first."""
        if self.editor.body_edit.isReadOnly():
            return
        if not self.isVisible():
            self.show_find(replace=True)
            return
        self._ensure_counted()
        if self._current is None:
            self.find_next()
            return
        hit = self._hits[self._current]
        replacement, options = self.replace_edit.text(), self.options()
        if hit.field == CAPTION:
            put = replace_caption(self.editor.body_edit, hit, replacement, options)
        else:
            put = replace_in(self._fields()[hit.field].document(), hit, replacement, options)
        # The next match comes after the replacement (captions: after the replaced words).
        after = Hit(hit.field, hit.start + put, hit.start + put, hit.figure)
        self._current = None
        self._recount()
        following = [i for i, h in enumerate(self._hits) if h.order() >= after.order()]
        if following:
            self._go(following[0], wrapped=False)
        elif self._hits:
            self._go(0, wrapped=True)

    def replace_all(self) -> int:
        """Replace every match in the article as one undo step; return how many."""
        if self.editor.body_edit.isReadOnly():
            return 0
        self._ensure_counted()
        count, changed = replace_everywhere(
            self._fields(),
            self.editor.body_edit,
            self._hits,
            nfc(self.find_edit.text()),
            self.replace_edit.text(),
            self.options(),
        )
        self._undo_group.record(changed)
        self._fresh_replace = True
        self._current = None
        self._recount()
        self.editor.refresh_figures()
        text = (
            self.tr("Replaced %n time(s).", "", count) if count else self.tr("No match to replace.")
        )
        self.note_label.setText(text)
        self.message.emit(text)
        return count

    # ------------------------------------------------------------ one undo step

    def undo_replace_all(self) -> bool:
        """Undo the last Replace All in every field it changed, if nothing was edited since."""
        self._fresh_replace = False
        if not self._undo_group.undo():
            return False
        self.note_label.clear()  # "Replaced 5 times" no longer holds
        self.message.emit("")
        return True

    def redo_replace_all(self) -> bool:
        """Redo a Replace All that was just undone."""
        return self._undo_group.redo()

    def _typed_in_bar(self) -> None:
        self._fresh_replace = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched in (self.find_edit, self.replace_edit):
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if (
                watched is self.find_edit
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            ):
                self.find_previous()
                return True
            if not self._fresh_replace:  # Ctrl+Z undoes what was typed in the bar
                return False
        elif not self._undo_group.spans_several:
            return False  # a single field's own undo already takes the whole replacement
        if event.matches(QKeySequence.StandardKey.Undo):
            return self.undo_replace_all()
        if event.matches(QKeySequence.StandardKey.Redo) or _is_ctrl_y(event):
            return self.redo_replace_all()
        return False


def _tool_button(text: str, tip: str = "") -> QToolButton:
    button = QToolButton()
    button.setText(text)
    if tip:
        button.setToolTip(tip)
    return button


def _is_ctrl_y(event: QKeyEvent) -> bool:
    # The window's Redo is Ctrl+Y as in Word, whatever the platform's standard key.
    return QKeySequence(event.keyCombination()) == QKeySequence("Ctrl+Y")


def install_find_bar(window: MainWindow) -> FindBar:
    """Make the window's find bar and put it above the body, under the article's fields."""
    editor = window.editor
    bar = FindBar(editor, editor)
    layout = editor.layout()
    assert isinstance(layout, QBoxLayout)  # the editor's fields stack in a QVBoxLayout
    layout.insertWidget(layout.indexOf(editor.body_splitter), bar)
    bar.message.connect(window.show_status_message)
    return bar
