"""A queue answer that arrives after the nurse moved to another day (or back) is dropped."""

from __future__ import annotations

import threading

from tests.kiosk.services.test_nurse_day import checked_in
from tests.ui.nurse.conftest import signed_in
from ui.nurse.queue_model import VISIT_ID_ROLE
from ui.tasks import pending_tasks


def _shown(model) -> set[int]:
    return {model.index(r, 0).data(VISIT_ID_ROLE) for r in range(model.rowCount())}


def test_a_late_refresh_from_before_a_day_change_does_not_overwrite_the_rows(
    qtbot, make_station, nurse, session_factory, monkeypatch
) -> None:
    first = checked_in(session_factory, first="Ana")
    station = signed_in(qtbot, make_station(), nurse)
    page = station.queue_page
    qtbot.waitUntil(
        lambda: station.model.rowCount() == 1 and page.poller._marker is not None, timeout=10000
    )
    services = page.context.services
    real = services.list_queue_first
    read, release = threading.Event(), threading.Event()

    def held(*args, **kwargs):
        rows = real(*args, **kwargs)  # read now, answered only once released
        read.set()
        release.wait(20)
        return rows

    monkeypatch.setattr(services, "list_queue_first", held)
    second = checked_in(session_factory, first="Bea")
    page.poller.poll_now()  # sees Bea, reads today's rows and is held
    qtbot.waitUntil(read.is_set, timeout=10000)
    monkeypatch.setattr(services, "list_queue_first", real)

    third = checked_in(session_factory, first="Carla")  # after the held read
    page.day_picker.previous_button.click()
    page.day_picker.today_button.click()  # back to today: its fresh page has all three
    qtbot.waitUntil(lambda: _shown(station.model) == {first, second, third}, timeout=10000)

    release.set()  # the stale answer (without Carla) now arrives
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=10000)
    assert _shown(station.model) == {first, second, third}
    page.poller.poll_now()  # the poller is not left busy by the dropped answer
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=10000)
    assert not page.poller._busy and _shown(station.model) == {first, second, third}
