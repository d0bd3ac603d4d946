"""A nurse station on a fresh database with a fixed clock, and helpers to drive it."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool

from kiosk.config import load_settings
from kiosk.printing.folder import FolderBackend
from kiosk.services import documents
from kiosk.services.binding import DocumentActions, NurseServices
from kiosk.services.checkin import submit_checkin
from kiosk.services.staff import LockoutPolicy
from tests.fixtures.database import (
    TEST_PEPPER,
    TEST_PIN,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    make_submission,
)
from tests.fixtures.visits import first_decision
from ui.nurse.station import NurseStation

StationFactory = Callable[..., NurseStation]


def check_in(session_factory, **kwargs) -> int:
    """A check-in with the hand-built checklist at TEST_NOW (``kwargs`` for make_submission)."""
    checklist = build_checklist()
    receipt = submit_checkin(
        session_factory,
        make_submission(checklist, **kwargs),
        checklist=checklist,
        zone=TEST_ZONE,
        clock=fixed_clock(),
    )
    return receipt.visit_id


@pytest.fixture
def cleared_visit(session_factory, nurse) -> int:
    """A checked-in visit the nurse has cleared."""
    visit_id = check_in(session_factory)
    first_decision(session_factory, visit_id, nurse)
    return visit_id


@pytest.fixture
def make_station(qtbot, session_factory, tmp_path) -> Iterator[StationFactory]:
    made: list[NurseStation] = []

    def make(**overrides) -> NurseStation:
        options = dict(
            zone=TEST_ZONE,
            lockout=LockoutPolicy(attempts=3, minutes=15),
            pepper=TEST_PEPPER,
            data_dir=tmp_path / "data",
            checklist_for=build_checklist,
            clock=fixed_clock(),
        )
        station_options = dict(idle_seconds=600, poll_interval_ms=50)
        for key in ("idle_seconds", "poll_interval_ms", "page_size", "preview"):
            if key in overrides:
                station_options[key] = overrides.pop(key)
        for old_name, name in (("station_name", "station"), ("pin_policy", "policy")):
            if old_name in overrides:
                options[name] = overrides.pop(old_name)
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


@pytest.fixture
def printing_station(make_station, session_factory, tmp_path):
    """A station maker whose documents render for real and print into ``make.printed``."""
    settings = load_settings(environ={"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    clinic = dataclasses.replace(settings.clinic, name="Bright Skin Clinic", phone="555-0100")
    settings = dataclasses.replace(settings, clinic=clinic)  # documents refuse placeholders
    printed = tmp_path / "printed"

    def make():
        return make_station(
            render_aftercare=lambda visit_id, actor: documents.render_aftercare(
                session_factory, visit_id, settings=settings, actor=actor
            ),
            render_consent_record=lambda visit_id, actor: documents.render_consent_record(
                session_factory, visit_id, settings=settings, actor=actor
            ),
            print_document=lambda document, actor: documents.print_document(
                session_factory,
                document,
                backend=FolderBackend(printed),
                printer=None,
                actor=actor,
                timeout=5,
            ),
        )

    make.printed = printed
    return make


def sign_in(qtbot, station: NurseStation, member, pin: str = TEST_PIN) -> None:
    """Type the staff code and the PIN on the pad, as a nurse does."""
    page = station.signin_page
    qtbot.waitUntil(lambda: station.stack.currentWidget() is page, timeout=5000)
    page.reset()
    for digit in member.code:
        page.pinpad.digit_buttons[digit].click()
    assert page.code == member.code  # the third digit moved on to the PIN
    for digit in pin:
        page.pinpad.digit_buttons[digit].click()
    page.pinpad.ok_button.click()


def signed_in(qtbot, station: NurseStation, member, pin: str = TEST_PIN) -> NurseStation:
    with qtbot.waitSignal(station.signed_in, timeout=10000):
        sign_in(qtbot, station, member, pin)
    return station
