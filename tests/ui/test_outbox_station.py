"""The kiosk station with its offline outbox, and the nurse station's banner, as real widgets.

- The clinic database cannot be reached: the patient still reads "Thank you", the check-in
  waits in the station's outbox, and the forwarder stores it (once, at the time it was signed)
  as soon as the database answers.
- The nurse station shows which stations hold check-ins that have not arrived, and since when.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.config import load_settings
from kiosk.services.audit import verify_audit_chain
from kiosk.services.outbox import OutboxSummary, report_outbox
from kiosk.storage import DatabaseUnavailable, models, open_database, sqlite_url
from kiosk.storage.problems import StorageCause
from tests.fixtures.database import keyed
from tests.ui.patient.walk import check_in
from ui.nurse.formatting import format_time
from ui.nurse.outbox_banner import OutboxBanner, holdings_query
from ui.outbox_forwarding import OutboxForwarder, open_outbox
from ui.patient.flow import Step
from ui.stations import build_nurse, build_patient
from ui.store import ClinicStore
from ui.store_latch import StoreLatch

SHOTS = os.environ.get("CLINIC_KIOSK_SHOTS")


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(
        None,
        {
            "CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data"),
            "CLINIC_KIOSK_STATION_NAME": "front-desk-1",
        },
    )


def test_server_away_the_patient_is_thanked_and_the_check_in_arrives_later(
    qtbot, settings, tmp_path
) -> None:
    gate = StoreLatch()
    gate.fail(DatabaseUnavailable("the server does not answer", StorageCause.SERVER_AWAY))

    def session_factory():
        return gate.wait(0.2).database.session_factory

    outbox = open_outbox(settings)
    kiosk = build_patient(settings, session_factory, outbox=outbox)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    signed_at = datetime.now(UTC)
    check_in(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE, timeout=15000)
    assert kiosk.stack.currentWidget() is kiosk.done  # "Thank you", not "trying again"
    held = outbox.held()
    assert len(held) == 1 and held[0].submission.identity.last_name == "O'Neil-Pérez"
    kiosk.idle.stop()
    kiosk.done_timer.stop()

    database = keyed(open_database(sqlite_url(settings.data_dir / "clinic.sqlite3")))
    try:
        forwarder = OutboxForwarder(outbox, settings, session_factory, parent=kiosk)
        with qtbot.waitSignal(forwarder.forwarded, timeout=15000) as first:
            forwarder.kick()
        assert first.args[0] is None  # still away: nothing sent, nothing lost
        assert outbox.summary().held == 1

        gate.open(ClinicStore(database=database, pepper=b"p" * 32))  # the server answers again
        with qtbot.waitSignal(forwarder.forwarded, timeout=15000) as second:
            forwarder.kick()
        assert second.args[0].sent == 1 and outbox.summary().held == 0
        with database.session_factory() as session:
            visits = session.execute(
                select(models.Visit.submission_id, models.Visit.checked_in_at)
            ).all()
            report = session.get(models.StationOutbox, "front-desk-1")
        assert [v.submission_id for v in visits] == [held[0].submission.submission_id]
        assert abs(visits[0].checked_in_at - signed_at) < timedelta(seconds=30)
        assert report is not None and report.held == 0
        assert verify_audit_chain(database.session_factory).ok
    finally:
        database.dispose()


def test_the_nurse_station_shows_who_holds_check_ins_and_since_when(
    qtbot, settings, sqlite_database
) -> None:
    now = datetime.now(UTC)
    sf = sqlite_database.session_factory
    report_outbox(sf, "front-desk-2", OutboxSummary(3, now - timedelta(minutes=12)), now)
    report_outbox(sf, "lobby-tablet", OutboxSummary(0, None), now - timedelta(minutes=40))
    report_outbox(sf, "front-desk-1", OutboxSummary(0, None), now)  # all arrived: not shown
    nurse = build_nurse(settings, ClinicStore(database=sqlite_database, pepper=b"p" * 32))
    qtbot.addWidget(nurse)
    banner = nurse.findChild(OutboxBanner)
    assert banner is not None
    with qtbot.waitSignal(banner.loaded, timeout=10000):
        banner.refresh()
    nurse.resize(1280, 800)
    nurse.show()
    assert banner.isVisible()
    text = banner.label.text()
    zone = settings.clinic.timezone
    since = format_time(now - timedelta(minutes=12), zone)  # the reader's clock style
    assert "front-desk-2 holds 3 check-ins" in text and since in text
    assert "lobby-tablet has not been heard from" in text
    assert "front-desk-1" not in text
    if SHOTS:
        nurse.grab().save(str(Path(SHOTS) / "nurse-outbox-banner-1280x800.png"))
        nurse.resize(800, 1280)
        nurse.grab().save(str(Path(SHOTS) / "nurse-outbox-banner-800x1280.png"))
    banner.stop()


def test_the_banner_hides_when_everything_arrived(qtbot, sqlite_database) -> None:
    banner = OutboxBanner(holdings_query(sqlite_database.session_factory), "America/New_York")
    qtbot.addWidget(banner)
    banner.show()
    with qtbot.waitSignal(banner.loaded, timeout=10000) as loaded:
        banner.refresh()
    assert loaded.args[0] == [] and not banner.isVisible()
