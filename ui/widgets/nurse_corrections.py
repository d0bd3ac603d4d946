"""Correct a recorded procedure, or a patient's name and date of birth: always with a reason.

The dialogs only gather and check what the nurse typed; the caller calls the service
(``correct_procedure`` / ``correct_identity``), which keeps the old record and audits it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.aftercare import Area
from kiosk.services.review import PatientSummary, ProcedureView
from ui.widgets.nurse_close_visit import has_visible_text

TOUCH = 48


def area_words(area: Area) -> str:
    return {
        Area.FACE: QCoreApplication.translate("NurseCorrections", "Face"),
        Area.NECK: QCoreApplication.translate("NurseCorrections", "Neck"),
        Area.HANDS: QCoreApplication.translate("NurseCorrections", "Hands"),
        Area.EYES: QCoreApplication.translate("NurseCorrections", "Around the eyes"),
    }[area]


class _ReasonDialog(QDialog):
    """A form, a reason that must hold visible words, and buttons that stay on the screen."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(
            QCoreApplication.translate("NurseReasonDialog", "Reason for the correction")
        )
        self.reason.setMaximumHeight(100)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.confirm_button = QPushButton(
            QCoreApplication.translate("NurseReasonDialog", "Save the correction")
        )
        self.confirm_button.setObjectName("primaryButton")
        self.back_button = QPushButton(QCoreApplication.translate("NurseReasonDialog", "Back"))
        for widget in (self.confirm_button, self.back_button):
            widget.setMinimumHeight(TOUCH)
        self.back_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self.on_confirm_button_clicked)
        self.reason.textChanged.connect(self.validate)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(
            QLabel(QCoreApplication.translate("NurseReasonDialog", "Why is it corrected?"))
        )
        layout.addWidget(self.reason)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)

    def fit_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry().size()
            self.setMaximumSize(room.width() - 32, room.height() - 32)
        self.resize(
            min(600, self.maximumWidth()), min(self.sizeHint().height(), self.maximumHeight())
        )

    def problem(self) -> str | None:
        if not has_visible_text(self.reason.toPlainText()):
            return QCoreApplication.translate(
                "NurseReasonDialog", "Please say what was wrong with the record."
            )
        return None

    def validate(self) -> bool:
        problem = self.problem()
        self.confirm_button.setEnabled(problem is None)
        self.hint.setText(problem or "")
        return problem is None

    def on_confirm_button_clicked(self) -> None:
        if self.validate():
            self.emit_chosen()
            self.accept()

    def emit_chosen(self) -> None:
        raise NotImplementedError


class CorrectProcedureDialog(_ReasonDialog):
    """Emits ``chosen(areas, session_number, notes, reason)``; starts from the recorded values."""

    chosen = Signal(object, int, str, str)

    def __init__(self, procedure: ProcedureView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct the procedure record"), parent)
        self.setObjectName("nurseCorrectProcedureDialog")
        self.area_boxes: dict[Area, QCheckBox] = {}
        areas = QWidget()
        row = QHBoxLayout(areas)
        row.setContentsMargins(0, 0, 0, 0)
        for area in Area:
            box = QCheckBox(area_words(area))
            box.setMinimumHeight(TOUCH)
            box.setChecked(area in procedure.areas)
            box.toggled.connect(lambda _on: self.validate())
            self.area_boxes[area] = box
            row.addWidget(box)
        self.session = QSpinBox()
        self.session.setRange(1, 100)
        self.session.setValue(procedure.session_number)
        self.session.setMinimumHeight(TOUCH)
        self.notes = QPlainTextEdit(procedure.notes)
        self.notes.setMaximumHeight(100)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.form.addRow(self.tr("Treated areas"), areas)
        self.form.addRow(self.tr("Session"), self.session)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.fit_screen()
        self.validate()

    def areas(self) -> frozenset[Area]:
        return frozenset(a for a, box in self.area_boxes.items() if box.isChecked())

    def problem(self) -> str | None:
        if not self.areas():
            return self.tr("Choose at least one treated area.")
        return super().problem()

    def emit_chosen(self) -> None:
        self.chosen.emit(
            self.areas(),
            self.session.value(),
            self.notes.toPlainText().strip(),
            self.reason.toPlainText().strip(),
        )


class CorrectIdentityDialog(_ReasonDialog):
    """Emits ``chosen(first_name, last_name, date_of_birth, reason)``."""

    chosen = Signal(str, str, object, str)

    def __init__(self, patient: PatientSummary, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct the patient's name or date of birth"), parent)
        self.setObjectName("nurseCorrectIdentityDialog")
        self.patient = patient
        self.first_name = QLineEdit(patient.first_name)
        self.last_name = QLineEdit(patient.last_name)
        self.first_name.setAccessibleName(self.tr("First name"))
        self.last_name.setAccessibleName(self.tr("Last name"))
        for field in (self.first_name, self.last_name):
            field.setMinimumHeight(TOUCH)
            field.textChanged.connect(lambda _text: self.validate())
        born = patient.date_of_birth
        self.birth = QDateEdit(QDate(born.year, born.month, born.day))
        self.birth.setCalendarPopup(True)
        self.birth.setMinimumHeight(TOUCH)
        self.birth.setAccessibleName(self.tr("Date of birth"))
        self.birth.dateChanged.connect(lambda _d: self.validate())
        self.form.addRow(self.tr("First name"), self.first_name)
        self.form.addRow(self.tr("Last name"), self.last_name)
        self.form.addRow(self.tr("Date of birth"), self.birth)
        self.fit_screen()
        self.validate()

    def date_of_birth(self) -> date:
        value = self.birth.date()
        return date(value.year(), value.month(), value.day())

    def problem(self) -> str | None:
        first, last = self.first_name.text().strip(), self.last_name.text().strip()
        if not first or not last:
            return self.tr("Both names are needed.")
        unchanged = (first, last, self.date_of_birth()) == (
            self.patient.first_name,
            self.patient.last_name,
            self.patient.date_of_birth,
        )
        if unchanged:
            return self.tr("Nothing was changed yet.")
        return super().problem()

    def emit_chosen(self) -> None:
        self.chosen.emit(
            self.first_name.text().strip(),
            self.last_name.text().strip(),
            self.date_of_birth(),
            self.reason.toPlainText().strip(),
        )
