"""The queue refresh reads however many rows are loaded, in pages the service accepts."""

from datetime import date

import pytest

from kiosk.services.binding import NurseServices
from kiosk.services.errors import ValidationError
from kiosk.services.staff import LockoutPolicy
from kiosk.services.transactions import MAX_PAGE, check_page


class PagedStore(NurseServices):
    """The real page rule (check_page) over a list of fake rows."""

    def __init__(self, total: int) -> None:
        super().__init__(None, zone="UTC", pepper=b"", lockout=LockoutPolicy())
        self.rows = list(range(total))
        self.calls: list[tuple[int, int]] = []

    def list_queue(self, day, status, offset, limit, *, actor):  # type: ignore[override]
        check_page(limit, offset)
        self.calls.append((offset, limit))
        return self.rows[offset : offset + limit]


def test_a_refresh_larger_than_a_page_is_read_in_pages() -> None:
    store = PagedStore(total=1234)
    assert store.list_queue_first(date(2026, 11, 24), None, 1100, actor=None) == list(range(1100))
    assert all(limit <= MAX_PAGE for _, limit in store.calls)
    assert [offset for offset, _ in store.calls] == [0, 500, 1000]


def test_fewer_rows_than_asked_stops_at_the_end() -> None:
    store = PagedStore(total=520)
    assert store.list_queue_first(date(2026, 11, 24), None, 1100, actor=None) == list(range(520))


def test_the_service_refuses_an_oversized_page() -> None:
    with pytest.raises(ValidationError):
        check_page(MAX_PAGE + 1, 0)
