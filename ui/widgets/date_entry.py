"""Date of birth without a tiny calendar: day and year from a big digit pad, month by name.

The widget only gathers three numbers; whether they make a date (and a plausible birth date)
is ``kiosk.domain.patient.parse_birth_date``'s decision, so messages stay in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QIntValidator, QMouseEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import month_name
from ui.widgets.buttons import TOUCH_MIN, BigButton
from ui.widgets.keyboard import KeyButton
from ui.widgets.reflow import ReflowBox

SENSITIVE = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText


class DigitField(QLineEdit):
    """A short number field whose whole value is selected when it is entered (by a tap, Tab or
    a screen reader), so the next digit replaces it: a tap inside "1890" must not put the
    cursor mid-number. The digit pad's own refocus keeps the cursor where it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._select_on_release = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.OtherFocusReason:
            self.selectAll()
            self._select_on_release = event.reason() == Qt.FocusReason.MouseFocusReason

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if self._select_on_release:
            self.selectAll()  # the press placed a cursor; the tap that entered selects

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._select_on_release:
            self._select_on_release = False
            self.selectAll()


def digit_field(max_len: int, top: int) -> QLineEdit:
    field = DigitField()
    field.setMaxLength(max_len)
    field.setValidator(QIntValidator(0, top))
    field.setInputMethodHints(SENSITIVE | Qt.InputMethodHint.ImhDigitsOnly)
    field.setAlignment(Qt.AlignmentFlag.AlignCenter)
    field.setMinimumHeight(TOUCH_MIN)
    return field


# A tap or focus on a field makes it the one the on-screen keys type into.
TARGET_EVENTS = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)


class DigitPad(QWidget):
    """0-9 and delete, typing into the digit field that last had focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("digitPad")
        self.target: QLineEdit | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.keys: dict[str, KeyButton] = {}
        for i, digit in enumerate("123456789"):
            self._add(grid, digit, i // 3, i % 3)
        self._add(grid, "0", 3, 1)
        self.delete_key = KeyButton("⌫")
        self.delete_key.clicked.connect(self.on_delete_clicked)
        grid.addWidget(self.delete_key, 3, 2)
        self.retranslate()

    def _add(self, grid: QGridLayout, digit: str, row: int, col: int) -> None:
        key = KeyButton(digit)
        key.setAccessibleName(digit)
        key.clicked.connect(lambda _=False, d=digit: self.type_digit(d))
        grid.addWidget(key, row, col)
        self.keys[digit] = key

    def type_digit(self, digit: str) -> None:
        if self.target is not None:
            self.target.insert(digit)
            self.target.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_delete_clicked(self) -> None:
        if self.target is not None:
            self.target.backspace()

    def retranslate(self) -> None:
        for digit, key in self.keys.items():
            key.setAccessibleDescription(self.tr("Types the digit {digit}").format(digit=digit))
        self.delete_key.setAccessibleName(self.tr("Delete"))
        self.delete_key.setAccessibleDescription(self.tr("Deletes the last digit"))
        self.setAccessibleName(self.tr("Number pad"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MonthStepper(QWidget):
    """‹ March ›: twelve names, stepped with big arrows or the Up/Down keys."""

    changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self._month = 0  # 0: not chosen yet
        self.previous = BigButton("‹")
        self.next = BigButton("›")
        self.label = QLabel()
        self.label.setObjectName("monthName")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMinimumWidth(200)
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label.installEventFilter(self)
        self.previous.clicked.connect(lambda: self.step(-1))
        self.next.clicked.connect(lambda: self.step(+1))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.previous)
        row.addWidget(self.label, 1)
        row.addWidget(self.next)
        self.retranslate()

    @property
    def month(self) -> int | None:
        return self._month or None

    def set_month(self, month: int | None) -> None:
        self._month = month or 0
        self.retranslate()
        self.changed.emit(self._month)

    def step(self, delta: int) -> None:
        if self._month == 0:
            self.set_month(1 if delta > 0 else 12)
        else:
            self.set_month((self._month - 1 + delta) % 12 + 1)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.label and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Right, Qt.Key.Key_Plus):
                self.step(+1)
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Minus):
                self.step(-1)
                return True
        return False

    def retranslate(self) -> None:
        name = month_name(self._month, self.language) if self._month else self.tr("Month")
        self.label.setText(name)
        self.label.setAccessibleName(self.tr("Month: {name}").format(name=name))
        self.label.setAccessibleDescription(self.tr("Use the arrow keys to change the month"))
        self.previous.describe(self.tr("Previous month"), self.tr("Shows the month before"))
        self.next.describe(self.tr("Next month"), self.tr("Shows the month after"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DateEntry(QWidget):
    """Day / month / year fields and a digit pad; ``value()`` is three numbers or Nones."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateEntry")
        self.day = digit_field(2, 31)
        self.day.setObjectName("dayField")
        self.year = digit_field(4, 9999)
        self.year.setObjectName("yearField")
        self.month = MonthStepper()
        self.pad = DigitPad()
        self.day_label = QLabel()
        self.month_label = QLabel()
        self.year_label = QLabel()
        for label, buddy in (
            (self.day_label, self.day),
            (self.month_label, self.month.label),
            (self.year_label, self.year),
        ):
            label.setBuddy(buddy)
            label.setObjectName("fieldLabel")
        fields = QGridLayout()
        fields.setHorizontalSpacing(16)
        fields.setVerticalSpacing(4)
        fields.addWidget(self.day_label, 0, 0)
        fields.addWidget(self.month_label, 0, 1)
        fields.addWidget(self.year_label, 0, 2)
        fields.addWidget(self.day, 1, 0)
        fields.addWidget(self.month, 1, 1)
        fields.addWidget(self.year, 1, 2)
        fields.setColumnStretch(0, 2)
        fields.setColumnStretch(1, 5)
        fields.setColumnStretch(2, 3)
        left = QVBoxLayout()
        left.addLayout(fields)
        left.addStretch(1)
        self.columns = ReflowBox(spacing=24)  # pad beside the fields when wide, below when tall
        self.columns.box.addLayout(left, 3)
        self.columns.box.addWidget(self.pad, 2, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns)
        self.pad.target = self.day
        for field in (self.day, self.year):
            field.installEventFilter(self)
            field.textChanged.connect(self.changed)
        self.month.changed.connect(self.changed)
        self.setTabOrder(self.day, self.month.label)
        self.setTabOrder(self.month.label, self.year)
        self.retranslate()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in TARGET_EVENTS and isinstance(obj, QLineEdit):
            self.pad.target = obj
        return False

    def set_language(self, language: str) -> None:
        self.month.language = language
        self.month.retranslate()

    def value(self) -> tuple[int | None, int | None, int | None]:
        day = int(self.day.text()) if self.day.text() else None
        year = int(self.year.text()) if self.year.text() else None
        return day, self.month.month, year

    def texts(self) -> tuple[str, int | None, str]:
        """Day and year as typed (a leading zero kept), and the month."""
        return self.day.text(), self.month.month, self.year.text()

    def set_texts(self, day: str, month: int | None, year: str) -> None:
        """Show these values; ``setText`` also drops each field's undo history."""
        self.day.setText(day)
        self.month.set_month(month)
        self.year.setText(year)

    def set_value(self, day: int | None, month: int | None, year: int | None) -> None:
        self.day.setText("" if day is None else str(day))
        self.month.set_month(month)
        self.year.setText("" if year is None else str(year))

    def clear(self) -> None:
        """Empty every field; ``setText`` also drops each field's undo history."""
        self.set_value(None, None, None)
        self.pad.target = self.day

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("Day"))
        self.month_label.setText(self.tr("Month"))
        self.year_label.setText(self.tr("Year"))
        self.day.setAccessibleName(self.tr("Day of birth"))
        self.day.setAccessibleDescription(self.tr("The day you were born, for example 7"))
        self.day.setPlaceholderText(self.tr("DD"))
        self.year.setAccessibleName(self.tr("Year of birth"))
        self.year.setAccessibleDescription(self.tr("The year you were born, four digits"))
        self.year.setPlaceholderText(self.tr("YYYY"))
        self.setAccessibleName(self.tr("Date of birth"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
