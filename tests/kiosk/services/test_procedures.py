"""Recording a procedure completes a cleared visit; session numbers count completed ones."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.domain.aftercare import Area
from kiosk.domain.visit import VisitStatus
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import ConflictError, NotFoundError, ValidationError
from kiosk.services.procedures import propose_session_number, record_procedure
from kiosk.services.review import visit_detail
from tests.fixtures.database import (
    TEST_NOW,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    make_submission,
)
from tests.fixtures.visits import first_decision
from tests.kiosk.services.helpers import audit_actions

CHECKLIST = build_checklist()


def cleared_visit(sf, actor, at=TEST_NOW) -> int:
    visit_id = submit_checkin(
        sf, make_submission(), checklist=CHECKLIST, zone=TEST_ZONE, clock=fixed_clock(at)
    ).visit_id
    first_decision(sf, visit_id, actor)
    return visit_id


def record(sf, visit_id: int, actor, **overrides) -> int:
    arguments = {
        "actor": actor,
        "areas": frozenset({Area.FACE, Area.NECK}),
        "session_number": 1,
        "notes": "  1.0 mm, tolerated well  ",
        "expected_version": 2,
        "clock": fixed_clock(),
    }
    return record_procedure(sf, visit_id, **{**arguments, **overrides})


def test_recording_completes_the_visit(database, nurse):
    sf = database.session_factory
    visit_id = cleared_visit(sf, nurse)

    procedure_id = record(sf, visit_id, nurse)

    detail = visit_detail(sf, visit_id, actor=nurse, checklist=CHECKLIST)
    assert detail.status is VisitStatus.COMPLETED
    assert detail.version == 3
    (procedure,) = detail.procedures
    assert procedure.procedure_id == procedure_id
    assert procedure.areas == frozenset({Area.FACE, Area.NECK})
    assert (procedure.session_number, procedure.notes) == (1, "1.0 mm, tolerated well")
    assert (procedure.staff_name, procedure.at) == ("Noor Nurse", TEST_NOW)
    assert detail.session_count == 1
    assert "procedure.recorded" in audit_actions(database)


def test_session_numbers_follow_completed_procedures(database, nurse, submitted_visit):
    sf = database.session_factory
    patient_id = submitted_visit.patient_id
    assert propose_session_number(sf, patient_id, actor=nurse) == 1

    first = cleared_visit(sf, nurse, TEST_NOW - timedelta(weeks=7))
    record(sf, first, nurse)
    assert propose_session_number(sf, patient_id, actor=nurse) == 2

    second = cleared_visit(sf, nurse)
    record(sf, second, nurse, session_number=2)
    assert propose_session_number(sf, patient_id, actor=nurse) == 3


def test_unknown_patient(database, nurse):
    with pytest.raises(NotFoundError):
        propose_session_number(database.session_factory, 12345, actor=nurse)


def test_a_visit_must_be_cleared_first(database, nurse, submitted_visit):
    with pytest.raises(ValidationError) as caught:
        record(database.session_factory, submitted_visit.visit_id, nurse, expected_version=1)
    assert caught.value.code == "not_cleared"


def test_a_stale_version_is_a_conflict(database, nurse):
    sf = database.session_factory
    visit_id = cleared_visit(sf, nurse)
    with pytest.raises(ConflictError):
        record(sf, visit_id, nurse, expected_version=1)
    record(sf, visit_id, nurse)
    with pytest.raises(ConflictError):  # recorded twice from two screens
        record(sf, visit_id, nurse)


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"areas": frozenset()}, "areas"),
        ({"session_number": 0}, "session_number"),
        ({"notes": "x" * 2001}, "notes"),
    ],
)
def test_impossible_input_is_refused(database, nurse, overrides, field):
    sf = database.session_factory
    visit_id = cleared_visit(sf, nurse)
    with pytest.raises(ValidationError) as caught:
        record(sf, visit_id, nurse, **overrides)
    assert caught.value.field == field
