"""Stored records for the record-evidence tests: a check-in with its texts, reviewed, done."""

from __future__ import annotations

from kiosk.domain.aftercare import Area
from kiosk.domain.checkin import CheckinSubmission
from kiosk.domain.visit import Decision
from kiosk.services.checkin import submit_checkin
from kiosk.services.procedures import record_procedure
from kiosk.services.review import decide
from tests.fixtures.database import (
    TEST_ZONE,
    build_checklist,
    build_consent,
    fixed_clock,
    make_submission,
)


def check_in(sf, submission: CheckinSubmission | None = None, **kwargs) -> int:
    """Store a check-in with the consent text shown (so the texts table holds it)."""
    checklist = build_checklist()
    consent = build_consent()
    submission = submission or make_submission(checklist, consent=consent, **kwargs)
    return submit_checkin(
        sf, submission, checklist=checklist, consent=consent, zone=TEST_ZONE, clock=fixed_clock()
    ).visit_id


def complete(sf, visit_id: int, actor) -> int:
    """Clear the visit and record its procedure; returns the visit id."""
    version = decide(sf, visit_id, actor=actor, decision=Decision.CLEAR, expected_version=1)
    record_procedure(
        sf,
        visit_id,
        actor=actor,
        areas=frozenset({Area.FACE}),
        session_number=1,
        notes="",
        expected_version=version,
        clock=fixed_clock(),
    )
    return visit_id
