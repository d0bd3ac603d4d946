"""Today's queue: a table of check-ins, a status filter and a search over any day.

The page reads its own rows (through the context's services binding, on a worker), keeps
them current with a :class:`QueuePoller`, and says what its order is: needs attention first
until the nurse sorts by a column header.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
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

from kiosk.domain.checklist import Outcome
from kiosk.domain.visit import VisitStatus
from ui.nurse import labels
from ui.nurse.common import TOUCH_HEIGHT, MessageLine, button, isolate, plain_label, title_label
from ui.nurse.context import NurseContext
from ui.nurse.formatting import format_date, format_time, parse_search
from ui.nurse.queue_model import VISIT_ID_ROLE, Column, QueueTableModel
from ui.nurse.queue_poller import QueuePoller
from ui.nurse.table_fit import title_font, wrapped_width
from ui.widgets.nurse_day_picker import DayPicker

NAME_MIN_WIDTH = 200  # a name on one line; narrower, the other columns wrap first
NAME_LAST_WIDTH = 140  # names wrap too; below this the table scrolls sideways
MAX_LINES = 3  # how many lines a cell or a column title may take before names wrap
ROW_HEIGHT = 52  # a comfortable touch target for one line


class QueuePage(QWidget):
    visit_chosen = Signal(int)  # the nurse asked to open this visit (once per gesture)

    def __init__(
        self,
        context: NurseContext,
        *,
        page_size: int = 50,
        poll_interval_ms: int = 2000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nurseQueuePage")
        self.setAccessibleName(self.tr("Today's queue"))
        self.context = context
        services = context.services  # the clinic's zone as it is now: times follow a change
        self.model = QueueTableModel(lambda: services.zone, page_size=page_size, parent=self)
        self.model.load_failed.connect(self.show_problem)
        self.poller = QueuePoller(context, self.model, poll_interval_ms, parent=self)
        self.poller.failed.connect(self.show_problem)
        self.poller.day_rolled_over.connect(self._show_day_title)
        context.visit_changed.connect(self.on_visit_changed)
        context.signed_out.connect(self.forget)
        self.searching = False
        self.day: date | None = None
        self.status: VisitStatus | None = None
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
            self.tr("Today"), self.tr("Back to today's queue"), self.show_today
        )
        self.today_button.hide()

        self.order_note = plain_label(name="queueOrder")
        self.attention_button = button(
            self.tr("Needs attention first"),
            self.tr("Order the queue with visits that need attention first"),
            self.order_by_attention,
        )

        self.table = QTableView()
        self.table.setObjectName("nurseQueueTable")
        self.table.setAccessibleName(self.tr("Check-ins"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setIconSize(QSize(24, 24))
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.setHighlightSections(False)
        header.sectionClicked.connect(self.on_header_clicked)
        # Enter and a double-click both arrive as ``activated`` (never both for one gesture).
        self.table.activated.connect(self.on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_open_button)
        self.table.installEventFilter(self)

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
        self.model.modelReset.connect(self._update_empty_note)
        self.model.rowsInserted.connect(self._update_empty_note)
        self.model.rowsRemoved.connect(self._update_empty_note)
        self.model.page_loaded.connect(self._update_empty_note)
        self.model.modelReset.connect(self.fit_columns)
        self.model.rowsInserted.connect(self.fit_columns)

        # Any day's queue: the previous or next day, a calendar, back to today.
        self.day_picker = DayPicker(lambda: context.services.today())
        self.day_picker.day_chosen.connect(self.follow_day)
        tools = QHBoxLayout()
        tools.addWidget(self.status_filter)
        tools.addWidget(self.search, 1)
        tools.addWidget(self.search_button)
        tools.addWidget(self.today_button)
        order = QHBoxLayout()
        order.addWidget(self.order_note, 1)
        order.addWidget(self.attention_button)
        footer = QHBoxLayout()
        footer.addWidget(self.message, 1)
        footer.addStretch(0)
        footer.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.day_picker)
        layout.addLayout(heading)
        layout.addLayout(tools)
        layout.addLayout(order)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(footer)
        self._show_order()

    # -- modes -----------------------------------------------------------------------------

    def show_today(self) -> None:
        """Today's queue, kept current by the poller."""
        self.follow_day(self.context.services.today())

    def follow_day(self, day: date) -> None:
        self.day = day
        self.searching = False
        self._show_day_title(day)
        self.today_button.hide()
        self.model.with_dates = False
        self.day_picker.set_day(day)
        self.status_filter.setEnabled(True)
        self.message.clear_message()
        self.poller.follow(day, self.status)

    def _show_day_title(self, day: date) -> None:
        self.day = day
        self.title.setText(self.tr("Check-ins for {day}").format(day=format_date(day)))
        self.title.setAccessibleName(self.title.text())

    def show_search(self, text: str | None, dob: date | None) -> None:
        """Visits of any day whose name starts with ``text`` or born on ``dob``."""
        what = text if text else format_date(dob) if dob else ""
        self.title.setText(
            self.tr("Search results for “{what}”, all days").format(what=isolate(what))
        )
        self.title.setAccessibleName(self.title.text())
        self.searching = True
        self.today_button.show()
        self.model.with_dates = True
        self.status_filter.setEnabled(False)
        self.poller.stop()
        services, actor = self.context.services, self.context.actor
        self.model.set_loader(
            lambda offset, limit: services.search_visits(text, dob, offset, limit, actor=actor)
        )
        self.model.fetchMore()

    def forget(self) -> None:
        """Signed out: stop polling and show nothing."""
        self.poller.stop()
        self.model.set_loader(None)
        self.search.clear()
        self.message.clear_message()

    def selected_visit_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(VISIT_ID_ROLE)) if rows else None

    def show_problem(self, exc: BaseException) -> None:
        self.message.show_message(self.context.words(exc), "error")

    # -- order -----------------------------------------------------------------------------

    def on_header_clicked(self, section: int) -> None:
        """A header click sorts by that column alone; a second click reverses it."""
        model = self.model
        if not model.attention_first and model.sort_column == section:
            order = (
                Qt.SortOrder.DescendingOrder
                if model.sort_order == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder
            )
        else:
            order = Qt.SortOrder.AscendingOrder
        model.sort_by(section, order, attention_first=False)
        self._show_order()

    def order_by_attention(self) -> None:
        self.model.sort_by(Column.TIME, Qt.SortOrder.AscendingOrder, attention_first=True)
        self._show_order()

    def _show_order(self) -> None:
        header = self.table.horizontalHeader()
        if self.model.attention_first:
            header.setSortIndicatorShown(False)
            self.order_note.setText(
                self.tr(
                    "Needs attention first: flagged visits awaiting review (most serious on"
                    " top), then by check-in time. Tap a column title to sort by it."
                )
            )
            self.attention_button.hide()
        else:
            column = self.model.sort_column
            header.setSortIndicatorShown(True)
            header.setSortIndicator(column, self.model.sort_order)
            name = self.model.headerData(column, Qt.Orientation.Horizontal)
            words = (
                self.tr("Sorted by {column}, ascending.")
                if self.model.sort_order == Qt.SortOrder.AscendingOrder
                else self.tr("Sorted by {column}, descending.")
            )
            self.order_note.setText(words.format(column=name))
            self.attention_button.show()
        self.order_note.setAccessibleName(self.order_note.text())

    # -- columns ---------------------------------------------------------------------------

    def column_widths(self, lines: int = 1) -> dict[Column, int]:
        """Widths that fit the longest text each column can show, in this font and language,
        so nothing is cut short on the first paint, before any row arrives. With ``lines``
        above one (a narrow, upright screen) cells and titles may wrap onto that many lines."""
        self.table.ensurePolished()
        metrics = self.table.fontMetrics()
        padding = 28  # cell margins and the grid line
        icon = self.table.iconSize().width() + 8
        times = [format_time(_LATE_TIME, self.context.services.zone), "00:00", "12:59 PM"]
        dates = [format_date(date(2000, month, 28)) for month in range(1, 13)]
        statuses = [labels.status_text(s) for s in VisitStatus]
        flags = [labels.flags_text(0, None)] + [
            labels.flags_text(n, outcome) for n in (1, 12) for outcome in Outcome
        ]
        header_metrics = QFontMetrics(title_font(self.table))

        def fit(texts: list[str], column: Column, extra: int = 0) -> int:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(wrapped_width(t, metrics, lines) for t in texts) + extra
            return max(widest, wrapped_width(title, header_metrics, lines) + 24) + padding

        return {
            Column.TIME: fit(times, Column.TIME),
            Column.DATE_OF_BIRTH: fit(dates, Column.DATE_OF_BIRTH),
            Column.STATUS: fit(statuses, Column.STATUS),
            Column.FLAGS: fit(flags, Column.FLAGS, icon),
        }

    def fit_columns(self) -> None:
        """Fixed columns fit their longest text; the name takes the rest. Where one line each
        leaves too little room for a name (an upright tablet, a long language, a large font),
        cells and titles wrap onto two lines, then three, and names wrap too; only if that is
        still too narrow does the table scroll sideways. Rows and titles grow to hold the lines,
        so nothing is elided."""
        room = self.table.viewport().width() or self.table.width()
        for lines in range(1, MAX_LINES + 1):
            widths = self.column_widths(lines)
            if sum(widths.values()) + NAME_MIN_WIDTH <= room:
                break
        wrap = lines > 1
        self.table.setWordWrap(wrap)
        header = self.table.horizontalHeader()
        alignment = Qt.AlignmentFlag.AlignCenter
        if wrap:
            alignment |= Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        header.setDefaultAlignment(alignment)
        title_line = QFontMetrics(title_font(self.table)).lineSpacing()
        header.setMinimumHeight(lines * title_line + 16 if wrap else 0)
        cell_line = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(max(ROW_HEIGHT, lines * cell_line + 14))
        for column, size in widths.items():
            header.resizeSection(column, size)
        name_room = room - sum(widths.values())
        header.resizeSection(
            Column.NAME, max(NAME_LAST_WIDTH if wrap else NAME_MIN_WIDTH, name_room)
        )

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if watched is self.table and event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Polish,
        ):
            self.fit_columns()
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def showEvent(self, event: QShowEvent) -> None:
        self.fit_columns()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_order()
            self.fit_columns()
        super().changeEvent(event)

    # -- slots -----------------------------------------------------------------------------

    def on_visit_changed(self, _visit_id: int) -> None:
        self.poller.poll_now()

    def on_status_filter_changed(self, _index: int) -> None:
        self.status = self.status_filter.currentData()
        if self.context.staff is not None and not self.searching and self.day is not None:
            self.poller.follow(self.day, self.status)

    def on_search_button_clicked(self) -> None:
        text, dob = parse_search(self.search.text())
        if text is None and dob is None:
            self.message.show_message(self.tr("Type a name or a date of birth to search."))
            return
        self.message.clear_message()
        self.show_search(text, dob)

    def on_table_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.visit_chosen.emit(int(index.data(VISIT_ID_ROLE)))

    def on_open_button_clicked(self) -> None:
        visit_id = self.selected_visit_id()
        if visit_id is not None:
            self.visit_chosen.emit(visit_id)

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


_LATE_TIME = datetime(2026, 12, 28, 23, 58, tzinfo=UTC)  # wide digits in every clock style
