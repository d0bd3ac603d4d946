"""Sign in: pick your name from big buttons, then type your PIN on the pad."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.nurse.common import MessageLine, button, title_label
from ui.widgets.nurse_pinpad import NursePinPad


class SignInPage(QWidget):
    """``pin_entered(staff, pin)`` once a name was chosen and a PIN typed."""

    pin_entered = Signal(object, str)
    exit_requested = Signal()  # "back to the patient kiosk"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseSignInPage")
        self.setAccessibleName(self.tr("Staff sign-in"))
        self.chosen: Any = None
        self.name_buttons: dict[int, QPushButton] = {}

        self.steps = QStackedWidget()
        self.names_step = QWidget()
        names_layout = QVBoxLayout(self.names_step)
        names_layout.addWidget(title_label(self.tr("Who is signing in?")))
        self.names_grid = QGridLayout()
        self.names_grid.setSpacing(12)
        self.names_grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        grid_host = QWidget()
        grid_host.setLayout(self.names_grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(grid_host)
        names_layout.addWidget(scroll, 1)
        self.empty_note = QLabel(self.tr("Loading the staff list…"))
        self.empty_note.setWordWrap(True)
        names_layout.addWidget(self.empty_note)

        self.pin_step = QWidget()
        pin_layout = QVBoxLayout(self.pin_step)
        self.pin_title = title_label("")
        self.pinpad = NursePinPad()
        self.pinpad.submitted.connect(self.on_pinpad_submitted)
        self.back_button = button(
            self.tr("Not you? Choose another name"),
            self.tr("Back to the list of names"),
            self.show_names,
        )
        pin_layout.addWidget(self.pin_title)
        pin_layout.addWidget(self.pinpad)
        pin_layout.addWidget(self.back_button)
        pin_layout.addStretch(1)
        self.steps.addWidget(self.names_step)
        self.steps.addWidget(self.pin_step)

        self.message = MessageLine()
        self.leave_button = button(
            self.tr("Back to patient check-in"),
            self.tr("Leave the nurse station and return to patient check-in"),
            self.exit_requested.emit,
        )
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.leave_button)

        column = QWidget()
        column.setMinimumWidth(560)
        column.setMaximumWidth(720)
        inner = QVBoxLayout(column)
        inner.addWidget(self.steps, 1)
        inner.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 24)
        layout.addWidget(column, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(footer)

    def set_staff(
        self, members: list[Any], locked_note: Callable[[Any], str | None] | None = None
    ) -> None:
        """One big button per active staff member, two columns; a locked one says until when."""
        for widget in self.name_buttons.values():
            widget.deleteLater()
        self.name_buttons.clear()
        for number, member in enumerate(members):
            note = locked_note(member) if locked_note else None
            widget = button(
                f"{member.name}\n{note}" if note else member.name,
                self.tr("Sign in as {name}").format(name=member.name)
                + (f". {note}" if note else ""),
                lambda _=False, m=member: self.choose(m),  # type: ignore[misc]
            )
            widget.setObjectName("staffName")
            widget.setMinimumHeight(72)
            widget.setMinimumWidth(240)
            self.names_grid.addWidget(widget, number // 2, number % 2)
            self.name_buttons[member.staff_id] = widget
        self.empty_note.setVisible(not members)
        self.empty_note.setText(
            self.tr("No active staff accounts. Ask an administrator to add one.")
        )

    def choose(self, member: Any) -> None:
        self.chosen = member
        self.pin_title.setText(self.tr("PIN for {name}").format(name=member.name))
        self.pin_title.setAccessibleName(self.pin_title.text())
        self.pinpad.clear()
        self.message.clear_message()
        self.steps.setCurrentWidget(self.pin_step)
        self.pinpad.field.setFocus()

    def show_names(self) -> None:
        self.chosen = None
        self.pinpad.clear()
        self.message.clear_message()
        self.steps.setCurrentWidget(self.names_step)

    def on_pinpad_submitted(self, pin: str) -> None:
        if self.chosen is None:
            return
        self.pinpad.setEnabled(False)
        self.pin_entered.emit(self.chosen, pin)

    def show_failure(self, text: str) -> None:
        self.pinpad.setEnabled(True)
        self.pinpad.clear()
        self.message.show_message(text, "error")
        self.pinpad.field.setFocus()

    def show_notice(self, text: str) -> None:
        self.message.show_message(text, "info")

    def reset(self) -> None:
        self.pinpad.setEnabled(True)
        self.show_names()
