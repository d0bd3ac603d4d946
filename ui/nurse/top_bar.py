"""The bar above every signed-in nurse page: who is signed in, my PIN, administration, exit,
sign out."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.domain.staff import Role, SignedIn
from ui.nurse.admin_page import role_text
from ui.nurse.common import button, isolate
from ui.widgets.nurse_elided_label import ElidedLabel


class TopBar(QWidget):
    my_pin_requested = Signal()
    admin_requested = Signal()
    exit_confirmed = Signal()  # the second tap on "Exit kiosk"
    sign_out_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseTopBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # The name over the role, so both fit an upright screen; a name too long even so is
        # cut with "…", and "Signed in as <name> (<role>)" is the tooltip and accessible name.
        self.who = ElidedLabel()
        self.who.setObjectName("signedInAs")
        self.my_pin_button = button(
            self.tr("My PIN"), self.tr("Change my PIN"), self.my_pin_requested.emit
        )
        self.admin_button = button(
            self.tr("Administration"), self.tr("Open administration"), self.admin_requested.emit
        )
        self.exit_button = button(
            self.tr("Exit kiosk"), self.tr("Leave kiosk mode"), self.on_exit_button_clicked
        )
        self.exit_confirm = QTimer(self)  # a second tap within a few seconds confirms
        self.exit_confirm.setSingleShot(True)
        self.exit_confirm.setInterval(4000)
        self.exit_confirm.timeout.connect(self.reset_exit_button)
        self.signout_button = button(
            self.tr("Sign out"), self.tr("Sign out"), self.sign_out_requested.emit
        )
        bar = QHBoxLayout(self)
        bar.setContentsMargins(16, 6, 16, 6)
        bar.addWidget(self.who, 1)
        bar.addWidget(self.my_pin_button)
        bar.addWidget(self.admin_button)
        bar.addWidget(self.exit_button)
        bar.addWidget(self.signout_button)

    def show_member(self, member: SignedIn) -> None:
        name, role = isolate(member.name), role_text(member.role)
        self.who.set_full_text(
            self.tr("Signed in as {name} ({role})").format(name=name, role=role),
            f"{name}\n{role}",
        )
        self.admin_button.setVisible(Role(member.role) is Role.ADMIN)
        self.show()

    def forget(self) -> None:
        self.reset_exit_button()
        self.who.set_full_text("")
        self.hide()

    def on_exit_button_clicked(self) -> None:
        """Leaving kiosk mode takes two taps, so a stray touch never drops the kiosk."""
        if self.exit_confirm.isActive():
            self.reset_exit_button()
            self.exit_confirmed.emit()
            return
        self.exit_button.setText(self.tr("Tap again to exit"))
        self.exit_button.setAccessibleName(self.tr("Tap again to confirm leaving kiosk mode"))
        self.exit_confirm.start()

    def reset_exit_button(self) -> None:
        self.exit_confirm.stop()
        self.exit_button.setText(self.tr("Exit kiosk"))
        self.exit_button.setAccessibleName(self.tr("Leave kiosk mode"))
