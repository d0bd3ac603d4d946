"""The nurse sees a new check-in within 3 seconds, at the station's own polling pace, while
other kiosks keep writing to the same database."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThreadPool

from kiosk.services.binding import NurseServices
from kiosk.services.checkin import submit_checkin
from kiosk.services.staff import LockoutPolicy
from kiosk.storage import open_database
from tests.fixtures.database import TEST_PEPPER, TEST_ZONE, build_checklist, fixed_clock, keyed
from tests.robustness.payloads import CHECKLIST, tagged_submission
from tests.ui.nurse.conftest import signed_in
from ui.nurse.station import NurseStation

pytestmark = pytest.mark.slow

WATCHED = 5  # check-ins whose arrival on the nurse's screen is timed
BACKGROUND = 40  # with the watched ones, within the station's first page of 50


def test_each_check_in_reaches_the_nurse_within_three_seconds(
    qtbot, database, nurse, tmp_path
) -> None:
    kiosk = keyed(open_database(database.url))  # the reception tablet: another station
    busy = keyed(open_database(database.url))  # more tablets, writing all the while
    nurse_desk = keyed(open_database(database.url))  # the nurse station: a third station
    services = NurseServices(
        nurse_desk.session_factory,
        zone=TEST_ZONE,
        lockout=LockoutPolicy(),
        pepper=TEST_PEPPER,
        data_dir=tmp_path / "data",
        checklist_for=build_checklist,
        clock=fixed_clock(),
    )
    # the default poll interval and page size: what the clinic runs
    station = NurseStation(services, idle_seconds=600)
    qtbot.addWidget(station)
    station.show()
    stop = threading.Event()
    failures: list[BaseException] = []

    def background_kiosks() -> None:
        index = 0
        try:
            while index < BACKGROUND:
                submit_checkin(
                    busy.session_factory,
                    tagged_submission("busy", index),
                    checklist=CHECKLIST,
                    zone=TEST_ZONE,
                    clock=fixed_clock(),
                )
                index += 1
                if stop.wait(0.2):  # a patient every fifth of a second, until the test ends
                    return
        except BaseException as exc:
            failures.append(exc)

    load = threading.Thread(target=background_kiosks, daemon=True)
    try:
        signed_in(qtbot, station, nurse)
        load.start()
        for index in range(WATCHED):
            receipt = submit_checkin(
                kiosk.session_factory,
                tagged_submission("reception", index),
                checklist=CHECKLIST,
                zone=TEST_ZONE,
                clock=fixed_clock(),
            )
            visit_id = receipt.visit_id
            qtbot.waitUntil(lambda v=visit_id: station.model.row_of_visit(v) >= 0, timeout=3000)
    finally:
        stop.set()
        load.join(60)
        station.stop()
        station.close()  # whatever closing starts runs before the databases go
        QThreadPool.globalInstance().waitForDone(10000)
        for db in (nurse_desk, kiosk, busy):
            db.dispose()
    assert not load.is_alive() and failures == []
