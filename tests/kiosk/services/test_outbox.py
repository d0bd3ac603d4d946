"""The kiosk's offline outbox: kept locally when the database is unavailable, forwarded
exactly once later with the time the patient signed, and reported to the nurse station."""

from __future__ import annotations

import dataclasses
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.services.audit import verify_audit_chain
from kiosk.services.checkin import check_submission, submit_checkin
from kiosk.services.errors import StorageUnavailable, ValidationError
from kiosk.services.outbox import (
    SILENT_AFTER,
    HeldReceipt,
    Outbox,
    OutboxSummary,
    from_json,
    hold_on_failure,
    report_outbox,
    stations_holding,
    to_json,
)
from kiosk.storage import models
from tests.fixtures.database import TEST_NOW, TEST_ZONE, build_checklist, make_submission

CHECKLIST = build_checklist()
SIGNED = TEST_NOW - timedelta(hours=2)


def check(submission, at):
    return check_submission(submission, checklist=CHECKLIST, zone=TEST_ZONE, now=at)


def away(_submission):
    raise StorageUnavailable(cause="server_away")


def send_to(sf):
    def send(submission, signed_at):
        return submit_checkin(
            sf, submission, checklist=CHECKLIST, zone=TEST_ZONE, clock=lambda: signed_at
        )

    return send


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    return Outbox(tmp_path / "station" / "outbox.sqlite3")


def test_a_submission_survives_the_round_trip_through_the_file() -> None:
    submission = make_submission(CHECKLIST, first_name="Zoë", last_name="O'Brien-Núñez")
    assert from_json(to_json(submission)) == submission


def test_the_outbox_is_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        box = Outbox(tmp_path / "loose" / "outbox.sqlite3")
        box.put(make_submission(CHECKLIST), SIGNED)
    finally:
        os.umask(old)
    assert stat.S_IMODE(box.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(box.path.parent.stat().st_mode) == 0o700
    for side in ("-wal", "-shm"):
        f = box.path.with_name(box.path.name + side)
        if f.exists():
            assert stat.S_IMODE(f.stat().st_mode) & 0o077 == 0


def test_server_away_the_check_in_is_held_and_the_patient_thanked(outbox: Outbox) -> None:
    submit = hold_on_failure(away, check, outbox, lambda: SIGNED)
    submission = make_submission(CHECKLIST)
    receipt = submit(submission)
    assert isinstance(receipt, HeldReceipt) and receipt.queued_at == SIGNED
    assert submit(submission).queued_at == SIGNED  # a second tap keeps the first time
    held = outbox.held()
    assert [h.submission for h in held] == [submission]
    assert outbox.summary() == OutboxSummary(1, SIGNED)


def test_bad_input_is_refused_not_held(outbox: Outbox) -> None:
    submit = hold_on_failure(away, check, outbox, lambda: SIGNED)
    with pytest.raises(ValidationError):
        submit(make_submission(CHECKLIST, station="bad\x00station"))
    assert outbox.summary().held == 0


def test_when_the_outbox_cannot_keep_it_either_the_patient_screen_retries(tmp_path) -> None:
    box = Outbox(tmp_path / "outbox.sqlite3")
    box.path.unlink()
    box.path.mkdir()  # the file is gone and something else stands in its place
    submit = hold_on_failure(away, check, box, lambda: SIGNED)
    with pytest.raises(StorageUnavailable):
        submit(make_submission(CHECKLIST))


def test_forwarding_stores_each_once_at_the_time_it_was_signed(outbox, database) -> None:
    sf = database.session_factory
    first, second = make_submission(CHECKLIST), make_submission(CHECKLIST, first_name="Bea")
    outbox.put(first, SIGNED)
    outbox.put(second, SIGNED + timedelta(minutes=5))
    submit_checkin(sf, first, checklist=CHECKLIST, zone=TEST_ZONE, clock=lambda: SIGNED)
    # ^ the server had stored it and only its answer was lost: forwarding finds it there
    result = outbox.forward(send_to(sf))
    assert (result.sent, result.left, result.server_answered) == (2, 0, True)
    with sf() as session:
        visits = session.execute(
            select(models.Visit.submission_id, models.Visit.checked_in_at)
        ).all()
    assert sorted(visits) == sorted(
        [(first.submission_id, SIGNED), (second.submission_id, SIGNED + timedelta(minutes=5))]
    )
    assert verify_audit_chain(sf).ok


def test_a_refused_check_in_stays_held_with_its_code(outbox, database) -> None:
    outbox.put(make_submission(CHECKLIST), SIGNED)
    changed = dataclasses.replace(CHECKLIST, version="2026-12", sha256="f" * 64)

    def send(submission, signed_at):  # the questions changed while the server was away
        return submit_checkin(
            database.session_factory,
            submission,
            checklist=changed,
            zone=TEST_ZONE,
            clock=lambda: signed_at,
        )

    result = outbox.forward(send)
    assert (result.sent, result.left, result.refused) == (0, 1, 1)
    held = outbox.held()
    assert held[0].problem == "checklist:stale" and held[0].attempts == 1


def test_forwarding_stops_while_the_server_is_away(outbox) -> None:
    for i in range(3):
        outbox.put(make_submission(CHECKLIST), SIGNED + timedelta(seconds=i))
    calls = []

    def send(submission, signed_at):
        calls.append(submission.submission_id)
        raise StorageUnavailable(cause="server_away")

    result = outbox.forward(send)
    assert len(calls) == 1 and result.left == 3 and not result.server_answered


def test_the_nurse_station_sees_who_holds_what_and_who_is_silent(database) -> None:
    sf = database.session_factory
    now = datetime(2026, 3, 10, 16, 0, tzinfo=UTC)
    report_outbox(sf, "front-desk-1", OutboxSummary(3, now - timedelta(minutes=20)), now)
    report_outbox(sf, "front-desk-2", OutboxSummary(0, None), now - SILENT_AFTER * 2)
    report_outbox(sf, "front-desk-3", OutboxSummary(0, None), now)
    report_outbox(sf, "front-desk-1", OutboxSummary(2, now - timedelta(minutes=20)), now)
    shown = stations_holding(sf, now)
    assert [(h.station, h.held, h.silent) for h in shown] == [
        ("front-desk-1", 2, False),
        ("front-desk-2", 0, True),
    ]
    assert shown[0].oldest_at == now - timedelta(minutes=20)
