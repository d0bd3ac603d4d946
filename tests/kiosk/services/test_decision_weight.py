"""Decisions match their weight, in the service: each refusal is a ValidationError code the
screen explains, and nothing is stored until the decision is confirmed as the rule asks."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.text_rules import has_visible_text
from kiosk.domain.visit import Decision, VisitStatus
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import ValidationError
from kiosk.services.review import visit_detail
from tests.fixtures.database import (
    TEST_DAY,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    make_submission,
)
from tests.fixtures.visits import first_decision

RETINOID_YESTERDAY = {"retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, 1)}
EARLIEST = TEST_DAY + timedelta(days=3)  # used yesterday, 3 clear days


def check_in(sf, answers=None) -> int:
    checklist = build_checklist()
    return submit_checkin(
        sf,
        make_submission(checklist, answers=answers),
        checklist=checklist,
        zone=TEST_ZONE,
        clock=fixed_clock(),
    ).visit_id


def refused(sf, visit_id, actor, **kwargs) -> tuple[str, str]:
    with pytest.raises(ValidationError) as caught:
        first_decision(
            sf,
            visit_id,
            actor=actor,
            checklist=build_checklist,
            **kwargs,
        )
    return caught.value.field, caught.value.code


def status(sf, visit_id, actor) -> VisitStatus:
    detail = visit_detail(sf, visit_id, actor=actor, checklist=build_checklist)
    return detail.status


def test_clearing_over_a_reschedule_flag_needs_confirmation_and_a_note(session_factory, nurse):
    sf, who = session_factory, nurse
    visit_id = check_in(sf, RETINOID_YESTERDAY)
    assert refused(sf, visit_id, who, decision=Decision.CLEAR) == (
        "decision",
        "confirm_reschedule",
    )
    assert refused(sf, visit_id, who, decision=Decision.CLEAR, note="ok") == (
        "decision",
        "confirm_reschedule",
    )
    assert refused(sf, visit_id, who, decision=Decision.CLEAR, over_reschedule=True) == (
        "note",
        "required_over_reschedule",
    )
    assert status(sf, visit_id, who) is VisitStatus.SUBMITTED
    first_decision(
        sf,
        visit_id,
        actor=who,
        decision=Decision.CLEAR,
        note="Stopped the retinoid a week ago; label misread.",
        over_reschedule=True,
    )
    assert status(sf, visit_id, who) is VisitStatus.CLEARED


def test_a_visit_without_a_reschedule_flag_clears_in_one_step(session_factory, nurse):
    visit_id = check_in(session_factory)
    first_decision(session_factory, visit_id, nurse)
    assert status(session_factory, visit_id, nurse) is VisitStatus.CLEARED


def test_a_deferral_date_in_the_past_is_refused(session_factory, nurse):
    visit_id = check_in(session_factory)
    assert refused(
        session_factory,
        visit_id,
        nurse,
        decision=Decision.DEFER,
        reason="Wants another day",
        suggested_date=TEST_DAY - timedelta(days=1),
    ) == ("suggested_date", "in_past")


def test_before_the_earliest_safe_date_needs_an_override_and_a_note(session_factory, nurse):
    sf, who = session_factory, nurse
    visit_id = check_in(sf, RETINOID_YESTERDAY)
    early = EARLIEST - timedelta(days=1)
    reason = "Retinoid yesterday"
    assert refused(
        sf, visit_id, who, decision=Decision.DEFER, reason=reason, suggested_date=early
    ) == ("suggested_date", "before_earliest")
    assert refused(
        sf,
        visit_id,
        who,
        decision=Decision.DEFER,
        reason=reason,
        suggested_date=early,
        before_earliest=True,
    ) == ("note", "required_before_earliest")
    first_decision(
        sf,
        visit_id,
        actor=who,
        decision=Decision.DEFER,
        reason=reason,
        suggested_date=early,
        before_earliest=True,
        note="Patient travels; dermatologist agreed by phone.",
        checklist=build_checklist,
    )
    detail = visit_detail(sf, visit_id, actor=who, checklist=build_checklist)
    assert detail.status is VisitStatus.DEFERRED
    assert detail.reviews[-1].suggested_date == early


def test_the_earliest_safe_date_itself_needs_no_override(session_factory, nurse):
    visit_id = check_in(session_factory, RETINOID_YESTERDAY)
    first_decision(
        session_factory,
        visit_id,
        actor=nurse,
        decision=Decision.DEFER,
        reason="Retinoid yesterday",
        suggested_date=EARLIEST,
        checklist=build_checklist,
    )
    assert status(session_factory, visit_id, nurse) is VisitStatus.DEFERRED


@pytest.mark.parametrize(
    "invisible",
    ["\u200b", "\u200b\u200c\u200d", "\u2060\ufeff", " \u00a0\u2003 ", "\u202e\u202c", "\u00ad"],
)
def test_a_reason_must_hold_visible_characters(session_factory, nurse, invisible):
    visit_id = check_in(session_factory)
    assert not has_visible_text(invisible)
    field_code = refused(
        session_factory, visit_id, nurse, decision=Decision.DEFER, reason=invisible
    )
    assert field_code in {("reason", "invisible"), ("reason", "required")}
    assert refused(
        session_factory,
        visit_id,
        nurse,
        decision=Decision.CLEAR,
        note=invisible + "\u200b",
    ) in {("note", "invisible")}
    assert status(session_factory, visit_id, nurse) is VisitStatus.SUBMITTED


@pytest.mark.parametrize("text", ["Sí", "ok.", "محمد", "佐藤", "1", "\u200bAna", "<b>x</b>"])
def test_visible_text_passes(text):
    assert has_visible_text(text)


def test_the_binding_applies_the_same_rules(session_factory, nurse):
    from kiosk.services.binding import NurseServices
    from kiosk.services.staff import LockoutPolicy

    services = NurseServices(
        session_factory,
        zone=TEST_ZONE,
        pepper=b"",
        lockout=LockoutPolicy(),
        clock=fixed_clock(),
        checklist_for=build_checklist,
    )
    visit_id = check_in(session_factory, RETINOID_YESTERDAY)
    with pytest.raises(ValidationError) as caught:
        services.defer(
            visit_id,
            actor=nurse,
            expected_version=1,
            reason="Too early",
            suggested_date=date(2026, 3, 11),
        )
    assert caught.value.code == "before_earliest"
    result = services.clear(
        visit_id,
        actor=nurse,
        expected_version=1,
        note="Checked with the patient.",
        over_reschedule=True,
    )
    assert (result.visit_id, result.decision, result.version) == (visit_id, Decision.CLEAR, 2)


def test_the_interval_rule_weighs_like_a_reschedule_flag(session_factory, nurse):
    """A procedure 14 days ago: under the leaflet's 6 weeks, so clearing needs the
    confirmation, and a date before last + 6 weeks needs the override."""
    from kiosk.domain.aftercare import Area
    from kiosk.services.procedures import record_procedure

    sf, checklist = session_factory, build_checklist()
    two_weeks_ago = TEST_DAY - timedelta(days=14)
    earlier = submit_checkin(
        sf,
        make_submission(checklist, procedure_date=two_weeks_ago),
        checklist=checklist,
        zone=TEST_ZONE,
        clock=fixed_clock(),
    ).visit_id
    version = first_decision(sf, earlier, nurse)
    record_procedure(
        sf,
        earlier,
        actor=nurse,
        areas=frozenset({Area.FACE}),
        session_number=1,
        notes="",
        expected_version=version,
        clock=fixed_clock(),
    )
    today = check_in(sf)  # the same patient, nothing flagged in the checklist
    assert refused(sf, today, nurse, decision=Decision.CLEAR) == ("decision", "confirm_reschedule")
    six_weeks = two_weeks_ago + timedelta(weeks=6)
    assert refused(
        sf,
        today,
        nurse,
        decision=Decision.DEFER,
        reason="Too soon after the last session",
        suggested_date=six_weeks - timedelta(days=1),
    ) == ("suggested_date", "before_earliest")
    first_decision(
        sf,
        today,
        actor=nurse,
        decision=Decision.DEFER,
        reason="Too soon after the last session",
        suggested_date=six_weeks,
        checklist=build_checklist,
    )
    assert status(sf, today, nurse) is VisitStatus.DEFERRED
