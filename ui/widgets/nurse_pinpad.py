"""A digit pad for the nurse station: large digits, hardware keys still work. It takes the
staff code (shown, 3 digits) and then the PIN (masked)."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.pin_policy import MAX_PIN_LENGTH


class NursePinPad(QWidget):
    """Digits 0-9, Clear and Delete around a masked field; ``submitted(pin)`` on Enter/OK."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_length = MAX_PIN_LENGTH
        self.field = QLineEdit()
        self.field.setObjectName("nursePinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MAX_PIN_LENGTH)
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{MAX_PIN_LENGTH}}}"))
        )
        self.field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly
            | Qt.InputMethodHint.ImhSensitiveData
            | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setMinimumHeight(64)
        self.field.setAccessibleName(self.tr("PIN"))
        self.field.setPlaceholderText(self.tr("Enter your PIN"))
        self.field.returnPressed.connect(self._submit)

        grid = QGridLayout()
        grid.setSpacing(8)
        self.digit_buttons: dict[str, QPushButton] = {}
        for number, digit in enumerate("123456789"):
            grid.addWidget(self._digit(digit), number // 3, number % 3)
        self.clear_button = self._key(self.tr("Clear"), self.tr("Clear the PIN"), self.clear)
        self.delete_button = self._key("⌫", self.tr("Delete the last digit"), self.field.backspace)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._digit("0"), 3, 1)
        grid.addWidget(self.delete_button, 3, 2)
        self.ok_button = QPushButton(self.tr("Sign in"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setMinimumHeight(64)
        self.ok_button.setAccessibleName(self.tr("Sign in with this PIN"))
        self.ok_button.clicked.connect(self._submit)
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        self.ok_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addLayout(grid)
        layout.addWidget(self.ok_button)

    def _key(self, text: str, accessible: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumSize(88, 64)
        button.setAccessibleName(accessible)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _digit(self, digit: str) -> QPushButton:
        button = self._key(digit, digit, lambda: self.press(digit))
        button.setObjectName("pinDigit")
        font = button.font()
        font.setPointSize(max(font.pointSize(), 10) + 8)
        button.setFont(font)
        self.digit_buttons[digit] = button
        return button

    def ask_for_code(self, digits: int) -> None:
        """Shown digits, at most ``digits`` of them; OK reads "Next"."""
        self._configure(digits, masked=False)
        self.field.setAccessibleName(self.tr("Staff code"))
        self.field.setPlaceholderText(self.tr("Your staff code"))
        self.ok_button.setText(self.tr("Next"))
        self.ok_button.setAccessibleName(self.tr("Continue to the PIN"))

    def ask_for_pin(self) -> None:
        """Masked digits; OK reads "Sign in"."""
        self._configure(MAX_PIN_LENGTH, masked=True)
        self.field.setAccessibleName(self.tr("PIN"))
        self.field.setPlaceholderText(self.tr("Enter your PIN"))
        self.ok_button.setText(self.tr("Sign in"))
        self.ok_button.setAccessibleName(self.tr("Sign in with this PIN"))

    def _configure(self, length: int, *, masked: bool) -> None:
        self.field.clear()
        self.max_length = length
        self.field.setMaxLength(length)
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{length}}}"))
        )
        self.field.setEchoMode(QLineEdit.EchoMode.Password if masked else QLineEdit.EchoMode.Normal)

    def press(self, digit: str) -> None:
        if len(self.field.text()) < self.max_length:
            self.field.insert(digit)

    def pin(self) -> str:
        return self.field.text()

    def clear(self) -> None:
        self.field.clear()

    def _submit(self) -> None:
        pin = self.field.text()
        if pin:
            self.submitted.emit(pin)
