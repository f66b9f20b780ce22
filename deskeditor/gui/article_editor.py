"""The article editor: the fields of an article, its body and the photo panel."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from deskeditor.model import Article, Figure, Status, body_texts
from deskeditor.text import nfc
from deskeditor.text.dates import short_datetime, web_date_line

from .article_list import status_label
from .body_editor import BodyEdit
from .date_field import DateTimeField
from .figure import FigureRenderer
from .images import ImageCache

_WORD = re.compile(r"\w+")


class OneParagraphEdit(QPlainTextEdit):
    """A box that wraps its text but keeps it one paragraph: Enter moves on, pasted lines join."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(event)

    def insertFromMimeData(self, source) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if source.hasText():
            self.insertPlainText(" ".join(source.text().split()))

    def text(self) -> str:
        """Return the text on one line, NFC."""
        return nfc(" ".join(self.toPlainText().split()))


class TitleEdit(OneParagraphEdit):
    """A title box that wraps long titles but stays one line of text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.setFont(font)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fit_height(self.MIN_LINES)
        self.textChanged.connect(self._fit_lines)

    MIN_LINES, MAX_LINES = 2, 4

    def _fit_height(self, lines: int) -> None:
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 16)

    def _fit_lines(self) -> None:
        """Grow to show every line of a long title (up to four, then scroll)."""
        lines, block = 0, self.document().firstBlock()
        while block.isValid():
            layout = block.layout()
            lines += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        self._fit_height(min(max(lines, self.MIN_LINES), self.MAX_LINES))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        # A narrower box wraps the title onto more lines; measure once the text is laid out.
        QTimer.singleShot(0, self._fit_lines)


class FigurePanel(QWidget):
    """The photos of the article: a list (missing alt text flagged) and actions."""

    def __init__(self, images: ImageCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.images = images
        self.title_label = QLabel(self.tr("Photos"))
        self.title_label.setStyleSheet("font-weight: bold")
        self.photo_list = QListWidget()
        self.photo_list.setIconSize(QPixmap(72, 48).size())
        self.photo_list.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Caption…"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.replace_button = QPushButton(self.tr("Replace…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.photo_list, 1)
        layout.addWidget(self.missing_label)
        for row in (
            (self.edit_button, self.replace_button),
            (self.up_button, self.down_button),
            (self.remove_button,),
        ):
            line = QHBoxLayout()
            for button in row:
                line.addWidget(button)
            layout.addLayout(line)
        self.set_figures([])
        self.photo_list.currentRowChanged.connect(self._enable_buttons)

    def set_figures(self, figures: list[Figure]) -> None:
        """Show *figures* (in body order), keeping the selected row.

        The rebuild is quiet: choosing a row moves the body's cursor to that photo,
        and a refresh after a pause in typing must not pull the cursor away from
        the words being typed.
        """
        row = self.photo_list.currentRow()
        quiet = QSignalBlocker(self.photo_list)
        self.photo_list.clear()
        missing = uncredited = 0
        for number, figure in enumerate(figures, start=1):
            text = figure.caption or self.tr("(no caption)")
            item = QListWidgetItem(f"{number}. {text}")
            image = self.images.image(figure.photo_id, 96, figure.edit) if figure.photo_id else None
            if image is not None:
                icon = self.photo_list.iconSize()
                if image.width() < icon.width() and image.height() < icon.height():
                    # A tiny photo (a few pixels) would be a dot: shown at the icon's size.
                    image = image.scaled(icon, Qt.AspectRatioMode.KeepAspectRatio)
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            problems = []
            if not figure.alt.strip():
                missing += 1
                problems.append(self.tr("Missing alt text"))
            if not figure.credit.strip():
                uncredited += 1
                problems.append(self.tr("Missing credit"))
            if problems:
                item.setForeground(QColor("#b00020"))
                item.setToolTip("\n".join(problems))
            self.photo_list.addItem(item)
        if 0 <= row < self.photo_list.count():
            self.photo_list.setCurrentRow(row)
        quiet.unblock()
        self._enable_buttons()
        lines = []
        if missing:
            lines.append(
                self.tr("%n photo(s) without alt text: required before export.", "", missing)
            )
        if uncredited:
            lines.append(
                self.tr("%n photo(s) without credit: say whose picture it is.", "", uncredited)
            )
        self.missing_label.setText("\n".join(lines))

    def _enable_buttons(self) -> None:
        row, count = self.photo_list.currentRow(), self.photo_list.count()
        for button in (self.edit_button, self.replace_button, self.remove_button):
            button.setEnabled(count > 0)
        # Up and down pass the neighbouring photo: none above the first, none below the last.
        self.up_button.setEnabled(count > 1 and row != 0)
        self.down_button.setEnabled(count > 1 and row != count - 1)


class ArticleEditor(QWidget):
    """Edits one article; ``changed`` fires on every edit."""

    changed = Signal()
    loaded = Signal()  # an article was put in the editor (spell checking follows it)
    saved = Signal()  # the article open was saved (a new one now has its id)

    def __init__(
        self, images: ImageCache, categories: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.images = images
        self._article_id: int | None = None
        self._status = Status.DRAFT
        self._loading = False
        self._saved_fields: tuple[object, ...] | None = None  # None: not as last saved

        self.title_edit = TitleEdit()
        self.title_edit.setPlaceholderText(self.tr("Title of the article"))
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.addItems(categories)
        self.category_combo.setMinimumContentsLength(10)
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.published_edit = DateTimeField()
        self.date_line_label = QLabel()
        self.date_line_label.setStyleSheet("color: #555")
        # Under the date row, whole: beside the field it was cut off at the window's edge.
        self.date_hint_label = QLabel()
        self.date_hint_label.setStyleSheet("color: #b00020")
        self.date_hint_label.setWordWrap(True)
        self.status_label = QLabel()
        self.lead_edit = OneParagraphEdit()  # the lead is one paragraph, on one line
        self.lead_edit.setPlaceholderText(
            self.tr("Lead: a short paragraph shown in bold under the title")
        )
        self.lead_edit.setFixedHeight(self.lead_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.renderer = FigureRenderer(images.image, self)
        self.renderer.missing_alt_text = "⚠ " + self.tr("Missing alt text — double-click to add")
        self.body_edit = BodyEdit(self.renderer)
        self.body_edit.photo_size = images.size
        self.body_edit.photo_store = lambda: images.store  # copied figures stay in their store
        self.body_edit.setPlaceholderText(self.tr("Write the article here…"))
        self.figure_panel = FigurePanel(images)
        self.author_edit = QLineEdit()
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("e.g. Office of the Department"))
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("e.g. Source: baolangson.vn"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Keywords, separated by commas"))
        self.return_comment_label = QLabel()
        self.return_comment_label.setWordWrap(True)
        self.return_comment_label.setStyleSheet(
            "background: #fff4e5; border: 1px solid #f0b070; padding: 6px; color: #5a3500"
        )
        self.return_comment_label.hide()

        top = QFormLayout()
        top.addRow(self.tr("Title:"), self.title_edit)
        when = QHBoxLayout()
        when.addWidget(self.category_combo, 3)
        when.addWidget(QLabel(self.tr("Date:")))
        when.addWidget(self.published_edit)
        when.addWidget(self.date_line_label, 2)
        when.addWidget(self.status_label)
        top.addRow(self.tr("Category:"), when)
        top.addRow("", self.date_hint_label)
        top.setRowVisible(self.date_hint_label, False)
        self._top_form = top
        top.addRow(self.tr("Lead:"), self.lead_edit)
        bottom = QFormLayout()
        byline = QHBoxLayout()
        byline.addWidget(self.author_edit, 1)
        byline.addWidget(QLabel(self.tr("Unit:")))
        byline.addWidget(self.unit_edit, 2)
        bottom.addRow(self.tr("Author:"), byline)
        extra = QHBoxLayout()
        extra.addWidget(self.source_edit, 1)
        extra.addWidget(QLabel(self.tr("Tags:")))
        extra.addWidget(self.tags_edit, 1)
        bottom.addRow(self.tr("Source:"), extra)

        self.body_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.body_splitter.addWidget(self.body_edit)
        self.body_splitter.addWidget(self.figure_panel)
        self.body_splitter.setStretchFactor(0, 4)
        self.body_splitter.setStretchFactor(1, 1)
        self.body_splitter.setSizes([700, 230])
        layout = QVBoxLayout(self)
        # A right margin keeps the status word and field frames off the window's edge.
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.return_comment_label)
        layout.addLayout(top)
        layout.addWidget(self.body_splitter, 1)
        layout.addLayout(bottom)

        self._panel_timer = QTimer(self, singleShot=True, interval=300)
        self._panel_timer.timeout.connect(self.refresh_figures)
        for signal in (
            self.title_edit.textChanged,
            self.category_combo.currentTextChanged,
            self.published_edit.changed,
            self.lead_edit.textChanged,
            self.body_edit.textChanged,
            self.author_edit.textChanged,
            self.unit_edit.textChanged,
            self.source_edit.textChanged,
            self.tags_edit.textChanged,
        ):
            signal.connect(self._on_changed)
        self.body_edit.textChanged.connect(self._panel_timer.start)
        self.published_edit.changed.connect(self._show_date_line)
        self.photo_list = self.figure_panel.photo_list
        self.photo_list.currentRowChanged.connect(self._go_to_figure)

    # ------------------------------------------------------------ model in and out

    def load(
        self, article: Article, return_comment: str = "", rejected: bool = False, saved: bool = True
    ) -> None:
        """Show *article*; the editor is unmodified afterwards (as stored, unless not *saved*)."""
        from .adapter import fill_document

        self._loading = True
        self._saved_fields = None
        self._article_id = article.id
        self._status = article.status
        self.title_edit.setPlainText(article.title)
        if article.category and self.category_combo.findText(article.category) < 0:
            self.category_combo.addItem(article.category)
        self.category_combo.setCurrentText(article.category)
        published = article.published_at or dt.datetime.now().replace(second=0, microsecond=0)
        self.published_edit.set_date_time(published)
        self.lead_edit.setPlainText(article.lead)
        fill_document(self.body_edit.document(), article.body, self.images.size)
        self.author_edit.setText(article.author)
        self.unit_edit.setText(article.author_unit)
        self.source_edit.setText(article.source)
        self.tags_edit.setText(", ".join(article.tags))
        category_line = self.category_combo.lineEdit()
        for edit in (
            self.author_edit,
            self.unit_edit,
            self.source_edit,
            self.tags_edit,
            *([category_line] if category_line is not None else []),
        ):
            edit.setCursorPosition(0)  # a long source shows its start, not its last words
        self.status_label.setText(f"<b>{status_label(article.status)}</b>")
        self.return_comment_label.setVisible(bool(return_comment))
        banner = (
            self.tr("The editorial board decided not to publish it: %1")
            if rejected
            else self.tr("Returned by the editorial board: %1")
        )
        self.return_comment_label.setText(banner.replace("%1", return_comment))
        self._show_date_line()
        self.refresh_figures()
        start = self.body_edit.textCursor()
        start.setPosition(0)
        self.body_edit.setTextCursor(start)
        self.body_edit.verticalScrollBar().setValue(0)
        self._loading = False
        if saved:
            self.mark_saved()
        self.loaded.emit()

    def article(self) -> Article:
        """Return the article as it is in the editor now (text in NFC)."""
        published = self.published_edit.date_time()
        tags = [nfc(t.strip()) for t in self.tags_edit.text().split(",") if t.strip()]
        return Article(
            id=self._article_id,
            title=self.title_edit.text(),
            category=nfc(self.category_combo.currentText().strip()),
            published_at=published.replace(second=0, microsecond=0),
            lead=self.lead_edit.text(),
            author=nfc(self.author_edit.text().strip()),
            author_unit=nfc(self.unit_edit.text().strip()),
            source=nfc(self.source_edit.text().strip()),
            tags=tags,
            body=self.body_edit.blocks(),
            status=self._status,
        )

    def mark_saved(self) -> None:
        """Take what is shown now as the saved article: undoing back to it is not a change."""
        for edit in (self.title_edit, self.lead_edit, self.body_edit):
            edit.document().setModified(False)  # the point Qt's undo history comes back to
        self._saved_fields = self._field_values()

    def at_saved_state(self) -> bool:
        """Tell whether the article is as last saved (every edit since undone, say)."""
        return (
            self._saved_fields is not None
            and not any(
                edit.document().isModified()
                for edit in (self.title_edit, self.lead_edit, self.body_edit)
            )
            and self._field_values() == self._saved_fields
        )

    def _field_values(self) -> tuple[object, ...]:
        # The fields that keep no undo history of their own in a document.
        return (
            self.category_combo.currentText(),
            self.published_edit.date_time(),
            self.published_edit.is_invalid(),
            *(edit.text() for edit in (self.author_edit, self.unit_edit, self.source_edit,
                                       self.tags_edit)),
        )  # fmt: skip

    def set_saved(self, article_id: int, status: Status) -> None:
        """Record that the article was saved under *article_id* with *status*."""
        self._article_id = article_id
        self._status = status
        self.status_label.setText(f"<b>{status_label(status)}</b>")
        self.mark_saved()
        self.saved.emit()

    def set_read_only(self, read_only: bool) -> None:
        """Let the article be read but not changed."""
        for widget in (self.title_edit, self.lead_edit, self.body_edit, self.author_edit,
                       self.unit_edit, self.source_edit, self.tags_edit):  # fmt: skip
            widget.setReadOnly(read_only)
        self.category_combo.setEnabled(not read_only)
        self.published_edit.set_read_only(read_only)
        for button in (self.figure_panel.edit_button, self.figure_panel.up_button,
                       self.figure_panel.down_button, self.figure_panel.replace_button,
                       self.figure_panel.remove_button):  # fmt: skip
            button.setVisible(not read_only)

    def set_categories(self, names: list[str], renamed: dict[str, str] | None = None) -> None:
        """Offer *names* in the category list, keeping the open article's (after *renamed*)."""
        combo = self.category_combo
        current = combo.currentText()
        current = (renamed or {}).get(current, current)
        combo.blockSignals(True)  # the article itself has not been edited
        combo.clear()
        combo.addItems(names)
        if current and combo.findText(current) < 0:
            combo.addItem(current)
        combo.setCurrentText(current)
        combo.blockSignals(False)

    @property
    def article_id(self) -> int | None:
        """The id of the article being edited (None until first saved)."""
        return self._article_id

    # ------------------------------------------------------------ derived views

    def word_count(self) -> int:
        """Count the words of title, lead and body text."""
        parts = [self.title_edit.toPlainText(), self.lead_edit.toPlainText()]
        parts += [
            text
            for _, part, text in body_texts(self.body_edit.blocks())
            if part not in ("credit", "alt")  # a photo counts its caption only
        ]
        return sum(len(_WORD.findall(part)) for part in parts)

    def figures(self) -> list[Figure]:
        """Return the figures of the body in order."""
        return [b for b in self.body_edit.blocks() if isinstance(b, Figure)]

    def refresh_figures(self) -> None:
        """Update the photo panel from the body."""
        self.figure_panel.set_figures(self.figures())

    def plain_text_fields(self) -> list[QLineEdit | QPlainTextEdit]:
        """Return the fields of plain text: title, lead, category, byline, source, tags."""
        fields: list[QLineEdit | QPlainTextEdit] = [self.title_edit, self.lead_edit]
        category = self.category_combo.lineEdit()
        if category is not None:
            fields.append(category)
        return [*fields, self.author_edit, self.unit_edit, self.source_edit, self.tags_edit]

    def selected_figure_position(self) -> int | None:
        """Return the body position of the photo selected in the panel, or under the cursor."""
        row = self.photo_list.currentRow()
        positions = self.body_edit.figure_positions()
        if self.body_edit.hasFocus() or row < 0:
            current = self.body_edit.current_figure_position()
            if current is not None:
                return current
        return positions[row] if 0 <= row < len(positions) else None

    def select_figure(self, number: int) -> None:
        """Select the *number*-th photo (from 0) in the panel and put the cursor on it."""
        self.photo_list.setCurrentRow(number)
        self._go_to_figure(number)

    def _go_to_figure(self, row: int) -> None:
        positions = self.body_edit.figure_positions()
        if 0 <= row < len(positions):
            cursor = self.body_edit.textCursor()
            cursor.setPosition(positions[row])
            self.body_edit.setTextCursor(cursor)
            self.body_edit.ensureCursorVisible()

    def _show_date_line(self) -> None:
        kept = self.published_edit.date_time()
        invalid = self.published_edit.is_invalid()
        self.date_line_label.setText("" if invalid else web_date_line(kept))
        self.date_hint_label.setText(
            self.tr(
                "The date typed is not a valid date and time, so the old date %1 was kept."
                " Type it as dd/mm/yyyy hh:mm."
            ).replace("%1", short_datetime(kept))
            if invalid
            else ""
        )
        self._top_form.setRowVisible(self.date_hint_label, invalid)

    def _on_changed(self) -> None:
        if not self._loading:
            self.changed.emit()
