"""A nurse station on a fresh database with a fixed clock, and helpers to drive it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool

from kiosk.services.binding import DocumentActions, NurseServices
from kiosk.services.staff import LockoutPolicy
from tests.fixtures.database import (
    TEST_PEPPER,
    TEST_PIN,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
)
from ui.nurse.station import NurseStation

StationFactory = Callable[..., NurseStation]


@pytest.fixture
def make_station(qtbot, session_factory, tmp_path) -> Iterator[StationFactory]:
    made: list[NurseStation] = []

    def make(**overrides) -> NurseStation:
        options = dict(
            zone=TEST_ZONE,
            lockout=LockoutPolicy(attempts=5, minutes=5),
            pepper=TEST_PEPPER,
            data_dir=tmp_path / "data",
            checklist_for=build_checklist,
            clock=fixed_clock(),
        )
        station_options = dict(idle_seconds=600, poll_interval_ms=50)
        for key in ("idle_seconds", "poll_interval_ms", "page_size", "preview"):
            if key in overrides:
                station_options[key] = overrides.pop(key)
        render = overrides.pop("render_aftercare", None)
        send = overrides.pop("print_document", None)
        consent = overrides.pop("render_consent_record", None)
        if render is not None and send is not None:
            options["documents"] = DocumentActions(render, send, consent)
        options.update(overrides)
        station = NurseStation(NurseServices(session_factory, **options), **station_options)
        qtbot.addWidget(station)
        station.resize(1280, 800)
        station.show()
        made.append(station)
        return station

    yield make
    # Let every worker finish its transaction before the database is disposed, so no
    # connection outlives the test.
    for station in made:
        station.stop()
    QThreadPool.globalInstance().waitForDone(10000)


def sign_in(qtbot, station: NurseStation, member, pin: str = TEST_PIN) -> None:
    """Choose the name, type the PIN on the pad, wait for the queue."""
    qtbot.waitUntil(lambda: member.staff_id in station.signin_page.name_buttons, timeout=5000)
    station.signin_page.name_buttons[member.staff_id].click()
    for digit in pin:
        station.signin_page.pinpad.digit_buttons[digit].click()
    station.signin_page.pinpad.ok_button.click()


def signed_in(qtbot, station: NurseStation, member, pin: str = TEST_PIN) -> NurseStation:
    with qtbot.waitSignal(station.signed_in, timeout=10000):
        sign_in(qtbot, station, member, pin)
    return station
