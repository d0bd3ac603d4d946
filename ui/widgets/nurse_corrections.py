"""Correct a recorded procedure, or a patient's name and date of birth: always with a reason.

The dialogs only gather and check what the nurse typed; the caller calls the service
(``correct_procedure`` / ``correct_identity``), which keeps the old record and audits it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.aftercare import Area
from kiosk.domain.text_rules import has_visible_text
from kiosk.services.results.identity import IdentityChangeView
from kiosk.services.results.queue import QueueRow
from kiosk.services.results.visit import PatientSummary, ProcedureView
from ui.nurse.formatting import format_date, format_date_text, show_month_in_words

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
        show_month_in_words(self.birth)
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


def _who(first: object, last: object, born: str) -> str:
    """A record as the nurse tells two apart: the name and the date of birth, in her style."""
    return QCoreApplication.translate("NurseMergeDialog", "{name}, born {day}").format(
        name=f"{first} {last}", day=born
    )


class MergePatientDialog(_ReasonDialog):
    """Pick the other record of the same person by searching, then merge it into this one.

    ``search(text, reply)`` asks the services (on a worker) and calls ``reply(rows)``.
    Emits ``chosen(duplicate_patient_id, reason)``; this visit's patient is the one kept.
    """

    chosen = Signal(int, str)

    def __init__(
        self,
        patient: PatientSummary,
        search: Callable[[str, Callable[[Sequence[QueueRow]], None]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Merge with another record of the same person"), parent)
        self.setObjectName("nurseMergePatientDialog")
        self.patient = patient
        self._search = search
        self.keep = QLabel(
            self.tr("Keep: {who}").format(
                who=_who(patient.first_name, patient.last_name, format_date(patient.date_of_birth))
            )
        )
        self.keep.setWordWrap(True)
        self.query = QLineEdit()
        self.query.setMinimumHeight(TOUCH)
        self.query.setAccessibleName(self.tr("Search the other record by name or date of birth"))
        self.query.setPlaceholderText(self.tr("Name or date of birth (e.g. 1991-04-12)"))
        self.query.returnPressed.connect(self.on_search_button_clicked)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setMinimumHeight(TOUCH)
        self.search_button.clicked.connect(self.on_search_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Records found"))
        self.results.setMaximumHeight(160)
        self.results.currentItemChanged.connect(lambda *_: self.validate())
        self.merged = QLabel()
        self.merged.setWordWrap(True)
        self.form.addRow(self.keep)
        self.form.addRow(row)
        self.form.addRow(self.results)
        self.form.addRow(self.merged)
        self.confirm_button.setText(self.tr("Merge the records"))
        self.fit_screen()
        self.validate()

    def on_search_button_clicked(self) -> None:
        text = self.query.text().strip()
        if text:
            self.search_button.setEnabled(False)
            self._search(text, self.show_results)

    def show_results(self, rows: Sequence[QueueRow]) -> None:
        """One line per other patient record (a record found through several visits once)."""
        self.search_button.setEnabled(True)
        self.results.clear()
        seen: set[int] = set()
        for row in rows:
            if row.patient_id is None or row.patient_id in seen:
                continue
            if row.patient_id == self.patient.patient_id:
                continue
            seen.add(row.patient_id)
            born = format_date(row.date_of_birth)
            item = QListWidgetItem(_who(row.first_name, row.last_name, born))
            item.setData(Qt.ItemDataRole.UserRole, row.patient_id)
            self.results.addItem(item)
        if not seen:
            self.hint.setText(self.tr("No other record was found; try another spelling."))

    def duplicate_id(self) -> int | None:
        item = self.results.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def problem(self) -> str | None:
        item = self.results.currentItem()
        self.merged.setText(
            ""
            if item is None
            else self.tr("Merge into it: {who} (its visits move to the record kept)").format(
                who=item.text()
            )
        )
        if item is None:
            return self.tr("Search for the other record and choose it.")
        return super().problem()

    def emit_chosen(self) -> None:
        duplicate = self.duplicate_id()
        if duplicate is not None:
            self.chosen.emit(duplicate, self.reason.toPlainText().strip())


def change_words(change: IdentityChangeView, zone: str) -> str:
    """One history entry in plain words: what it was, from what to what, by whom, why; the
    dates in the reader's style, the day of the change in the clinic's zone."""
    before, after = change.before, change.after

    def who(side: dict[str, object]) -> str:
        born = format_date_text(side.get("date_of_birth", ""))
        return _who(side.get("first_name", ""), side.get("last_name", ""), born)

    what = {
        "correction": QCoreApplication.translate("NurseUndoDialog", "Corrected"),
        "merge": QCoreApplication.translate("NurseUndoDialog", "Merged"),
        "unmerge": QCoreApplication.translate("NurseUndoDialog", "Unmerged"),
        "revert": QCoreApplication.translate("NurseUndoDialog", "Correction undone"),
    }.get(change.kind, change.kind)
    line = QCoreApplication.translate(
        "NurseUndoDialog", "{what}: {before} → {after} ({who}, {day}): {reason}"
    ).format(
        what=what,
        before=who(before),
        after=who(after),
        who=change.staff_name,
        day=format_date(change.at.astimezone(ZoneInfo(zone)).date()),
        reason=change.reason,
    )
    if change.reverted:
        line += QCoreApplication.translate("NurseUndoDialog", " (undone)")
    return line


class UndoIdentityDialog(_ReasonDialog):
    """The patient's identity history; a correction or merge not yet undone can be undone.

    Emits ``chosen(change_id, reason)``.
    """

    chosen = Signal(int, str)

    def __init__(
        self, changes: Sequence[IdentityChangeView], zone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Undo a correction or merge"), parent)
        self.setObjectName("nurseUndoIdentityDialog")
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Identity history, newest first"))
        self.entries.setWordWrap(True)
        self.entries.setMaximumHeight(220)
        for change in changes:
            item = QListWidgetItem(change_words(change, zone))
            item.setData(Qt.ItemDataRole.UserRole, change.change_id)
            if change.reverted or change.kind not in ("correction", "merge"):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.entries.addItem(item)
        self.entries.currentItemChanged.connect(lambda *_: self.validate())
        self.form.addRow(self.entries)
        self.confirm_button.setText(self.tr("Undo it"))
        self.fit_screen()
        self.validate()

    def problem(self) -> str | None:
        item = self.entries.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return self.tr("Choose the correction or merge to undo.")
        return super().problem()

    def emit_chosen(self) -> None:
        item = self.entries.currentItem()
        if item is not None:
            self.chosen.emit(
                int(item.data(Qt.ItemDataRole.UserRole)), self.reason.toPlainText().strip()
            )
