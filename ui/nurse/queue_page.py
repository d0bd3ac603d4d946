"""Today's queue: a table of check-ins, a status filter and a search over any day."""

from __future__ import annotations

from datetime import date

from babel.dates import parse_date
from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.visit import VisitStatus
from ui.nurse import labels
from ui.nurse.common import TOUCH_HEIGHT, MessageLine, button, title_label
from ui.nurse.formatting import current_locale, format_date
from ui.nurse.queue_model import VISIT_ID_ROLE, Column, QueueTableModel


def parse_search(text: str) -> tuple[str | None, date | None]:
    """A typed search: a date of birth (ISO or the reader's style) or the start of a name."""
    text = text.strip()
    if not text:
        return None, None
    if any(ch.isdigit() for ch in text):
        try:
            return None, date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return None, parse_date(text, locale=current_locale())
        except (ValueError, IndexError):
            return text, None
    return text, None


class QueuePage(QWidget):
    open_visit = Signal(int)
    status_filter_changed = Signal(object)  # VisitStatus | None
    search_requested = Signal(object, object)  # text | None, date_of_birth | None
    today_requested = Signal()

    def __init__(self, model: QueueTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseQueuePage")
        self.setAccessibleName(self.tr("Today's queue"))
        self.model = model
        self.searching = False
        self.title = title_label(self.tr("Today's check-ins"))

        self.status_filter = QComboBox()
        self.status_filter.setMinimumHeight(TOUCH_HEIGHT)
        self.status_filter.setAccessibleName(self.tr("Show visits with status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in VisitStatus:
            self.status_filter.addItem(labels.status_text(status), status)
        self.status_filter.currentIndexChanged.connect(self.on_status_filter_changed)

        self.search = QLineEdit()
        self.search.setMinimumHeight(TOUCH_HEIGHT)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search any day by name or date of birth"))
        self.search.setPlaceholderText(self.tr("Name or date of birth (e.g. 1991-04-12)"))
        self.search.returnPressed.connect(self.on_search_button_clicked)
        self.search_button = button(
            self.tr("Search"), self.tr("Search all days"), self.on_search_button_clicked
        )
        self.today_button = button(
            self.tr("Today"), self.tr("Back to today's queue"), self.today_requested.emit
        )
        self.today_button.hide()

        self.table = QTableView()
        self.table.setObjectName("nurseQueueTable")
        self.table.setAccessibleName(self.tr("Check-ins"))
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(52)
        self.table.setIconSize(QSize(24, 24))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.TIME, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.table.activated.connect(self.on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_open_button)

        self.message = MessageLine()
        self.empty_note = MessageLine()
        self.open_button = button(
            self.tr("Open visit"),
            self.tr("Open the selected visit"),
            self.on_open_button_clicked,
            primary=True,
        )
        self.open_button.setEnabled(False)
        self.open_button.setMinimumWidth(220)
        model.modelReset.connect(self._update_empty_note)
        model.rowsInserted.connect(self._update_empty_note)
        model.rowsRemoved.connect(self._update_empty_note)
        model.page_loaded.connect(self._update_empty_note)

        tools = QHBoxLayout()
        tools.addWidget(self.status_filter)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.search_button)
        tools.addWidget(self.today_button)
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        footer.addStretch(0)
        footer.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.addWidget(self.title)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(footer)

    # -- modes -----------------------------------------------------------------------------

    def show_today(self, day: date) -> None:
        self.title.setText(self.tr("Check-ins for {day}").format(day=format_date(day)))
        self.searching = False
        self.today_button.hide()
        self.status_filter.setEnabled(True)

    def show_search(self, text: str | None, dob: date | None) -> None:
        what = text if text else format_date(dob) if dob else ""
        self.title.setText(self.tr("Search results for “{what}”, all days").format(what=what))
        self.searching = True
        self.today_button.show()
        self.status_filter.setEnabled(False)

    def selected_visit_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(VISIT_ID_ROLE)) if rows else None

    # -- slots -----------------------------------------------------------------------------

    def on_status_filter_changed(self, _index: int) -> None:
        self.status_filter_changed.emit(self.status_filter.currentData())

    def on_search_button_clicked(self) -> None:
        text, dob = parse_search(self.search.text())
        if text is None and dob is None:
            self.message.show_message(self.tr("Type a name or a date of birth to search."))
            return
        self.message.clear_message()
        self.search_requested.emit(text, dob)

    def on_table_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_visit.emit(int(index.data(VISIT_ID_ROLE)))

    def on_open_button_clicked(self) -> None:
        visit_id = self.selected_visit_id()
        if visit_id is not None:
            self.open_visit.emit(visit_id)

    def _update_open_button(self) -> None:
        self.open_button.setEnabled(self.selected_visit_id() is not None)

    def _update_empty_note(self) -> None:
        if self.model.rowCount() == 0 and not self.model.canFetchMore():
            self.empty_note.show_message(
                self.tr("Nobody found. Check the spelling, or try the date of birth.")
                if self.searching
                else self.tr("No check-ins to show yet."),
                "info",
            )
        else:
            self.empty_note.clear_message()
        self._update_open_button()
