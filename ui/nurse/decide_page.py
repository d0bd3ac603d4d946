"""The nurse's decision: clear to proceed, or defer with a reason and a suggested date."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.nurse import labels
from ui.nurse.common import (
    TOUCH_HEIGHT,
    MessageLine,
    button,
    lay_out_form_page,
    section_label,
    title_label,
)
from ui.nurse.formatting import format_date


def text_box(accessible: str, placeholder: str, height: int = 88) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(accessible)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class DecidePage(QWidget):
    clear_requested = Signal(str)  # note
    defer_requested = Signal(str, object, str)  # reason, suggested date | None, note
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseDecidePage")
        self.setAccessibleName(self.tr("Decide"))
        self.detail: Any = None
        self.title = title_label("")
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setTextFormat(Qt.TextFormat.PlainText)

        self.note = text_box(
            self.tr("Note for the record (optional)"),
            self.tr("Optional note, e.g. what you discussed with the patient"),
        )
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
        self.suggested_date.setDisplayFormat("yyyy-MM-dd")
        self.suggested_date.setAccessibleName(self.tr("Suggested procedure date"))
        self.suggest.toggled.connect(self.suggested_date.setEnabled)
        self.defer_button = button(
            self.tr("Defer"), self.tr("Defer this visit"), self.on_defer_button_clicked
        )
        self.message = MessageLine()
        self.back_button = button(
            self.tr("Back to visit"), self.tr("Back to the visit"), self.back_requested.emit
        )

        defer_form = QFormLayout()
        defer_form.setVerticalSpacing(12)
        defer_form.addRow(self.tr("Reason"), self.reason)
        date_row = QHBoxLayout()
        date_row.addWidget(self.suggest)
        date_row.addWidget(self.suggested_date, 1)
        defer_form.addRow(self.tr("New date"), date_row)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.title)
        column.addWidget(section_label(self.tr("What the checklist flagged")))
        column.addWidget(self.flags)
        column.addSpacing(8)
        column.addWidget(section_label(self.tr("Note (kept with either decision)")))
        column.addWidget(self.note)
        column.addSpacing(8)
        column.addWidget(section_label(self.tr("Clear")))
        column.addWidget(QLabel(self.tr("The patient can go ahead with the procedure today.")))
        column.addWidget(self.clear_button)
        column.addSpacing(8)
        column.addWidget(section_label(self.tr("Or defer")))
        column.addLayout(defer_form)
        column.addWidget(self.defer_button)
        column.addStretch(1)
        body.setMinimumWidth(560)
        body.setMaximumWidth(820)
        lay_out_form_page(self, body, self.message, self.back_button)

    def show_visit(self, detail: Any) -> None:
        """Fill in the visit; the suggested date starts at the earliest safe date, if any."""
        self.detail = detail
        patient = detail.patient
        self.title.setText(
            self.tr("Decide for {name}").format(name=f"{patient.first_name} {patient.last_name}")
        )
        flags = detail.evaluation.flags
        if flags:
            self.flags.setText(
                "\n".join(
                    f"• {labels.outcome_text(f.outcome)}: {f.nurse_text(format_date)}"
                    for f in flags
                )
            )
        else:
            self.flags.setText(self.tr("Nothing flagged."))
        earliest: date | None = detail.evaluation.earliest_eligible
        start = earliest or detail.procedure_date
        self.suggested_date.setDate(QDate(start.year, start.month, start.day))
        self.suggest.setChecked(earliest is not None)
        self.suggested_date.setEnabled(earliest is not None)
        self.reason.clear()
        self.note.clear()
        self.message.clear_message()
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        self.clear_button.setEnabled(not busy)
        self.defer_button.setEnabled(not busy)

    def validate_defer(self) -> str | None:
        if not self.reason.toPlainText().strip():
            return self.tr("Please give a reason for deferring.")
        return None

    def suggested(self) -> date | None:
        if not self.suggest.isChecked():
            return None
        chosen = self.suggested_date.date().toPython()
        assert isinstance(chosen, date)
        return chosen

    def on_clear_button_clicked(self) -> None:
        self.message.clear_message()
        self.set_busy(True)
        self.clear_requested.emit(self.note.toPlainText().strip())

    def on_defer_button_clicked(self) -> None:
        problem = self.validate_defer()
        if problem:
            self.message.show_message(problem, "error")
            self.reason.setFocus()
            return
        self.message.clear_message()
        self.set_busy(True)
        self.defer_requested.emit(
            self.reason.toPlainText().strip(), self.suggested(), self.note.toPlainText().strip()
        )

    def show_failure(self, text: str) -> None:
        self.set_busy(False)
        self.message.show_message(text, "error")
