"""Change my own PIN: the current one, then the new one twice. Shown from the top bar, and
right after sign-in when the PIN no longer meets the clinic's rules."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.pin_policy import PinPolicy
from ui.nurse.common import MessageLine, button, title_label
from ui.nurse.setup_page import pin_field
from ui.nurse.staff_words import new_pin_problem


class ChangePinPage(QWidget):
    """``change_requested(current, new)`` once the form is valid; ``back_requested``."""

    change_requested = Signal(str, str)
    back_requested = Signal()

    def __init__(self, policy: PinPolicy | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseChangePinPage")
        self.setAccessibleName(self.tr("Change my PIN"))
        self.policy = policy or PinPolicy()
        self.intro = QLabel()
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.current = pin_field(self.tr("Current PIN"))
        self.new = pin_field(self.tr("New PIN"))
        self.repeat = pin_field(self.tr("New PIN again"))
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.addRow(self.tr("Current PIN"), self.current)
        form.addRow(self.tr("New PIN"), self.new)
        form.addRow(self.tr("New PIN again"), self.repeat)
        self.message = MessageLine()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = button(
            self.tr("Change PIN"),
            self.tr("Change my PIN"),
            self.on_save_button_clicked,
            primary=True,
        )
        self.back_button = button(
            self.tr("Back to queue"), self.tr("Back to the queue"), self.back_requested.emit
        )
        self.repeat.returnPressed.connect(self.on_save_button_clicked)
        column = QWidget()
        column.setMinimumWidth(420)
        column.setMaximumWidth(640)
        inner = QVBoxLayout(column)
        inner.addWidget(title_label(self.tr("Change my PIN")))
        inner.addWidget(self.intro)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.save_button)
        inner.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.show_form(required=False)

    def show_form(self, *, required: bool) -> None:
        """``required``: the PIN no longer meets the rules; the nurse must choose a new one."""
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.message.clear_message()
        self.save_button.setEnabled(True)
        self.back_button.setVisible(not required)
        rules = self.tr(
            "A PIN has at least {n} digits; repeated digits, runs like 123456, dates and the"
            " most common PINs are refused."
        ).format(n=self.policy.min_length)
        if required:
            rules = (
                self.tr(
                    "Your PIN no longer meets the clinic's PIN rules. Please choose a new one"
                    " before you go on."
                )
                + " "
                + rules
            )
        self.intro.setText(rules)
        self.current.setFocus()

    def on_save_button_clicked(self) -> None:
        if not self.current.text():
            self.message.show_message(self.tr("Please type your current PIN."), "error")
            return
        problem = new_pin_problem(self.new.text(), self.repeat.text(), self.policy)
        if problem:
            self.message.show_message(problem, "error")
            return
        self.save_button.setEnabled(False)
        self.change_requested.emit(self.current.text(), self.new.text())

    def show_failure(self, text: str) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message(text, "error")
