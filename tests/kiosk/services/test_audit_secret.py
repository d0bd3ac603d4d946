"""The clinic audit secret and the checkpoint: never a silent new chain, never a moved head."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from kiosk.services.audit import (
    KEYED_ACTION,
    canonical_json,
    legacy_event_hash,
    record_event,
    verify_audit_chain,
)
from kiosk.services.audit_log import list_events
from kiosk.services.audit_secret import (
    AuditSecretProblem,
    attach_audit_key,
    checkpoint_path,
    read_checkpoint,
    secret_path,
    wait_for_anchors,
)
from kiosk.storage import open_database
from kiosk.storage.models import GENESIS_HASH
from tests.fixtures.database import TEST_AUDIT_KEY
from tests.kiosk.services.helpers import drop_append_only_triggers


@pytest.fixture
def unkeyed(database):
    """The same database without a secret attached: what a station sees at start-up."""
    db = open_database(database.url)
    yield db
    db.dispose()


def append(db, n: int = 3) -> None:
    with db.session_factory() as session, session.begin():
        for i in range(n):
            record_event(
                session, actor="system", action="test.event", subject="x", details={"i": i}
            )


def write_legacy_chain(db, n: int = 3) -> None:
    """Events as the version before the secret wrote them: plain SHA-256."""
    prev = GENESIS_HASH
    at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    with db.engine.begin() as conn:
        for seq in range(1, n + 1):
            details = canonical_json({"n": seq})
            fields = dict(seq=seq, at=at, actor="system", action="old.event", subject="x")
            digest = legacy_event_hash(prev, details=details, **fields)
            conn.execute(
                text(
                    "INSERT INTO audit_events (seq, at, actor, action, subject, details,"
                    " prev_hash, hash) VALUES (:seq, :at, :actor, :action, :subject, :details,"
                    " :prev, :hash)"
                ),
                {
                    **fields,
                    "at": at.replace(tzinfo=None),
                    "details": details,
                    "prev": prev,
                    "hash": digest,
                },
            )
            prev = digest
            at += timedelta(minutes=1)
        conn.execute(text("UPDATE audit_head SET seq = :s, hash = :h"), {"s": n, "h": prev})


def test_a_new_log_gets_a_private_secret_and_an_anchor(unkeyed, tmp_path):
    key = attach_audit_key(unkeyed, tmp_path)
    assert secret_path(tmp_path).read_bytes() == key and len(key) == 32
    assert stat.S_IMODE(secret_path(tmp_path).stat().st_mode) == 0o600
    assert stat.S_IMODE(checkpoint_path(tmp_path).stat().st_mode) == 0o600
    append(unkeyed)
    assert wait_for_anchors()
    anchored = read_checkpoint(checkpoint_path(tmp_path), key)
    assert anchored.seq == 3  # moved after the commit that appended
    assert verify_audit_chain(unkeyed.session_factory).ok


def test_a_missing_secret_with_a_keyed_log_stops_the_start(database, unkeyed, tmp_path):
    append(database)  # written with the clinic's secret (the fixture's)
    with pytest.raises(AuditSecretProblem, match="is missing"):
        attach_audit_key(unkeyed, tmp_path)
    assert not secret_path(tmp_path).exists()  # no new secret, so no new chain


def test_a_wrong_secret_stops_the_start(database, unkeyed, tmp_path):
    append(database)
    secret_path(tmp_path).write_bytes(bytes(32))
    with pytest.raises(AuditSecretProblem, match="not the one"):
        attach_audit_key(unkeyed, tmp_path)
    secret_path(tmp_path).write_bytes(TEST_AUDIT_KEY)
    assert attach_audit_key(unkeyed, tmp_path) == TEST_AUDIT_KEY


def test_an_unkeyed_log_is_closed_by_a_keyed_event_that_records_its_head(unkeyed, tmp_path):
    write_legacy_chain(unkeyed)
    with unkeyed.engine.connect() as conn:
        old_head = conn.execute(text("SELECT hash FROM audit_head")).scalar()
    attach_audit_key(unkeyed, tmp_path)
    newest = list_events(unkeyed.session_factory, limit=1)[0]
    assert newest.action == KEYED_ACTION
    assert newest.details == {"legacy_head_seq": 3, "legacy_head_hash": old_head}
    append(unkeyed)
    assert verify_audit_chain(unkeyed.session_factory).ok
    attach_audit_key(unkeyed, tmp_path)  # the next start: nothing more to close
    assert [e.action for e in list_events(unkeyed.session_factory)].count(KEYED_ACTION) == 1

    drop_append_only_triggers(unkeyed, "audit_events")
    with unkeyed.engine.begin() as conn:
        conn.execute(text("UPDATE audit_events SET subject = 'y' WHERE seq = 2"))
    report = verify_audit_chain(unkeyed.session_factory)
    assert not report.ok and "event 2" in report.problem


def test_a_log_rehashed_with_the_programs_code_does_not_pass(database, tmp_path):
    """The attacker's rewrite: edit an event, recompute every hash with the public function."""
    append(database, 4)
    drop_append_only_triggers(database, "audit_events")
    with database.engine.begin() as conn:
        rows = conn.execute(
            text("SELECT seq, at, actor, action, subject, details FROM audit_events ORDER BY seq")
        ).all()
        prev = GENESIS_HASH
        for seq, at, actor, action, subject, details in rows:
            if seq == 2:
                details = details.replace('"i":1', '"i":7')
            when = at if isinstance(at, datetime) else datetime.fromisoformat(str(at))
            digest = legacy_event_hash(
                prev,
                seq=seq,
                at=when.replace(tzinfo=UTC),
                actor=actor,
                action=action,
                subject=subject,
                details=details,
            )
            conn.execute(
                text(
                    "UPDATE audit_events SET details = :d, prev_hash = :p, hash = :h WHERE seq = :s"
                ),
                {"d": details, "p": prev, "h": digest, "s": seq},
            )
            prev = digest
        conn.execute(text("UPDATE audit_head SET hash = :h"), {"h": prev})
    report = verify_audit_chain(database.session_factory)
    assert not report.ok
    assert "signed with this clinic's audit secret" in report.problem


def test_truncating_and_moving_the_head_back_stops_the_next_start(unkeyed, tmp_path):
    attach_audit_key(unkeyed, tmp_path)
    append(unkeyed, 5)
    assert wait_for_anchors()
    drop_append_only_triggers(unkeyed, "audit_events")
    with unkeyed.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq > 3"))
        head = conn.execute(text("SELECT hash FROM audit_events WHERE seq = 3")).scalar()
        conn.execute(text("UPDATE audit_head SET seq = 3, hash = :h"), {"h": head})
    assert verify_audit_chain(unkeyed.session_factory).ok  # the chain alone looks whole
    with pytest.raises(AuditSecretProblem, match=r"cut short.*saw event 5"):
        attach_audit_key(unkeyed, tmp_path)


def test_an_edited_checkpoint_is_refused(unkeyed, tmp_path):
    attach_audit_key(unkeyed, tmp_path)
    append(unkeyed, 2)
    assert wait_for_anchors()
    where = checkpoint_path(tmp_path)
    saved = json.loads(where.read_text())
    saved["seq"] = 1
    where.write_text(json.dumps(saved))
    with pytest.raises(AuditSecretProblem, match="not signed with this clinic's audit secret"):
        attach_audit_key(unkeyed, tmp_path)


def test_a_backup_carries_its_signed_checkpoint_and_a_restore_with_it_starts(
    sqlite_database, tmp_path
):
    from kiosk.services.backup import backup_database, checkpoint_beside
    from kiosk.storage import sqlite_url

    station = tmp_path / "station"
    station.mkdir()
    secret_path(station).write_bytes(TEST_AUDIT_KEY)  # the clinic's secret on this station
    attach_audit_key(sqlite_database, station)
    append(sqlite_database, 2)
    backup = backup_database(sqlite_database, tmp_path / "backups" / "clinic.sqlite3")
    beside = read_checkpoint(checkpoint_beside(backup), TEST_AUDIT_KEY)
    assert beside.seq == 2
    append(sqlite_database, 3)  # the day goes on: the station anchors event 5
    assert wait_for_anchors()

    restored = open_database(sqlite_url(backup))  # IT restores yesterday's copy...
    try:
        with pytest.raises(AuditSecretProblem, match="cut short"):
            attach_audit_key(restored, station)  # ...without its checkpoint: refused
        checkpoint_path(station).write_bytes(checkpoint_beside(backup).read_bytes())
        attach_audit_key(restored, station)  # with it: the restore is accepted
        assert verify_audit_chain(restored.session_factory).ok
    finally:
        restored.dispose()
