"""QueueTableModel without any window: rows, roles, ordering, paging, stable updates."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon

from kiosk.domain.checklist import Outcome
from kiosk.domain.visit import VisitStatus
from kiosk.services.results.queue import QueueRow
from ui.nurse.queue_model import ROW_ROLE, VISIT_ID_ROLE, Column, QueueTableModel

ZONE = "America/New_York"
START = datetime(2026, 3, 10, 13, 0, tzinfo=UTC)  # 9:00 in New York


def row(
    visit_id: int,
    minutes: int = 0,
    *,
    flags: int = 0,
    outcome: Outcome | None = None,
    status: VisitStatus = VisitStatus.SUBMITTED,
    first: str = "Ana",
    last: str | None = None,
) -> QueueRow:
    return QueueRow(
        visit_id=visit_id,
        checked_in_at=START + timedelta(minutes=minutes),
        first_name=first,
        last_name=last or f"Patient{visit_id}",
        date_of_birth=date(1990, 5, 17),
        procedure_date=date(2026, 3, 10),
        status=status,
        flag_count=flags,
        worst_outcome=outcome,
        version=1,
    )


def sync_runner(fn, on_success, on_failure):
    """Runs the page load at once, so paging is tested without threads."""
    try:
        result = fn()
    except Exception as exc:
        on_failure(exc)
    else:
        on_success(result)


def ids(model: QueueTableModel) -> list[int]:
    return [model.index(r, 0).data(VISIT_ID_ROLE) for r in range(model.rowCount())]


def pages_of(rows: list[QueueRow], calls: list[tuple[int, int]]):
    def loader(offset: int, limit: int) -> list[QueueRow]:
        calls.append((offset, limit))
        return rows[offset : offset + limit]

    return loader


@pytest.fixture
def model(qapp) -> QueueTableModel:
    return QueueTableModel(ZONE, page_size=3, runner=sync_runner)


def test_empty_model_has_five_columns_and_headers(model):
    assert model.rowCount() == 0
    assert model.columnCount() == 5
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Checked in", "Name", "Date of birth", "Status", "Flags"]
    assert not model.canFetchMore(QModelIndex())


def test_display_roles_show_clinic_time_words_and_dates(model):
    model.update_rows([row(1, 5, flags=2, outcome=Outcome.RESCHEDULE, first="José")])
    cells = [model.index(0, c).data() for c in range(5)]
    assert cells[Column.TIME].replace("\u202f", " ") == "9:05 AM"
    assert cells[Column.NAME] == "José Patient1"
    assert cells[Column.DATE_OF_BIRTH] == "May 17, 1990"
    assert cells[Column.STATUS] == "Waiting for review"
    assert cells[Column.FLAGS] == "2 flags · Reschedule"


def test_flags_have_icon_colour_and_words_not_colour_alone(model):
    model.update_rows([row(1, flags=1, outcome=Outcome.NURSE_REVIEW), row(2, 1)])
    flagged = model.index(0, Column.FLAGS)
    clear = model.index(1, Column.FLAGS)
    assert flagged.data() == "1 flag · Nurse review"
    assert clear.data() == "No flags"
    assert isinstance(flagged.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert not flagged.data(Qt.ItemDataRole.DecorationRole).isNull()
    tint = flagged.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(tint, QColor)
    assert tint != clear.data(Qt.ItemDataRole.BackgroundRole)
    spoken = model.index(0, Column.NAME).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Nurse review" in spoken and "Ana Patient1" in spoken
    assert model.index(0, 0).data(ROW_ROLE).visit_id == 1


def test_flagged_first_most_serious_on_top_then_by_time(model):
    model.update_rows(
        [
            row(1, 0),
            row(2, 10, flags=1, outcome=Outcome.PREPARE_ON_ARRIVAL),
            row(3, 20, flags=1, outcome=Outcome.RESCHEDULE),
            row(4, 5, flags=2, outcome=Outcome.RESCHEDULE),
            row(5, 1),
        ]
    )
    assert ids(model) == [4, 3, 2, 1, 5]


def test_sorting_by_a_column_keeps_flagged_rows_on_top(model):
    model.update_rows(
        [
            row(1, 0, last="Zapata"),
            row(2, 1, last="Adams"),
            row(3, 2, last="Moreno", flags=1, outcome=Outcome.NURSE_REVIEW),
        ]
    )
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [3, 2, 1]
    model.sort(Column.TIME, Qt.SortOrder.DescendingOrder)
    assert ids(model) == [3, 2, 1]
    model.sort(Column.TIME, Qt.SortOrder.AscendingOrder)
    assert ids(model) == [3, 1, 2]


def test_fetch_more_pages_until_a_short_page(model):
    rows = [row(n, n) for n in range(1, 8)]
    calls: list[tuple[int, int]] = []
    model.set_loader(pages_of(rows, calls))
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 3
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 7
    assert calls == [(0, 3), (3, 3), (6, 3)]
    assert not model.canFetchMore(QModelIndex())
    assert ids(model) == list(range(1, 8))


def test_a_failed_page_is_reported_and_stops_paging(model):
    def broken(offset: int, limit: int):
        raise RuntimeError("database away")

    failures: list[BaseException] = []
    model.load_failed.connect(failures.append)
    model.set_loader(broken)
    model.fetchMore(QModelIndex())
    assert [str(f) for f in failures] == ["database away"]
    assert not model.canFetchMore(QModelIndex())


def test_pages_load_on_a_worker_with_run_task(qtbot):
    model = QueueTableModel(ZONE, page_size=2)  # the real run_task
    model.set_loader(pages_of([row(1), row(2, 1), row(3, 2)], []))
    with qtbot.waitSignal(model.page_loaded, timeout=5000) as blocker:
        model.fetchMore(QModelIndex())
    assert blocker.args == [2]
    assert ids(model) == [1, 2]
    assert model.canFetchMore(QModelIndex())


def test_update_inserts_changes_and_removes_in_place_keeping_selection(model):
    model.update_rows([row(1, 0), row(2, 10), row(3, 20)])
    selected = QPersistentModelIndex(model.index(1, Column.NAME))  # visit 2
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    changed: list[int] = []
    resets: list[bool] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.dataChanged.connect(lambda top, _bottom, _roles=(): changed.append(top.row()))
    model.modelReset.connect(lambda: resets.append(True))

    model.update_rows(
        [
            row(2, 10, status=VisitStatus.CLEARED),
            row(3, 20),
            row(4, 30),
            row(5, 5, flags=1, outcome=Outcome.RESCHEDULE),
        ]
    )

    assert ids(model) == [5, 2, 3, 4]
    assert removed == [(0, 0)]
    assert sorted(inserted) == [(0, 0), (3, 3)]
    assert resets == []
    assert selected.isValid() and selected.data(VISIT_ID_ROLE) == 2
    assert model.index(selected.row(), Column.STATUS).data() == "Cleared"
    assert changed == [selected.row()]


def test_an_unchanged_update_emits_nothing(model):
    rows = [row(1), row(2, 1)]
    model.update_rows(rows)
    signals: list[str] = []
    model.dataChanged.connect(lambda *a: signals.append("changed"))
    model.rowsInserted.connect(lambda *a: signals.append("inserted"))
    model.layoutChanged.connect(lambda *a: signals.append("layout"))
    model.update_rows([replace(r) for r in rows])
    assert signals == []


def test_update_reports_whether_more_pages_may_follow(model):
    model.set_loader(pages_of([row(n, n) for n in range(1, 5)], []))
    model.fetchMore(QModelIndex())
    limit = model.refresh_limit()
    assert limit == 6
    model.update_rows([row(n, n) for n in range(1, 5)], asked=limit)
    assert not model.canFetchMore(QModelIndex())
