"""First run: no staff exists yet, so the first administrator is created here."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.pin_policy import MAX_PIN_LENGTH, PinPolicy
from ui.nurse.common import TOUCH_HEIGHT, MessageLine, button, title_label
from ui.nurse.staff_words import new_pin_problem


def pin_field(accessible: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PIN_LENGTH)
    field.setValidator(
        QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{MAX_PIN_LENGTH}}}"))
    )
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    field.setMinimumHeight(TOUCH_HEIGHT)
    field.setAccessibleName(accessible)
    return field


class SetupPage(QWidget):
    """Name and a PIN typed twice; ``create_requested(name, pin)`` once both are valid.

    The service makes the administrator only while no account exists at all, so this page
    left open on a second station cannot make another (it then says so and moves on)."""

    create_requested = Signal(str, str)

    def __init__(self, policy: PinPolicy | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.policy = policy or PinPolicy()
        self.setObjectName("nurseSetupPage")
        self.setAccessibleName(self.tr("First-time setup"))
        intro = QLabel(
            self.tr(
                "Welcome. No staff accounts exist yet. Create the first administrator: this"
                " person can then add the other nurses. The PIN needs at least {n} digits;"
                " repeated digits, runs like 123456, dates and the most common PINs are refused."
            ).format(n=self.policy.min_length)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit()
        self.name.setMinimumHeight(TOUCH_HEIGHT)
        self.name.setMaxLength(100)
        self.name.setAccessibleName(self.tr("Administrator's name"))
        self.name.setPlaceholderText(self.tr("e.g. Ana Torres"))
        self.pin = pin_field(self.tr("New PIN"))
        self.repeat = pin_field(self.tr("New PIN again"))
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.repeat)
        self.message = MessageLine()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.create_button = button(
            self.tr("Create administrator"),
            self.tr("Create the first administrator"),
            self.on_create_button_clicked,
            primary=True,
        )
        self.repeat.returnPressed.connect(self.on_create_button_clicked)

        column = QWidget()
        column.setMinimumWidth(560)
        column.setMaximumWidth(640)
        inner = QVBoxLayout(column)
        inner.addWidget(title_label(self.tr("Set up the nurse station")))
        inner.addWidget(intro)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def validate(self) -> str | None:
        """What is missing or wrong, in words; None when the form can be sent."""
        if not self.name.text().strip():
            return self.tr("Please type the administrator's name.")
        return new_pin_problem(self.pin.text(), self.repeat.text(), self.policy)

    def on_create_button_clicked(self) -> None:
        problem = self.validate()
        if problem:
            self.message.show_message(problem, "error")
            return
        self.message.clear_message()
        self.create_button.setEnabled(False)
        self.create_requested.emit(self.name.text().strip(), self.pin.text())

    def show_failure(self, text: str) -> None:
        self.create_button.setEnabled(True)
        self.message.show_message(text, "error")

    def reset(self) -> None:
        for field in (self.name, self.pin, self.repeat):
            field.clear()
        self.message.clear_message()
        self.create_button.setEnabled(True)
