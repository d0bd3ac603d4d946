"""Open any day's queue: the previous and next day, a calendar, and back to today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPushButton, QSizePolicy, QWidget

TOUCH = 48


class DayPicker(QWidget):
    """Emits ``day_chosen(date)`` whenever the shown day changes."""

    day_chosen = Signal(object)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseDayPicker")
        self.today = today
        self.day = today()
        self.previous_button = self._button("‹", self.tr("Previous day"), lambda: self.step(-1))
        self.next_button = self._button("›", self.tr("Next day"), lambda: self.step(1))
        self.today_button = self._button(self.tr("Today"), self.tr("Today's queue"), self.go_today)
        self.calendar = QDateEdit()
        self.calendar.setCalendarPopup(True)
        self.calendar.setMinimumHeight(TOUCH)
        self.calendar.setAccessibleName(self.tr("Day shown"))
        self.calendar.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        self.calendar.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.calendar.dateChanged.connect(self.on_calendar_dateChanged)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.previous_button)
        row.addWidget(self.calendar, 1)
        row.addWidget(self.next_button)
        row.addWidget(self.today_button)
        self._update_today_button()

    def _button(self, text: str, accessible: str, slot: Callable[[], object]) -> QPushButton:
        widget = QPushButton(text)
        widget.setMinimumSize(TOUCH, TOUCH)
        widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        widget.setAccessibleName(accessible)
        widget.setToolTip(accessible)
        widget.clicked.connect(slot)
        return widget

    def set_day(self, day: date) -> None:
        if day != self.day:
            self.calendar.setDate(QDate(day.year, day.month, day.day))  # emits via the slot

    def step(self, days: int) -> None:
        self.set_day(self.day + timedelta(days=days))

    def go_today(self) -> None:
        self.set_day(self.today())

    def on_calendar_dateChanged(self, value: QDate) -> None:
        day = date(value.year(), value.month(), value.day())
        if day == self.day:
            return
        self.day = day
        self._update_today_button()
        self.day_chosen.emit(day)

    def _update_today_button(self) -> None:
        self.today_button.setEnabled(self.day != self.today())
