"""Today's queue as a Qt table model: flagged visits first, paged, updated in place.

The model holds ``QueueRow`` values (``kiosk.services.review``) and never talks to the
database itself: pages come from a loader run through :func:`ui.tasks.run_task`, and a poll
hands fresh rows to :meth:`QueueTableModel.update_rows`, which inserts, removes and changes
rows one by one so the view keeps its selection and scroll position.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from kiosk.domain.checklist import Outcome
from kiosk.domain.visit import VisitStatus
from ui.nurse import labels
from ui.nurse.formatting import (
    ZoneSource,
    format_date,
    format_datetime,
    format_time,
    zone_reader,
)
from ui.tasks import run_task

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TIME = 0
    NAME = 1
    DATE_OF_BIRTH = 2
    STATUS = 3
    FLAGS = 4


VISIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

PageLoader = Callable[[int, int], Sequence[Any]]  # (offset, limit) -> QueueRow values
Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]


class _Row(Protocol):  # the fields of kiosk.services.results.queue.QueueRow the model reads
    @property
    def visit_id(self) -> int: ...
    @property
    def checked_in_at(self) -> Any: ...
    @property
    def first_name(self) -> str: ...
    @property
    def last_name(self) -> str: ...
    @property
    def date_of_birth(self) -> Any: ...
    @property
    def status(self) -> Any: ...
    @property
    def flag_count(self) -> int: ...
    @property
    def worst_outcome(self) -> Outcome | None: ...


def flags_of(row: _Row) -> tuple[int, Outcome | None]:
    """The checklist's flags frozen at check-in, plus the interval rule's as one more (a
    patient back two weeks after a procedure is flagged like a washout answer)."""
    count, outcome = row.flag_count, Outcome(row.worst_outcome) if row.worst_outcome else None
    interval = getattr(row, "interval_outcome", None)
    if interval is None:
        return count, outcome
    worst = max((o for o in (outcome, interval) if o), key=lambda o: o.severity)
    return count + 1, worst


def _severity(row: _Row) -> int:
    _count, outcome = flags_of(row)
    return -1 if outcome is None else outcome.severity


def _attention(row: _Row) -> int:
    """How urgently a row needs a nurse: a flag counts only while the visit awaits review,
    so a cleared, deferred, completed or cancelled visit leaves the flagged block."""
    if VisitStatus(row.status) is not VisitStatus.SUBMITTED or not flags_of(row)[0]:
        return -1
    return _severity(row)


class QueueTableModel(QAbstractTableModel):
    """Rows of the nurse queue: by default those needing attention first (flagged visits
    awaiting review, most serious on top), then by the chosen column; with
    ``attention_first`` off, by the chosen column alone."""

    page_loaded = Signal(int)  # how many rows the page brought
    load_failed = Signal(object)  # the exception, for the screen to explain

    def __init__(
        self,
        zone: ZoneSource,
        *,
        page_size: int = 50,
        runner: Runner = run_task,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._zone_of = zone_reader(zone)
        self.with_dates = False  # show each check-in's date too (search results)
        self._page_size = page_size
        self._runner = runner
        self._rows: list[_Row] = []
        self._loader: PageLoader | None = None
        self._more = False
        self._fetching = False
        self._generation = 0  # a page answering for an older loader is dropped
        self._sort_column = Column.TIME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._attention_first = True

    # -- feeding ---------------------------------------------------------------------------

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_loader(self, loader: PageLoader | None) -> None:
        """Start over with a new source of pages (another day, status filter or search)."""
        self.beginResetModel()
        self._generation += 1
        self._rows = []
        self._loader = loader
        self._more = loader is not None
        self._fetching = False
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._loader is None:
            return
        self._fetching = True
        loader, offset, limit, generation = (
            self._loader,
            len(self._rows),
            self._page_size,
            self._generation,
        )

        def arrived(rows: list[_Row]) -> None:
            if shiboken6.isValid(self):
                self._on_page(generation, rows)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._on_page_failed(generation, exc)

        self._runner(lambda: list(loader(offset, limit)), arrived, failed)

    def _on_page(self, generation: int, rows: list[_Row]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._more = len(rows) >= self._page_size
        self._merge(rows, drop_missing=False)
        self.page_loaded.emit(len(rows))

    def _on_page_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._more = False
        self.load_failed.emit(exc)

    def refresh_limit(self) -> int:
        """How many rows a refresh should ask for to cover what is loaded plus a page."""
        return len(self._rows) + self._page_size

    def update_rows(self, rows: Sequence[_Row], *, asked: int | None = None) -> None:
        """Replace the content with ``rows`` (a fresh read), changing only what changed.

        ``asked`` is the limit the read used: a full answer means more pages may follow.
        """
        self._merge(list(rows), drop_missing=True)
        if asked is not None and self._loader is not None:
            self._more = len(rows) >= asked

    # -- reading ---------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def row_at(self, row: int) -> _Row:
        return self._rows[row]

    def row_of_visit(self, visit_id: int) -> int:
        """The row showing ``visit_id``, or -1."""
        for number, row in enumerate(self._rows):
            if row.visit_id == visit_id:
                return number
        return -1

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.TIME: self.tr("Checked in"),
            Column.NAME: self.tr("Name"),
            Column.DATE_OF_BIRTH: self.tr("Date of birth"),
            Column.STATUS: self.tr("Status"),
            Column.FLAGS: self.tr("Flags"),
        }[Column(section)]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._spoken(row)
        if role == VISIT_ID_ROLE:
            return row.visit_id
        if role == ROW_ROLE:
            return row
        if column is Column.FLAGS:
            return self._flag_style(row, role)
        if role == Qt.ItemDataRole.FontRole and column is Column.NAME and flags_of(row)[0]:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: _Row, column: Column) -> str:
        if column is Column.TIME:
            if self.with_dates:  # rows of many days (a search): the day matters
                return format_datetime(row.checked_in_at, self._zone_of())
            return format_time(row.checked_in_at, self._zone_of())
        if column is Column.NAME:
            return f"{row.first_name} {row.last_name}"
        if column is Column.DATE_OF_BIRTH:
            return format_date(row.date_of_birth)
        if column is Column.STATUS:
            return labels.status_text(row.status)
        return labels.flags_text(*flags_of(row))

    def _spoken(self, row: _Row) -> str:
        return self.tr("{name}, born {dob}, checked in at {time}: {status}, {flags}").format(
            name=f"{row.first_name} {row.last_name}",
            dob=format_date(row.date_of_birth),
            time=format_time(row.checked_in_at, self._zone_of()),
            status=labels.status_text(row.status),
            flags=labels.flags_text(*flags_of(row)),
        )

    def _flag_style(self, row: _Row, role: int) -> Any:
        count, worst = flags_of(row)
        outcome = worst if count else None
        if role == Qt.ItemDataRole.DecorationRole:
            return labels.outcome_icon(outcome)
        if role == Qt.ItemDataRole.BackgroundRole:
            return labels.outcome_tint(outcome)
        if role == Qt.ItemDataRole.ForegroundRole:
            return labels.outcome_colour(outcome).darker(130)
        return None

    # -- ordering --------------------------------------------------------------------------

    @property
    def attention_first(self) -> bool:
        return self._attention_first

    @property
    def sort_column(self) -> Column:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """With ``attention_first``: flagged visits awaiting review on top (most serious
        first); then ``column`` in ``order``."""
        self._sort_column = Column(column)
        self._sort_order = order
        self._apply_order()

    def sort_by(self, column: int, order: Qt.SortOrder, *, attention_first: bool) -> None:
        """The order a reader chose: a column alone, or needs-attention first then a column."""
        self._attention_first = attention_first
        self.sort(column, order)

    def _apply_order(self) -> None:
        target = sorted(self._rows, key=self._sort_key)
        if [r.visit_id for r in target] != [r.visit_id for r in self._rows]:
            self._reorder(target)

    def _sort_key(self, row: _Row) -> tuple[Any, ...]:
        value: Any = {
            Column.TIME: row.checked_in_at,
            Column.NAME: (row.last_name.casefold(), row.first_name.casefold()),
            Column.DATE_OF_BIRTH: row.date_of_birth,
            Column.STATUS: str(row.status),
            Column.FLAGS: (_severity(row), flags_of(row)[0]),
        }[self._sort_column]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        attention = -_attention(row) if self._attention_first else 0
        return (attention, _Reversible(value, descending), row.visit_id)

    # -- merging ---------------------------------------------------------------------------

    def _merge(self, incoming: list[_Row], *, drop_missing: bool) -> None:
        fresh = {row.visit_id: row for row in incoming}
        if drop_missing:
            for number in range(len(self._rows) - 1, -1, -1):
                if self._rows[number].visit_id not in fresh:
                    self.beginRemoveRows(QModelIndex(), number, number)
                    del self._rows[number]
                    self.endRemoveRows()
        known = {row.visit_id for row in self._rows}
        changed: set[int] = set()
        for number, row in enumerate(self._rows):
            if row.visit_id in fresh and fresh[row.visit_id] != row:
                self._rows[number] = fresh[row.visit_id]
                changed.add(row.visit_id)
        target = sorted(
            [*self._rows, *(r for r in incoming if r.visit_id not in known)], key=self._sort_key
        )
        wanted = [r.visit_id for r in target if r.visit_id in known]
        if wanted != [r.visit_id for r in self._rows]:
            self._reorder([r for r in target if r.visit_id in known])
        for number, row in enumerate(target):
            if number >= len(self._rows) or self._rows[number].visit_id != row.visit_id:
                self.beginInsertRows(QModelIndex(), number, number)
                self._rows.insert(number, row)
                self.endInsertRows()
        for number, row in enumerate(self._rows):
            if row.visit_id in changed:
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(Column) - 1))

    def _reorder(self, target: list[_Row]) -> None:
        """Move rows without resetting, so selections follow their visit."""
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.visit_id for row in self._rows]
        new_positions = {row.visit_id: n for n, row in enumerate(target)}
        self._rows = list(target)
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            row = new_positions.get(old_ids[index.row()], -1) if index.row() < len(old_ids) else -1
            moved.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()


class _Reversible:
    """Wraps a sort value so one column can sort descending inside an ascending tuple."""

    __slots__ = ("descending", "value")

    def __init__(self, value: Any, descending: bool) -> None:
        self.value, self.descending = value, descending

    def __lt__(self, other: _Reversible) -> bool:
        if self.descending:
            return bool(other.value < self.value)
        return bool(self.value < other.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversible) and self.value == other.value

    __hash__ = None  # type: ignore[assignment]
