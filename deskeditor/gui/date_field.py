"""The publication date field: typed as "dd/mm/yyyy hh:mm" in one go, or picked on a calendar.

A QDateTimeEdit edits one section at a time: selecting it and typing
"10/07/2017 17:56" gave 30/07, and Tab stepped through its sections instead of
leaving. Here the typed text is read as a whole; text that is not a date is
refused visibly and the last good date is kept.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from deskeditor.text.dates import parse_short_datetime, short_datetime

_INVALID_STYLE = "QLineEdit { border: 2px solid #b00020; background: #fff0f0; }"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateTimeField(QWidget):
    """A date and time to the minute; ``changed`` fires when the date or its validity changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = dt.datetime.now().replace(second=0, microsecond=0)
        self._invalid = False
        self.line_edit = QLineEdit()
        self.line_edit.setPlaceholderText(self.tr("dd/mm/yyyy hh:mm"))
        sample = self.line_edit.fontMetrics().horizontalAdvance("00/00/0000 00:00")
        self.line_edit.setMinimumWidth(sample + 16)
        self.line_edit.setMaximumWidth(sample + 40)
        self._calendar: QCalendarWidget | None = None  # made when first shown
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick the date on a calendar"))
        # Not in the Tab chain: one Tab leaves the field.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        menu.aboutToShow.connect(lambda: self.calendar.setSelectedDate(_qdate(self._value.date())))
        self.calendar_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line_edit)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.line_edit)
        self.line_edit.textEdited.connect(self._typed)
        self.line_edit.editingFinished.connect(self._finished)
        self._show()

    @property
    def calendar(self) -> QCalendarWidget:
        """The popup's calendar, made the first time it is needed (the window starts without it)."""
        if self._calendar is None:
            self._calendar = QCalendarWidget()
            self._calendar.setGridVisible(True)
            self._calendar.clicked.connect(self._picked)
            menu = self.calendar_button.menu()
            holder = QWidgetAction(menu)
            holder.setDefaultWidget(self._calendar)
            menu.addAction(holder)
        return self._calendar

    def date_time(self) -> dt.datetime:
        """Return the date shown (the last good one while the typed text is not a date)."""
        return self._value

    def set_date_time(self, value: dt.datetime) -> None:
        """Show *value* (to the minute)."""
        self._set(value.replace(second=0, microsecond=0))
        self._show()

    def is_invalid(self) -> bool:
        """Tell whether the text in the field is not a date (and so was not taken)."""
        return self._invalid

    def set_read_only(self, read_only: bool) -> None:
        """Let the date be read but not changed."""
        self.line_edit.setReadOnly(read_only)
        self.calendar_button.setEnabled(not read_only)

    def _set(self, value: dt.datetime, invalid: bool = False) -> None:
        changed = value != self._value or invalid != self._invalid
        self._value, self._invalid = value, invalid
        self.line_edit.setStyleSheet(_INVALID_STYLE if invalid else "")
        self.line_edit.setToolTip(
            self.tr("Not a date: type it as dd/mm/yyyy hh:mm, for example %1").replace(
                "%1", short_datetime(self._value)
            )
            if invalid
            else ""
        )
        if changed:
            self.changed.emit()

    def _show(self) -> None:
        self.line_edit.setText(short_datetime(self._value))

    def _typed(self, text: str) -> None:
        # Taken as soon as the text is a whole date: a save straight after typing keeps it.
        try:
            value = parse_short_datetime(text, self._value.time())
        except ValueError:
            return  # still being typed; judged when the field is left
        self._set(value)

    def _finished(self) -> None:
        try:
            value = parse_short_datetime(self.line_edit.text(), self._value.time())
        except ValueError:
            self._set(self._value, invalid=True)
            return
        self._set(value)
        self._show()

    def _picked(self, day: QDate) -> None:
        self.calendar_button.menu().hide()
        self._set(
            dt.datetime.combine(dt.date(day.year(), day.month(), day.day()), self._value.time())
        )
        self._show()
