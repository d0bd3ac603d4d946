"""Sign in: type your staff code, then your PIN, on the same digit pad.

No station shows a list of staff names: a stranger at a patient tablet learns nothing about who
works here or which accounts exist, and a wrong code reads exactly like a wrong PIN. The code
is three digits, not a secret (docs/staff-security.md).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.staff import STAFF_CODE_DIGITS
from ui.nurse.common import MessageLine, button, title_label
from ui.widgets.nurse_pinpad import NursePinPad


class SignInPage(QWidget):
    """``pin_entered(code, pin)`` once a staff code and a PIN were typed."""

    pin_entered = Signal(str, str)
    exit_requested = Signal()  # "back to the patient kiosk"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseSignInPage")
        self.setAccessibleName(self.tr("Staff sign-in"))
        self.code = ""

        self.title = title_label(self.tr("Staff sign-in"))
        self.step_text = QLabel()
        self.step_text.setTextFormat(Qt.TextFormat.PlainText)
        self.step_text.setWordWrap(True)
        font = self.step_text.font()
        font.setPointSize(max(font.pointSize(), 10) + 4)
        self.step_text.setFont(font)
        self.pinpad = NursePinPad()
        self.pinpad.submitted.connect(self.on_pinpad_submitted)
        self.pinpad.field.textChanged.connect(self.on_pinpad_text_changed)
        self.back_button = button(
            self.tr("Type the staff code again"),
            self.tr("Back to the staff code"),
            self.ask_for_code,
        )
        self.message = MessageLine()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.leave_button = button(
            self.tr("Back to patient check-in"),
            self.tr("Leave the nurse station and return to patient check-in"),
            self.exit_requested.emit,
        )
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.leave_button)

        column = QWidget()
        column.setMinimumWidth(420)
        column.setMaximumWidth(560)
        inner = QVBoxLayout(column)
        inner.addWidget(self.title)
        inner.addWidget(self.step_text)
        inner.addWidget(self.pinpad)
        inner.addWidget(self.back_button)
        inner.addWidget(self.message)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(column, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(footer)
        self.ask_for_code()

    def ask_for_code(self) -> None:
        self.code = ""
        self.pinpad.setEnabled(True)
        self.pinpad.ask_for_code(STAFF_CODE_DIGITS)
        self.step_text.setText(
            self.tr("Type your {n}-digit staff code.").format(n=STAFF_CODE_DIGITS)
        )
        self.step_text.setAccessibleName(self.step_text.text())
        self.back_button.hide()
        self.pinpad.field.setFocus()

    def ask_for_pin(self, code: str) -> None:
        self.code = code
        self.pinpad.ask_for_pin()
        self.step_text.setText(self.tr("Staff code {code}. Now type your PIN.").format(code=code))
        self.step_text.setAccessibleName(self.step_text.text())
        self.back_button.show()
        self.pinpad.field.setFocus()

    def on_pinpad_text_changed(self, text: str) -> None:
        """The third digit of the code moves on to the PIN by itself."""
        if not self.code and len(text) == STAFF_CODE_DIGITS:
            self.ask_for_pin(text)

    def on_pinpad_submitted(self, typed: str) -> None:
        if not self.code:
            if len(typed) == STAFF_CODE_DIGITS:
                self.ask_for_pin(typed)
            return
        self.pinpad.setEnabled(False)
        self.pin_entered.emit(self.code, typed)

    def show_failure(self, text: str) -> None:
        """After a refused sign-in: back to the code, so the next person starts clean."""
        self.ask_for_code()
        self.message.show_message(text, "error")

    def show_notice(self, text: str) -> None:
        self.message.show_message(text, "info")

    def reset(self) -> None:
        self.message.clear_message()
        self.ask_for_code()
