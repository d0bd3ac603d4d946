"""Who you are (2): date of birth on a digit pad, and confirming the treatment is today."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from ui.i18n import long_date
from ui.patient.screen import Screen
from ui.widgets.check import BigCheck
from ui.widgets.date_entry import DateEntry


class BirthDateScreen(Screen):
    """Shows the date the draft holds (``show_birth``) and hands every edit back to it."""

    birth_entered = Signal(object, object, object, bool)  # day, month, year (or None), today ok
    birth_changed = Signal(str, object, str, bool)  # day and year as typed, month, today ok

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("birth", parent)
        self.language = "en"
        self.today: date | None = None
        self.entry = DateEntry()
        self.today_label = QLabel()
        self.today_label.setObjectName("lead")
        self.today_label.setWordWrap(True)
        self.today_box = BigCheck()
        self.message = self.message_label()
        self._filling = False
        self.body.addWidget(self.entry)
        self.body.addSpacing(8)
        self.body.addWidget(self.today_label)
        self.body.addWidget(self.today_box)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.entry.changed.connect(lambda: self.show_message(self.message, ""))
        self.today_box.toggled.connect(lambda _: self.show_message(self.message, ""))
        self.entry.changed.connect(self.on_value_changed)
        self.today_box.toggled.connect(self.on_value_changed)
        self.entry.year.returnPressed.connect(self.primary.click)
        self.entry.day.returnPressed.connect(self.entry.month.label.setFocus)
        self.primary.clicked.connect(self.on_primary_clicked)
        self.setTabOrder(self.entry.year, self.today_box.box)
        self.setTabOrder(self.today_box.box, self.primary)
        self.setTabOrder(self.primary, self.back_button)
        self.retranslate()

    def set_context(self, language: str, today: date) -> None:
        self.language = language
        self.today = today
        self.entry.set_language(language)
        self.retranslate()

    def show_birth(self, day: str, month: int | None, year: str, today_confirmed: bool) -> None:
        """Render the draft's date of birth and today tick."""
        self._filling = True
        try:
            self.entry.set_texts(day, month, year)
            self.today_box.setChecked(today_confirmed)
        finally:
            self._filling = False
        self.show_message(self.message, "")

    def on_value_changed(self, *_: object) -> None:
        if not self._filling:
            day, month, year = self.entry.texts()
            self.birth_changed.emit(day, month, year, self.today_box.isChecked())

    def on_primary_clicked(self) -> None:
        day, month, year = self.entry.value()
        self.birth_entered.emit(day, month, year, self.today_box.isChecked())

    def show_error(self, field: str, text: str) -> None:
        target = self.today_box if field == "procedure_date" else self.entry.day
        self.refuse(self.message, target, text)

    def focus_first(self) -> None:
        self.entry.day.setFocus()

    def wipe(self) -> None:
        self._filling = True
        try:
            self.entry.clear()  # and the digit pad types into the day again
        finally:
            self._filling = False
        self.show_birth("", None, "", False)

    def retranslate(self) -> None:
        self.describe_base()
        self.title.setText(self.tr("When were you born?"))
        when = long_date(self.today, self.language) if self.today else ""
        self.today_label.setText(self.tr("Your treatment: {date}").format(date=when))
        self.today_label.setAccessibleName(self.today_label.text())
        self.today_box.set_text(self.tr("Yes, my treatment is today"))
        self.today_box.setAccessibleDescription(
            self.tr("Tick to confirm; if it is not today, please ask at the front desk")
        )
        self.primary.setText(self.tr("Continue ›"))
        self.primary.describe(self.tr("Continue"), self.tr("Goes on to the questions"))
