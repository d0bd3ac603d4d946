"""Cancel a visit or mark a no-show: which one, and why (a cancellation needs a reason)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.text_rules import has_visible_text
from kiosk.domain.visit import Closure

TOUCH = 48


class CloseVisitDialog(QDialog):
    """Emits ``chosen(Closure, reason)`` on confirm; the caller calls the service."""

    chosen = Signal(object, str)

    def __init__(self, patient_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseCloseVisitDialog")
        self.setWindowTitle(self.tr("End this visit"))
        self.setModal(True)
        intro = QLabel(
            self.tr("End the visit of {name} without a procedure:").format(name=patient_name)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.cancel_choice = QRadioButton(self.tr("Cancel the visit"))
        self.no_show_choice = QRadioButton(self.tr("The patient did not come (no-show)"))
        for choice in (self.cancel_choice, self.no_show_choice):
            choice.setMinimumHeight(TOUCH)
        self.group = QButtonGroup(self)
        self.group.addButton(self.cancel_choice)
        self.group.addButton(self.no_show_choice)
        self.cancel_choice.setChecked(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Reason (required to cancel)"))
        self.reason.setMaximumHeight(120)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("End the visit"))
        self.confirm_button.setObjectName("primaryButton")
        self.confirm_button.setMinimumHeight(TOUCH)
        self.back_button = QPushButton(self.tr("Keep the visit"))
        self.back_button.setMinimumHeight(TOUCH)
        self.confirm_button.clicked.connect(self.on_confirm_button_clicked)
        self.back_button.clicked.connect(self.reject)
        self.reason.textChanged.connect(self.validate)
        self.group.buttonToggled.connect(lambda *_: self.validate())
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.cancel_choice)
        layout.addWidget(self.no_show_choice)
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self._fit_screen()
        self.validate()

    def _fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size()
            self.setMaximumSize(room.width() - 32, room.height() - 32)
        self.resize(min(560, self.maximumWidth()), self.sizeHint().height())

    def closure(self) -> Closure:
        return Closure.NO_SHOW if self.no_show_choice.isChecked() else Closure.CANCELLED

    def validate(self) -> bool:
        needs_reason = self.closure() is Closure.CANCELLED
        ok = not needs_reason or has_visible_text(self.reason.toPlainText())
        self.confirm_button.setEnabled(ok)
        self.hint.setText("" if ok else self.tr("Please give a reason for cancelling."))
        return ok

    def on_confirm_button_clicked(self) -> None:
        if self.validate():
            self.chosen.emit(self.closure(), self.reason.toPlainText().strip())
            self.accept()
