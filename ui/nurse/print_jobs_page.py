"""Print jobs: every document sent to a printer, how it went in plain words, retry and cancel.

A stuck job (the printer did not finish it in time) may still print once the printer is fixed,
so "Print again" cancels it first and sends the document to the printer chosen now, and
"Cancel" withdraws it; both are audited by the service.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.staff import SignedIn
from kiosk.printing.problems import explain
from kiosk.services.clinic_admin import ClinicAdmin
from kiosk.services.printing import PrintJobRow, PrintJobView
from ui.nurse.clinic_form import nurse_language
from ui.nurse.common import MessageLine, button, title_label
from ui.nurse.errors import friendly_message
from ui.nurse.formatting import format_datetime
from ui.tasks import run_task

ActorId = Callable[[], "SignedIn | None"]  # the signed-in staff member (None: first run)
Index = QModelIndex | QPersistentModelIndex


def status_text(status: str) -> str:
    return {
        "pending": QCoreApplication.translate("PrintJobs", "Waiting"),
        "printing": QCoreApplication.translate("PrintJobs", "Printing"),
        "completed": QCoreApplication.translate("PrintJobs", "Printed"),
        "failed": QCoreApplication.translate("PrintJobs", "Not printed"),
        "stuck": QCoreApplication.translate("PrintJobs", "Stuck at the printer"),
        "cancelled": QCoreApplication.translate("PrintJobs", "Cancelled"),
    }.get(status, status)


def kind_text(kind: str) -> str:
    return {
        "aftercare": QCoreApplication.translate("PrintJobs", "Aftercare sheet"),
        "consent_record": QCoreApplication.translate("PrintJobs", "Consent record"),
    }.get(kind, kind)


def problem_words(job: PrintJobView) -> str:
    if job.status == "completed":
        return ""
    if job.problem:
        return explain(job.problem, nurse_language(), job.printer)
    return job.error or ""


class PrintJobsModel(QAbstractTableModel):
    """The jobs as rows; tested without a window."""

    COLUMNS = ("job", "document", "patient", "printer", "status", "problem", "tries", "when")

    def __init__(self, zone: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.rows: list[PrintJobRow] = []

    def set_rows(self, rows: list[PrintJobRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("PrintJobs", "Job"),
            QCoreApplication.translate("PrintJobs", "Document"),
            QCoreApplication.translate("PrintJobs", "Patient"),
            QCoreApplication.translate("PrintJobs", "Printer"),
            QCoreApplication.translate("PrintJobs", "Status"),
            QCoreApplication.translate("PrintJobs", "What to do"),
            QCoreApplication.translate("PrintJobs", "Tries"),
            QCoreApplication.translate("PrintJobs", "Last change"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        job = row.job
        return {
            "job": str(job.job_id),
            "document": kind_text(row.kind),
            "patient": row.patient_name,
            "printer": job.printer or QCoreApplication.translate("PrintJobs", "default printer"),
            "status": status_text(job.status),
            "problem": problem_words(job),
            "tries": str(job.attempts),
            "when": format_datetime(row.updated_at, self.zone),
        }[column]

    def row_at(self, row: int) -> PrintJobRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class PrintJobsPage(QWidget):
    def __init__(
        self, services: ClinicAdmin, actor: ActorId, zone: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.setObjectName("nursePrintJobsPage")
        self.setAccessibleName(self.tr("Print jobs"))
        self.model = PrintJobsModel(zone, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Print jobs, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.open_only = QCheckBox(self.tr("Only jobs still waiting at a printer"))
        self.open_only.setMinimumHeight(48)
        self.open_only.toggled.connect(self.load)
        self.message = MessageLine()
        self.refresh_button = button(self.tr("Refresh"), self.tr("Refresh the list"), self.load)
        self.retry_button = button(
            self.tr("Print again"),
            self.tr("Print the chosen job again on the printer chosen now"),
            self.on_retry_button_clicked,
            primary=True,
        )
        self.cancel_button = button(
            self.tr("Cancel job"), self.tr("Cancel the chosen job"), self.on_cancel_button_clicked
        )
        note = QLabel(
            self.tr(
                "Print again cancels a copy still waiting at the printer first, so nothing prints"
                " twice, and uses the printer chosen now."
            )
        )
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.open_only)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.retry_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.addWidget(title_label(self.tr("Print jobs")))
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.on_selection_changed()

    def selected(self) -> PrintJobRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def load(self) -> None:
        open_only = self.open_only.isChecked()
        self.refresh_button.setEnabled(False)
        run_task(lambda: self.services.jobs(open_only=open_only), self.on_loaded, self.on_failed)

    def on_loaded(self, rows: list[PrintJobRow]) -> None:
        self.refresh_button.setEnabled(True)
        self.model.set_rows(rows)
        self.on_selection_changed()
        if not rows:
            self.message.show_message(self.tr("No print jobs to show."), "info")

    def on_selection_changed(self, *args: Any) -> None:
        row = self.selected()
        self.retry_button.setEnabled(row is not None and row.job.status != "completed")
        self.cancel_button.setEnabled(row is not None and row.job.open)

    def on_retry_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._act(lambda actor: self.services.retry(row.job.job_id, actor=actor))
        self.message.show_message(self.tr("Printing…"), "info")

    def on_cancel_button_clicked(self) -> None:
        row = self.selected()
        if row is None:
            return
        self._act(lambda actor: self.services.cancel(row.job.job_id, actor=actor))

    def _act(self, action: Callable[[SignedIn | None], PrintJobView]) -> None:
        actor = self.actor()
        self.retry_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        run_task(lambda: action(actor), self.on_action_done, self.on_failed)

    def on_action_done(self, job: PrintJobView) -> None:
        if job.status == "completed":
            self.message.show_message(self.tr("Printed."), "ok")
        elif job.status == "cancelled":
            self.message.show_message(self.tr("Cancelled: it will not print."), "ok")
        else:
            self.message.show_message(problem_words(job), "error")
        self.load()

    def on_failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.on_selection_changed()
        self.message.show_message(friendly_message(exc), "error")
