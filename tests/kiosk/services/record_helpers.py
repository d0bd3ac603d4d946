"""Stored records for the record-evidence tests: a check-in with its texts (completed with
tests.fixtures.visits.complete_visit)."""

from __future__ import annotations

from kiosk.domain.checkin import CheckinSubmission
from kiosk.services.checkin import submit_checkin
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
