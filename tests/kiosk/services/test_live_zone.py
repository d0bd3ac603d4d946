"""A nurse station's "today" follows the clinic's time zone as stored now: an administrator
changes it on one station, and another station on the same database follows on its next poll,
without a restart; the store is read at most once per bound, and an unreachable store keeps
the last zone."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from kiosk.config import load_settings
from kiosk.domain.clinic import ClinicDetails
from kiosk.printing.factory import backend_for
from kiosk.services.binding import NurseServices
from kiosk.services.clinic_admin import ClinicAdmin
from kiosk.services.errors import StorageUnavailable
from kiosk.services.live_clinic import LiveSettings, LiveZone
from kiosk.storage import open_database
from tests.fixtures.database import TEST_PEPPER, TEST_ZONE, fixed_clock, keyed
from tests.ui.nurse.conftest import check_in

# 15:30 UTC on 10 March 2026: 11:30 in New York, already 05:30 on the 11th in Kiritimati
NEW_YORK_DAY, KIRITIMATI_DAY = date(2026, 3, 10), date(2026, 3, 11)
FAR_EAST = "Pacific/Kiritimati"


@pytest.fixture
def settings(tmp_path):
    base = load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    return dataclasses.replace(base, clinic=dataclasses.replace(base.clinic, timezone=TEST_ZONE))


@pytest.fixture
def second_station(database):
    """The same database opened again, as a second station opens it."""
    other = keyed(open_database(database.url))
    yield other
    other.dispose()


def station(database, settings, **options) -> NurseServices:
    return NurseServices.from_settings(
        database, settings, pepper=TEST_PEPPER, print_backend=None, clock=fixed_clock(), **options
    )


def set_zone(session_factory, settings, admin, zone: str) -> None:
    """What Administration > Clinic does on the first station."""
    ClinicAdmin(session_factory, settings, backend_for, lambda s: []).save(
        ClinicDetails("Clínica Sol", "Calle Mayor 1", "+34 910 000 000", zone), actor=admin
    )


def test_the_queue_day_follows_a_zone_changed_on_another_station(
    database, second_station, settings, admin, nurse
):
    visit_id = check_in(database.session_factory)
    other = station(second_station, settings, zone_max_age=0)
    assert other.today() == NEW_YORK_DAY
    queue = other.list_queue(other.today(), None, 0, 10, actor=nurse)
    assert [row.visit_id for row in queue] == [visit_id]

    set_zone(database.session_factory, settings, admin, FAR_EAST)
    assert other.today() == NEW_YORK_DAY  # nothing read yet: the GUI thread never waits
    other.queue_changed_since(None, NEW_YORK_DAY, actor=nurse)  # the queue's poll
    assert other.zone == FAR_EAST
    assert other.today() == KIRITIMATI_DAY
    # the check-in at 15:30 UTC is on the 11th in Kiritimati: the queue reads days there now
    queue = other.list_queue(other.today(), None, 0, 10, actor=nurse)
    assert [row.visit_id for row in queue] == [visit_id]
    assert other.list_queue(NEW_YORK_DAY, None, 0, 10, actor=nurse) == []


def test_the_zone_is_read_at_most_once_per_bound(session_factory, settings, admin):
    reads: list[int] = []
    now = [100.0]

    def counted():
        reads.append(1)
        return session_factory

    zone = LiveZone(LiveSettings(settings, counted), max_age=30, clock=lambda: now[0])
    assert zone.follow() == TEST_ZONE and len(reads) == 1
    set_zone(session_factory, settings, admin, FAR_EAST)
    now[0] += 29
    assert [zone.follow() for _ in range(5)] == [TEST_ZONE] * 5  # within the bound: memory
    assert len(reads) == 1
    now[0] += 1
    assert zone.follow() == FAR_EAST and len(reads) == 2


def test_an_unreachable_store_keeps_the_last_zone(session_factory, settings, admin):
    set_zone(session_factory, settings, admin, FAR_EAST)
    reachable = [True]

    def factory():
        if not reachable[0]:
            raise StorageUnavailable()
        return session_factory

    zone = LiveZone(LiveSettings(settings, factory), max_age=0)
    assert zone.follow() == FAR_EAST
    reachable[0] = False
    assert zone.follow() == FAR_EAST
    assert zone.current() == FAR_EAST
