"""The admin's audit view: filtered by staff member, visit (with its documents) and day, and
only for a signed-in administrator."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.domain.visit import Decision
from kiosk.services.audit_log import list_events
from kiosk.services.errors import AuthError
from kiosk.services.review import decide, visit_detail
from kiosk.services.signin import sign_out
from kiosk.storage import models
from tests.fixtures.database import TEST_DAY, TEST_NOW, TEST_ZONE, build_checklist, fixed_clock


def test_filters_by_staff_visit_and_day(database, admin, nurse, submitted_visit):
    sf = database.session_factory
    visit_id = submitted_visit.visit_id
    visit_detail(sf, visit_id, actor=nurse, checklist=build_checklist("en"), clock=fixed_clock())
    decide(
        sf,
        visit_id,
        actor=nurse,
        decision=Decision.CLEAR,
        expected_version=1,
        clock=fixed_clock(TEST_NOW + timedelta(days=1)),
    )
    with sf.begin() as session:  # a document of the visit, as the documents service stores it
        session.add(
            models.Document(
                visit_id=visit_id,
                kind="aftercare",
                sha256="0" * 64,
                filename="a.pdf",
                staff_id=nurse.staff_id,
                created_at=TEST_NOW,
            )
        )
    from kiosk.services.audit import record_event

    with sf.begin() as session:
        record_event(
            session,
            actor=f"staff:{nurse.staff_id}",
            action="document.printed",
            subject="document:1",
            details={"job_id": 1},
            at=TEST_NOW,
        )

    mine = list_events(sf, staff_id=nurse.staff_id, actor=admin)
    assert mine and all(f"staff:{nurse.staff_id}" in (e.actor, e.subject) for e in mine)
    assert {"visit.viewed", "visit.cleared", "staff.created", "staff.signin.ok"} <= {
        e.action for e in mine
    }

    of_visit = list_events(sf, visit_id=visit_id, actor=admin)
    assert [e.action for e in of_visit] == [
        "document.printed",
        "visit.cleared",
        "visit.viewed",
        "checkin.submitted",
    ]

    today = list_events(sf, day=TEST_DAY, zone=TEST_ZONE, actor=admin)
    assert "visit.cleared" not in {e.action for e in today}  # decided the next day
    tomorrow = list_events(sf, day=TEST_DAY + timedelta(days=1), zone=TEST_ZONE, actor=admin)
    assert [e.action for e in tomorrow] == ["visit.cleared"]


def test_only_a_signed_in_administrator_reads_the_audit(database, admin, nurse):
    sf = database.session_factory
    with pytest.raises(AuthError):
        list_events(sf, actor=nurse)
    sign_out(sf, admin, clock=fixed_clock())
    with pytest.raises(AuthError):
        list_events(sf, actor=admin)
