"""Saving and the end: a calm wait while the check-in is stored, then thanks and a seat."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ui.patient.messages import needs_desk_message, saving_failed_message
from ui.patient.screen import Screen
from ui.widgets.buttons import BigButton


class SendingScreen(Screen):
    retry_requested = Signal()
    staff_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("sending", parent, back=False)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setObjectName("lead")
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.staff = BigButton(role="staff")
        self.staff.clicked.connect(self.staff_requested)
        self.staff.hide()
        self.body.addStretch(1)
        self.body.addWidget(self.status)
        self.body.addStretch(2)
        self.footer.insertWidget(0, self.staff)
        self.primary.clicked.connect(self.retry_requested)
        self.state = "saving"  # saving | retrying | needs_desk
        self.retranslate()

    def set_state(self, state: str) -> None:
        self.state = state
        self.retranslate()

    def wipe(self) -> None:
        self.set_state("saving")  # the next check-in starts from a calm "one moment"

    def retranslate(self) -> None:
        self.describe_base()
        self.title.setText(self.tr("Saving your check-in…"))
        if self.state == "saving":
            text = self.tr("One moment, please.")
        elif self.state == "retrying":
            text = saving_failed_message()
        else:
            text = needs_desk_message()
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.primary.setVisible(self.state != "saving")
        self.staff.setVisible(self.state == "needs_desk")
        self.primary.setText(self.tr("Try again now"))
        self.primary.describe(
            self.tr("Try again now"), self.tr("Tries to save your check-in again")
        )
        self.staff.setText(self.tr("Staff"))
        self.staff.describe(
            self.tr("Staff only"), self.tr("Opens the nurse station; for clinic staff")
        )


class DoneScreen(Screen):
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("done", parent, back=False)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setObjectName("lead")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.addStretch(1)
        self.body.addWidget(self.text)
        self.body.addStretch(2)
        self.primary.clicked.connect(self.finished)
        self.footer.insertStretch(0, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.describe_base()
        self.title.setText(self.tr("Thank you"))
        self.text.setText(self.tr("Please take a seat; a nurse will call you."))
        self.text.setAccessibleName(self.text.text())
        self.primary.setText(self.tr("Finish"))
        self.primary.describe(
            self.tr("Finish"), self.tr("Returns to the welcome screen for the next person")
        )
