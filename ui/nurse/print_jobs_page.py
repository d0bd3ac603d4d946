"""Print jobs: every document sent to a printer, how it went in plain words, retry and cancel.

A stuck job (the printer did not finish it in time) may still print once the printer is fixed,
so "Print again" cancels it first and sends the document to the printer chosen now, and
"Cancel" withdraws it; both are audited by the service.

The table fits its screen (a landscape or an upright tablet) without sideways scrolling: the
short columns fit their longest text, wrapping onto up to three lines where room is tight, and
the printer's problem, in words, takes the rest and wraps; rows grow to hold every line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QShowEvent
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
from kiosk.services.results.printing import PrintJobRow, PrintJobView
from ui.nurse.clinic_form import nurse_language
from ui.nurse.common import MessageLine, button, plain_label, title_label
from ui.nurse.errors import friendly_message
from ui.nurse.formatting import ZoneSource, format_datetime, zone_reader
from ui.nurse.table_fit import title_font, wrapped_width
from ui.tasks import run_task

ActorId = Callable[[], "SignedIn | None"]  # the signed-in staff member (None: first run)
Index = QModelIndex | QPersistentModelIndex

PROBLEM = 5  # the column of the problem in words: it takes the room the others leave
SPARE = (0, 6)  # the job's number and tries: on a narrow screen, said below for the chosen job
PROBLEM_MIN_WIDTH = 220  # a few words a line; narrower, the other columns wrap first
MAX_LINES = 3  # how many lines a short cell or a column title may take
CELL_PADDING = 10  # Qt's 3 px text margin either side, the grid line, and a little air
TITLE_PADDING = 20  # the sheet's 8 px either side of a column title, and its border
BREAK = "\u200b"  # a zero-width space: a place a line may break, unseen
ROW_MIN_HEIGHT = 48  # a comfortable touch target
STATUSES = ("pending", "printing", "completed", "failed", "stuck", "cancelled")
KINDS = ("aftercare", "consent_record")


def status_text(status: str) -> str:
    """A job's state in the reader's words."""
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


def breakable(name: str) -> str:
    """A printer's name with places to wrap after its separators: CUPS queue names hold no
    spaces ("Reception-Ground-Floor-LaserJet"), and one line of it would crowd the table."""
    return re.sub(r"([-_.])(?=.)", "\\1" + BREAK, name)


def problem_words(job: PrintJobView) -> str:
    if job.status == "completed":
        return ""
    if job.problem:
        return explain(job.problem, nurse_language(), job.printer)
    return job.error or ""


class PrintJobsModel(QAbstractTableModel):
    """The jobs as rows; tested without a window."""

    COLUMNS = ("job", "document", "patient", "printer", "status", "problem", "tries", "when")

    def __init__(self, zone: ZoneSource, parent: Any = None) -> None:
        super().__init__(parent)
        self._zone_of = zone_reader(zone)
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
            "printer": breakable(job.printer)
            if job.printer
            else QCoreApplication.translate("PrintJobs", "default printer"),
            "status": status_text(job.status),
            "problem": problem_words(job),
            "tries": str(job.attempts),
            "when": format_datetime(row.updated_at, self._zone_of()),
        }[column]

    def row_at(self, row: int) -> PrintJobRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class PrintJobsPage(QWidget):
    def __init__(
        self, services: ClinicAdmin, actor: ActorId, zone: ZoneSource, parent: QWidget | None = None
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
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setMinimumSectionSize(ROW_MIN_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.model.modelReset.connect(self.fit_columns)
        self.table.viewport().installEventFilter(self)  # a scroll bar coming or going too
        self.open_only = QCheckBox(self.tr("Only jobs still waiting at a printer"))
        self.open_only.setMinimumHeight(48)
        self.open_only.toggled.connect(self.load)
        self.details = plain_label(name="printJobDetails")  # the columns a narrow screen hides
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
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.on_selection_changed()

    # -- columns ---------------------------------------------------------------------------

    def column_texts(self) -> dict[int, list[str]]:
        """What each column but the problem may show: its rows, and for the columns of a
        known vocabulary every word of it, so a refresh does not shift the columns."""
        model = self.model
        texts = {
            column: [str(model.index(row, column).data()) for row in range(model.rowCount())]
            for column in range(model.columnCount())
            if column != PROBLEM
        }
        texts[1] += [kind_text(kind) for kind in KINDS]
        texts[3].append(QCoreApplication.translate("PrintJobs", "default printer"))
        texts[4] += [status_text(status) for status in STATUSES]
        return texts

    def column_widths(self, lines: int) -> dict[int, int]:
        """The narrowest widths that show each column's texts and title whole on at most
        ``lines`` lines, in this font and language."""
        self.table.ensurePolished()
        metrics = self.table.fontMetrics()
        title_metrics = QFontMetrics(title_font(self.table))
        widths = {}
        for column, texts in self.column_texts().items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            # a space for each break: a little wider than the zero-width break, so never short
            spaced = [text.replace(BREAK, " ") for text in texts]
            widest = max((wrapped_width(t, metrics, lines) for t in spaced), default=0)
            widths[column] = max(
                widest + CELL_PADDING, wrapped_width(title, title_metrics, lines) + TITLE_PADDING
            )
        return widths

    def choose_layout(self, room: int) -> tuple[int, dict[int, int]]:
        """How many lines the short columns take and their widths: every column on as few
        lines as leaves the problem a readable width; failing that, without the job's number
        and tries (said below the table for the chosen job). Three lines without them is the
        last resort, where a very large font may still make the table scroll sideways."""
        for hidden in ((), SPARE):
            for lines in range(1, MAX_LINES + 1):
                widths = {c: w for c, w in self.column_widths(lines).items() if c not in hidden}
                if sum(widths.values()) + PROBLEM_MIN_WIDTH <= room:
                    return lines, widths
        return lines, widths

    def fit_columns(self) -> None:
        """Lay the columns out as :meth:`choose_layout` says; the problem takes the rest.
        Rows and titles grow to hold their lines."""
        room = self.table.viewport().width()
        lines, widths = self.choose_layout(room)
        for column in SPARE:
            self.table.setColumnHidden(column, column not in widths)
        self.show_details()
        header = self.table.horizontalHeader()
        alignment = Qt.AlignmentFlag.AlignCenter
        if lines > 1:
            alignment |= Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        header.setDefaultAlignment(alignment)
        title_line = QFontMetrics(title_font(self.table)).lineSpacing()
        header.setMinimumHeight(lines * title_line + 16 if lines > 1 else 0)
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.resizeSection(PROBLEM, max(PROBLEM_MIN_WIDTH, room - sum(widths.values())))
        self.table.resizeRowsToContents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        self.fit_columns()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.fit_columns()
        super().changeEvent(event)

    # -- jobs ------------------------------------------------------------------------------

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

    def show_details(self) -> None:
        """The hidden columns of the chosen job, as "title: value" (none hidden: nothing)."""
        chosen = self.table.selectionModel().selectedRows()
        hidden = [c for c in SPARE if self.table.isColumnHidden(c)]
        title = self.model.headerData
        words = [
            f"{title(c, Qt.Orientation.Horizontal)}: {chosen[0].siblingAtColumn(c).data()}"
            for c in hidden
            if chosen
        ]
        self.details.setText(" · ".join(words))
        self.details.setVisible(bool(words))

    def on_selection_changed(self, *args: Any) -> None:
        self.show_details()
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
