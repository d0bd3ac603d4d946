"""Two nurse stations on one database: an administrator changes the clinic's time zone on
one, and the other's queue moves to the new zone's today on its own polls, without restart."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from tests.fixtures.database import TEST_NOW
from tests.kiosk.services.test_live_zone import (  # noqa: F401 - fixtures
    FAR_EAST,
    KIRITIMATI_DAY,
    NEW_YORK_DAY,
    second_station,
    set_zone,
    settings,
    station,
)
from tests.ui.nurse.conftest import check_in, signed_in
from ui.nurse.formatting import format_date, format_time
from ui.nurse.queue_model import Column
from ui.nurse.station import NurseStation


def test_the_other_stations_queue_follows_the_new_zone(
    qtbot,
    database,
    second_station,  # noqa: F811
    settings,  # noqa: F811
    admin,
    nurse,
):
    visit_id = check_in(database.session_factory)
    other = NurseStation(station(second_station, settings, zone_max_age=0), poll_interval_ms=50)
    qtbot.addWidget(other)
    other.resize(1280, 800)
    other.show()
    try:
        signed_in(qtbot, other, nurse)
        page = other.queue_page
        qtbot.waitUntil(lambda: page.day == NEW_YORK_DAY and other.model.rowCount() == 1)
        set_zone(database.session_factory, settings, admin, FAR_EAST)
        qtbot.waitUntil(lambda: page.day == KIRITIMATI_DAY, timeout=5000)
        assert format_date(KIRITIMATI_DAY) in page.title.text()
        # 15:30 UTC is on the 11th in Kiritimati: the check-in is in the new day's queue
        qtbot.waitUntil(lambda: other.model.rowCount() == 1, timeout=5000)
        assert other.model.row_at(0).visit_id == visit_id
        shown = other.model.index(0, Column.TIME).data()
        assert shown == format_time(TEST_NOW, FAR_EAST)  # its time in the clinic's zone now
    finally:
        other.stop()
        QThreadPool.globalInstance().waitForDone(10000)
