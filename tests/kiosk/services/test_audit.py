"""The hash chain catches an edited, a deleted and a reordered event."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text

from kiosk.services import audit as audit_module
from kiosk.services.audit import record_event, verify_audit_chain
from kiosk.services.audit_log import list_events
from tests.fixtures.database import TEST_NOW
from tests.kiosk.services.helpers import drop_append_only_triggers


@pytest.fixture
def five_events(database):
    with database.session_factory() as session, session.begin():
        for n in range(1, 6):
            record_event(
                session,
                actor="staff:1",
                action=f"test.event{n}",
                subject=f"visit:{n}",
                details={"n": n, "note": "café ✓"},
                at=TEST_NOW + timedelta(seconds=n),
            )
    return database


def tamper(database, *statements: str) -> None:
    drop_append_only_triggers(database, "audit_events")
    with database.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


def test_an_untouched_chain_verifies(five_events):
    report = verify_audit_chain(five_events.session_factory)
    assert (report.ok, report.checked, report.problem) == (True, 5, None)


def test_an_empty_chain_verifies(database):
    assert verify_audit_chain(database.session_factory).ok


def test_an_edited_event_is_caught(five_events):
    tamper(
        five_events, "UPDATE audit_events SET details = replace(details, '3', '9') WHERE seq = 3"
    )
    report = verify_audit_chain(five_events.session_factory)
    assert not report.ok
    assert report.checked == 2
    assert "event 3" in report.problem and "changed" in report.problem


def test_an_edited_actor_is_caught(five_events):
    tamper(five_events, "UPDATE audit_events SET actor = 'staff:2' WHERE seq = 1")
    report = verify_audit_chain(five_events.session_factory)
    assert (report.ok, report.checked) == (False, 0)


def test_a_deleted_event_is_caught(five_events):
    tamper(five_events, "DELETE FROM audit_events WHERE seq = 2")
    report = verify_audit_chain(five_events.session_factory)
    assert not report.ok
    assert "event 2 is missing" in report.problem


def test_deleting_the_newest_events_is_caught(five_events):
    tamper(five_events, "DELETE FROM audit_events WHERE seq >= 4")
    report = verify_audit_chain(five_events.session_factory)
    assert not report.ok
    assert report.checked == 3
    assert "newest events were deleted" in report.problem


def test_reordered_events_are_caught(five_events):
    """Swap two rows' sequence numbers, as if event 4 had come before event 3."""
    tamper(
        five_events,
        "UPDATE audit_events SET seq = 1000 WHERE seq = 3",
        "UPDATE audit_events SET seq = 3 WHERE seq = 4",
        "UPDATE audit_events SET seq = 4 WHERE seq = 1000",
    )
    report = verify_audit_chain(five_events.session_factory)
    assert not report.ok
    assert report.checked == 2
    assert "event 3" in report.problem


def test_list_events_newest_first(five_events):
    events = list_events(five_events.session_factory, limit=2)
    assert [e.seq for e in events] == [5, 4]
    assert events[0].details == {"n": 5, "note": "café ✓"}
    assert events[0].at == TEST_NOW + timedelta(seconds=5)
    assert [e.seq for e in list_events(five_events.session_factory, limit=2, offset=4)] == [1]


def test_events_appended_during_verification_are_not_tampering(five_events, monkeypatch):
    """Another station appends while the chain is walked: the walk stops at the head it read."""
    sf = five_events.session_factory
    check_row = audit_module._check_row
    appended = []

    def check_and_meanwhile_append(*args):
        if not appended:
            with sf() as session, session.begin():
                record_event(session, actor="kiosk:t", action="test.later", subject="x", details={})
            appended.append(True)
        return check_row(*args)

    monkeypatch.setattr(audit_module, "_check_row", check_and_meanwhile_append)
    report = verify_audit_chain(sf)

    assert appended
    assert (report.ok, report.checked) == (True, 5)
    monkeypatch.undo()
    assert verify_audit_chain(sf).checked == 6
