"""The nurse's decision: clear to proceed, or defer with a reason and a suggested date.

Decisions match their weight: clearing over a "reschedule" flag needs a ticked confirmation
and a note; a suggested date before the earliest safe date needs an explicit override and a
note; a past date cannot be chosen. The service enforces each rule (``kiosk.services.review``)
and this page explains its codes in the reader's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QWidget,
)

from kiosk.domain.checklist import Outcome
from kiosk.domain.text_rules import has_visible_text
from kiosk.services.errors import ValidationError
from kiosk.services.results.decisions import DecisionResult
from kiosk.services.results.visit import VisitDetail
from ui.nurse.common import TOUCH_HEIGHT, button, plain_label, section_label
from ui.nurse.context import NurseContext
from ui.nurse.flag_reasons import FlagReasons
from ui.nurse.formatting import format_date, show_month_in_words
from ui.nurse.visit_form import VisitFormPage


def decision_problem(exc: ValidationError) -> str:
    """A refused decision in the reader's words (the service's code picks the sentence)."""
    words = {
        ("reason", "required"): QCoreApplication.translate(
            "DecidePage", "Please give a reason for deferring."
        ),
        ("reason", "invisible"): QCoreApplication.translate(
            "DecidePage",
            "The reason holds no visible characters. Please type the reason in words.",
        ),
        ("note", "invisible"): QCoreApplication.translate(
            "DecidePage",
            "The note holds no visible characters. Please type it in words, or leave it empty.",
        ),
        ("decision", "confirm_reschedule"): QCoreApplication.translate(
            "DecidePage",
            "This visit is flagged Reschedule. To clear it anyway, tick the confirmation and"
            " write a note saying why.",
        ),
        ("note", "required_over_reschedule"): QCoreApplication.translate(
            "DecidePage", "Clearing over a Reschedule flag needs a note saying why."
        ),
        ("suggested_date", "in_past"): QCoreApplication.translate(
            "DecidePage", "The suggested date is in the past. Choose a later date."
        ),
        ("suggested_date", "before_earliest"): QCoreApplication.translate(
            "DecidePage",
            "The suggested date is before the earliest safe date. Choose a later date, or tick"
            " the override and write a note saying why.",
        ),
        ("note", "required_before_earliest"): QCoreApplication.translate(
            "DecidePage", "A date before the earliest safe date needs a note saying why."
        ),
    }
    return words.get((exc.field, exc.code), exc.message)


def text_box(accessible: str, placeholder: str, height: int = 88) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class DecidePage(VisitFormPage):
    decided = Signal(object)  # DecisionResult

    def __init__(self, context: NurseContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "nurseDecidePage", self.tr("Decide"), parent)
        self.earliest: date | None = None
        context.visit_loaded.connect(self.on_visit_loaded)
        self.flags = FlagReasons()  # in the nurse's words, the patient's one tap away

        self.note = text_box(
            self.tr("Note for the record (optional)"),
            self.tr("Optional note, e.g. what you discussed with the patient"),
        )
        self.reschedule_warning = plain_label(name="rescheduleWarning")
        self.confirm_reschedule = QCheckBox(
            self.tr("I have checked the Reschedule flag and clear this visit anyway")
        )
        self.confirm_reschedule.setMinimumHeight(TOUCH_HEIGHT)
        self.confirm_reschedule.setAccessibleName(self.confirm_reschedule.text())
        self.clear_button = button(
            self.tr("Clear to proceed"),
            self.tr("Clear this patient to proceed"),
            self.on_clear_button_clicked,
            primary=True,
        )

        self.reason = text_box(
            self.tr("Reason for deferring (required)"),
            self.tr("Why the procedure should wait, in words the team will understand"),
        )
        self.suggest = QCheckBox(self.tr("Suggest a new date"))
        self.suggest.setMinimumHeight(TOUCH_HEIGHT)
        self.suggest.setAccessibleName(self.tr("Suggest a new procedure date"))
        self.suggested_date = QDateEdit()
        self.suggested_date.setCalendarPopup(True)
        self.suggested_date.setMinimumHeight(TOUCH_HEIGHT)
        show_month_in_words(self.suggested_date)
        self.suggested_date.setAccessibleName(self.tr("Suggested procedure date"))
        self.suggest.toggled.connect(self.suggested_date.setEnabled)
        self.suggest.toggled.connect(self._update_override)
        self.suggested_date.dateChanged.connect(self._update_override)
        self.date_note = plain_label(name="earliestNote")
        self.override_earliest = QCheckBox(
            self.tr("Suggest this date before the earliest safe date (say why in the note)")
        )
        self.override_earliest.setMinimumHeight(TOUCH_HEIGHT)
        self.override_earliest.setAccessibleName(self.override_earliest.text())
        self.defer_button = button(
            self.tr("Defer"), self.tr("Defer this visit"), self.on_defer_button_clicked
        )

        defer_form = QFormLayout()
        defer_form.setVerticalSpacing(12)
        defer_form.addRow(self.tr("Reason"), self.reason)
        date_row = QHBoxLayout()
        date_row.addWidget(self.suggest)
        date_row.addWidget(self.suggested_date, 1)
        defer_form.addRow(self.tr("New date"), date_row)

        column = self.column
        column.addWidget(section_label(self.tr("What the checklist flagged")))
        column.addWidget(self.flags)
        column.addSpacing(8)
        column.addWidget(section_label(self.tr("Note (kept with either decision)")))
        column.addWidget(self.note)
        column.addSpacing(8)
        column.addWidget(section_label(self.tr("Clear")))
        column.addWidget(plain_label(self.tr("The patient can go ahead with the procedure today.")))
        column.addWidget(self.reschedule_warning)
        column.addWidget(self.confirm_reschedule)
        column.addWidget(self.clear_button)
        column.addSpacing(8)
        column.addWidget(section_label(self.tr("Or defer")))
        column.addLayout(defer_form)
        column.addWidget(self.date_note)
        column.addWidget(self.override_earliest)
        column.addWidget(self.defer_button)
        column.addStretch(1)
        self.lay_out()

    def on_visit_loaded(self, bundle: object) -> None:
        """The open visit was read again (e.g. changed here): decide on the fresh version."""
        detail = getattr(bundle, "detail", None)
        if (
            self.detail is not None
            and detail is not None
            and detail.visit_id == self.detail.visit_id
        ):
            self.detail = detail

    def show_visit(self, detail: VisitDetail) -> None:
        """Fill in the visit; the suggested date starts at the earliest safe date, if any."""
        self.show_patient(detail, self.tr("Decide for {name}"))
        reading = self.reading()
        if reading is not None:
            self.flags.show_reading(reading)
        else:
            self.flags.show_flags(detail.evaluation.flags)
        today = self.context.services.today()
        self.earliest = detail.earliest_eligible  # the checklist's and the interval rule's
        start = max(self.earliest or detail.procedure_date, today)
        self.suggested_date.setMinimumDate(QDate(today.year, today.month, today.day))
        self.suggested_date.setDate(QDate(start.year, start.month, start.day))
        self.suggest.setChecked(self.earliest is not None)
        self.suggested_date.setEnabled(self.earliest is not None)
        rescheduled = detail.outcome is Outcome.RESCHEDULE
        self.reschedule_warning.setVisible(rescheduled)
        self.confirm_reschedule.setVisible(rescheduled)
        self.confirm_reschedule.setChecked(False)
        if rescheduled:
            self.reschedule_warning.setText(
                self.tr(
                    "The checklist says this procedure should move to a later date. Clear it"
                    " only after checking with the patient, and note why."
                )
            )
        self.override_earliest.setChecked(False)
        self.reason.clear()
        self.note.clear()
        self.message.clear_message()
        self._update_override()
        self.set_busy(False)

    def forget(self) -> None:
        super().forget()
        self.reason.clear()
        self.note.clear()
        self.flags.clear()

    def set_busy(self, busy: bool) -> None:
        self.clear_button.setEnabled(not busy)
        self.defer_button.setEnabled(not busy)

    def _update_override(self) -> None:
        chosen = self.suggested()
        early = chosen is not None and self.earliest is not None and chosen < self.earliest
        self.override_earliest.setVisible(early)
        if not early:
            self.override_earliest.setChecked(False)
        if self.earliest is not None:
            self.date_note.setText(
                self.tr("Earliest safe procedure date: {day}.").format(
                    day=format_date(self.earliest)
                )
            )
        self.date_note.setVisible(self.earliest is not None)

    def validate_clear(self) -> str | None:
        note = self.note.toPlainText().strip()
        if note and not has_visible_text(note):
            return decision_problem(ValidationError("note", "invisible"))
        if not self.confirm_reschedule.isHidden() or self.confirm_reschedule.isChecked():
            if not self.confirm_reschedule.isChecked():
                return decision_problem(ValidationError("decision", "confirm_reschedule"))
            if not note:
                return decision_problem(ValidationError("note", "required_over_reschedule"))
        return None

    def validate_defer(self) -> str | None:
        reason = self.reason.toPlainText().strip()
        if not reason:
            return decision_problem(ValidationError("reason", "required"))
        if not has_visible_text(reason):
            return decision_problem(ValidationError("reason", "invisible"))
        note = self.note.toPlainText().strip()
        if note and not has_visible_text(note):
            return decision_problem(ValidationError("note", "invisible"))
        chosen = self.suggested()
        if chosen is not None and chosen < self.context.services.today():
            return decision_problem(ValidationError("suggested_date", "in_past"))
        if chosen is not None and self.earliest is not None and chosen < self.earliest:
            if not self.override_earliest.isChecked():
                return decision_problem(ValidationError("suggested_date", "before_earliest"))
            if not note:
                return decision_problem(ValidationError("note", "required_before_earliest"))
        return None

    def suggested(self) -> date | None:
        if not self.suggest.isChecked():
            return None
        chosen = self.suggested_date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def on_clear_button_clicked(self) -> None:
        problem = self.validate_clear()
        if problem:
            self.show_failure(problem)
            return
        detail = self.detail
        if detail is None or self.context.staff is None:
            return
        services, actor = self.context.services, self.context.actor
        note = self.note.toPlainText().strip() or None
        over = self.confirm_reschedule.isChecked()
        self._send(
            lambda: services.clear(
                detail.visit_id,
                actor=actor,
                expected_version=detail.version,
                note=note,
                over_reschedule=over,
            )
        )

    def on_defer_button_clicked(self) -> None:
        problem = self.validate_defer()
        if problem:
            self.show_failure(problem)
            self.reason.setFocus()
            return
        detail = self.detail
        if detail is None or self.context.staff is None:
            return
        services, actor = self.context.services, self.context.actor
        reason = self.reason.toPlainText().strip()
        note = self.note.toPlainText().strip() or None
        suggested, override = self.suggested(), self.override_earliest.isChecked()
        self._send(
            lambda: services.defer(
                detail.visit_id,
                actor=actor,
                expected_version=detail.version,
                reason=reason,
                suggested_date=suggested,
                note=note,
                before_earliest=override,
            )
        )

    def _send(self, work: Callable[[], DecisionResult]) -> None:
        self.message.clear_message()
        self.set_busy(True)
        self.context.run(self, work, self.on_decided, self.on_failed)

    def on_decided(self, result: DecisionResult) -> None:
        self.set_busy(False)
        self.decided.emit(result)
        self.context.visit_changed.emit(result.visit_id)

    def on_failed(self, exc: BaseException) -> None:
        self.set_busy(False)
        if self.sent_back_on_conflict(exc):
            return
        if isinstance(exc, ValidationError):
            if exc.code == "confirm_reschedule":
                self.confirm_reschedule.show()
            if exc.code == "before_earliest":
                self.override_earliest.show()
            self.show_failure(decision_problem(exc))
            return
        self.show_failure(self.context.words(exc))

    def show_failure(self, text: str) -> None:
        self.set_busy(False)
        self.message.show_message(text, "error")
