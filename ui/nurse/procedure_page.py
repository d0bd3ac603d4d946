"""Record the procedure: treated areas, session number, notes; then the aftercare sheet.

The page proposes the session number and records through the services binding itself, then
says the visit changed; the aftercare sheet goes through the shared document printer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QSpinBox,
    QWidget,
)

from kiosk.domain.aftercare import Area
from kiosk.services.results.decisions import ProcedureResult
from kiosk.services.results.visit import VisitDetail
from ui.nurse import labels
from ui.nurse.common import TOUCH_HEIGHT, MessageLine, button, plain_label, section_label
from ui.nurse.context import NurseContext
from ui.nurse.decide_page import text_box
from ui.nurse.documents import DocumentPrinter
from ui.nurse.visit_form import VisitFormPage


class ProcedurePage(VisitFormPage):
    recorded = Signal(object)  # ProcedureResult

    def __init__(
        self, context: NurseContext, printer: DocumentPrinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, "nurseProcedurePage", self.tr("Record the procedure"), parent)
        self.printer = printer
        self.area_boxes: dict[Area, QCheckBox] = {}
        areas = QGridLayout()
        for number, area in enumerate(Area):
            box = QCheckBox(labels.area_text(area))
            box.setMinimumHeight(TOUCH_HEIGHT)
            box.setAccessibleName(
                self.tr("Treated area: {area}").format(area=labels.area_text(area))
            )
            box.setObjectName("treatedArea")
            box.toggled.connect(self._update_record_button)
            areas.addWidget(box, number // 2, number % 2)
            self.area_boxes[area] = box
        self.session_number = QSpinBox()
        self.session_number.setRange(1, 99)
        self.session_number.setMinimumHeight(TOUCH_HEIGHT)
        self.session_number.setMinimumWidth(96)
        self.session_number.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.session_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fewer_button = button("−", self.tr("One session fewer"), self.session_number.stepDown)
        self.more_button = button("+", self.tr("One session more"), self.session_number.stepUp)
        for step in (self.fewer_button, self.more_button):
            step.setMinimumWidth(TOUCH_HEIGHT)
            step.setMaximumWidth(TOUCH_HEIGHT)
            font = step.font()
            font.setPointSize(max(font.pointSize(), 10) + 8)
            step.setFont(font)
        self.session_number.setAccessibleName(self.tr("Session number"))
        self.session_hint = plain_label()
        self.notes = text_box(
            self.tr("Procedure notes"),
            self.tr("Needle depth, products used, how the patient tolerated it…"),
            height=110,
        )
        self.record_button = button(
            self.tr("Record procedure"),
            self.tr("Record the procedure"),
            self.on_record_button_clicked,
            primary=True,
        )
        self.aftercare_button = button(
            self.tr("Aftercare sheet"),
            self.tr("Preview and print the aftercare sheet"),
            lambda: printer.print_aftercare(self.message),
        )
        self.aftercare_button.setEnabled(False)

        session_row = QHBoxLayout()
        session_row.addWidget(self.fewer_button)
        session_row.addWidget(self.session_number)
        session_row.addWidget(self.more_button)
        session_row.addWidget(self.session_hint, 1)
        column = self.column
        column.addWidget(section_label(self.tr("Treated areas (at least one)")))
        column.addLayout(areas)
        column.addWidget(section_label(self.tr("Session number")))
        column.addLayout(session_row)
        column.addWidget(section_label(self.tr("Notes")))
        column.addWidget(self.notes)
        # Record, then the aftercare sheet beside it: the next step sits where the last one
        # was, in view on any screen, and the result line below covers neither.
        self.aftercare_button.setAccessibleDescription(
            self.tr("Once recorded, print the patient's own dated aftercare sheet.")
        )
        steps = QHBoxLayout()
        steps.addWidget(self.record_button, 1)
        steps.addWidget(self.aftercare_button, 1)
        column.addSpacing(8)
        column.addLayout(steps)
        self.result_line = MessageLine()
        column.addWidget(self.result_line)
        column.addStretch(1)
        self.lay_out()

    def show_visit(self, detail: VisitDetail) -> None:
        """Fill in the visit and ask the service for the next session number."""
        self.show_patient(detail, self.tr("Procedure for {name}"))
        for box in self.area_boxes.values():
            box.setEnabled(True)
            box.setChecked(False)
        self.notes.clear()
        self.session_hint.setText(self.tr("Working out the next session number…"))
        self.message.clear_message()
        self.result_line.clear_message()
        self.aftercare_button.setEnabled(False)
        self._update_record_button()
        services, patient_id = self.context.services, detail.patient.patient_id
        actor = self.context.actor
        self.context.run(
            self,
            lambda: services.propose_session_number(patient_id, actor=actor),
            self.propose_session,
            lambda exc: self.show_failure(self.context.words(exc)),
        )

    def forget(self) -> None:
        super().forget()
        self.notes.clear()
        self.result_line.clear_message()

    def propose_session(self, number: int) -> None:
        self.session_number.setValue(number)
        self.session_hint.setText(
            self.tr("Proposed from this patient's earlier sessions; change it if needed.")
        )

    def areas(self) -> frozenset[Area]:
        return frozenset(area for area, box in self.area_boxes.items() if box.isChecked())

    def validate(self) -> str | None:
        if not self.areas():
            return self.tr("Tick at least one treated area.")
        return None

    def _update_record_button(self) -> None:
        self.record_button.setEnabled(self.validate() is None)

    def on_record_button_clicked(self) -> None:
        problem = self.validate()
        if problem:
            self.message.show_message(problem, "error")
            return
        detail = self.detail
        if detail is None or self.context.staff is None:
            return
        self.record_button.setEnabled(False)
        services, actor = self.context.services, self.context.actor
        areas, session = self.areas(), self.session_number.value()
        notes = self.notes.toPlainText().strip()
        self.context.run(
            self,
            lambda: services.record_procedure(
                detail.visit_id,
                actor=actor,
                areas=areas,
                session_number=session,
                notes=notes,
                expected_version=detail.version,
            ),
            self.on_recorded,
            self.on_failed,
        )

    def on_recorded(self, result: ProcedureResult) -> None:
        self.show_recorded()
        self.recorded.emit(result)
        self.context.visit_changed.emit(result.visit_id)

    def on_failed(self, exc: BaseException) -> None:
        self._update_record_button()
        if self.sent_back_on_conflict(exc):
            return
        self.show_failure(self.context.words(exc))

    def show_recorded(self) -> None:
        self.record_button.setEnabled(False)
        for box in self.area_boxes.values():
            box.setEnabled(False)
        self.aftercare_button.setEnabled(True)
        self.message.clear_message()
        self.result_line.show_message(
            self.tr("Procedure recorded. You can now print the aftercare sheet."), "ok"
        )
        self.aftercare_button.setFocus()

    def show_failure(self, text: str) -> None:
        self._update_record_button()
        self.message.show_message(text, "error")
