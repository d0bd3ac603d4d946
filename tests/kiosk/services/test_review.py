"""The nurse's queue, search, visit detail and decisions."""

from __future__ import annotations

import dataclasses
import json
import threading
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from kiosk.domain.checklist import Answer, Choice, ItemKind, Outcome
from kiosk.domain.visit import Decision, VisitStatus
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import ConflictError, NotFoundError, ValidationError
from kiosk.services.name_search import search_visits
from kiosk.services.review import (
    list_queue,
    queue_changed_since,
    visit_detail,
)
from kiosk.storage import models
from tests.fixtures.database import (
    TEST_DAY,
    TEST_NOW,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    make_submission,
)
from tests.fixtures.visits import first_decision
from tests.kiosk.services.helpers import audit_actions, count

CHECKLIST = build_checklist()


def check_in(sf, at: datetime, first: str = "Ana", last: str = "García", **kwargs):
    submission = make_submission(first_name=first, last_name=last, **kwargs)
    return submit_checkin(
        sf, submission, checklist=CHECKLIST, zone=TEST_ZONE, clock=fixed_clock(at)
    ).visit_id


NOT_SURE = {"active_acne": Answer("active_acne", Choice.NOT_SURE)}


# -- the queue -----------------------------------------------------------------------------


def test_queue_holds_the_clinic_day_flagged_first_then_by_time(nurse, database):
    sf = database.session_factory
    # 23:30 on 9 March in New York (EDT since 8 March), although it is already 10 March in UTC:
    check_in(sf, datetime(2026, 3, 10, 3, 30, tzinfo=UTC), "Late", "Yesterday")
    early_clear = check_in(sf, datetime(2026, 3, 10, 13, 0, tzinfo=UTC), "Early", "Clear")
    later_flag = check_in(
        sf, datetime(2026, 3, 10, 14, 0, tzinfo=UTC), "Later", "Flag", answers=NOT_SURE
    )
    first_flag = check_in(
        sf, datetime(2026, 3, 10, 13, 30, tzinfo=UTC), "First", "Flag", answers=NOT_SURE
    )
    # 23:59 on 10 March in New York is 11 March in UTC: still today's queue.
    night = check_in(sf, datetime(2026, 3, 11, 3, 59, tzinfo=UTC), "Night", "Owl")

    rows = list_queue(sf, TEST_DAY, actor=nurse, zone=TEST_ZONE)

    assert [r.visit_id for r in rows] == [first_flag, later_flag, early_clear, night]
    flagged = rows[0]
    assert (flagged.first_name, flagged.last_name) == ("First", "Flag")
    assert flagged.flag_count == 1
    assert flagged.worst_outcome is Outcome.NURSE_REVIEW
    assert flagged.status is VisitStatus.SUBMITTED
    assert flagged.checked_in_at == datetime(2026, 3, 10, 13, 30, tzinfo=UTC)
    assert rows[2].worst_outcome is None
    assert [
        r.visit_id for r in list_queue(sf, TEST_DAY, actor=nurse, zone=TEST_ZONE, limit=2, offset=1)
    ] == [
        later_flag,
        early_clear,
    ]


def test_queue_filters_by_status(nurse, database, submitted_visit, admin):
    sf = database.session_factory
    other = check_in(sf, TEST_NOW, "Bo", "Lee")
    first_decision(sf, other, admin)

    cleared = list_queue(sf, TEST_DAY, actor=nurse, zone=TEST_ZONE, status=VisitStatus.CLEARED)
    waiting = list_queue(sf, TEST_DAY, actor=nurse, zone=TEST_ZONE, status=VisitStatus.SUBMITTED)

    assert [r.visit_id for r in cleared] == [other]
    assert [r.visit_id for r in waiting] == [submitted_visit.visit_id]


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (501, 0), (10, -1)])
def test_impossible_pages_are_refused(nurse, database, limit, offset):
    with pytest.raises(ValidationError):
        list_queue(
            database.session_factory,
            TEST_DAY,
            actor=nurse,
            zone=TEST_ZONE,
            limit=limit,
            offset=offset,
        )


# -- search --------------------------------------------------------------------------------


@pytest.fixture
def three_patients(database):
    sf = database.session_factory
    return {
        "jose": check_in(sf, TEST_NOW, "José", "Pérez", date_of_birth=date(1980, 1, 1)),
        "maria": check_in(sf, TEST_NOW, "María", "Perea", date_of_birth=date(1990, 2, 2)),
        "percent": check_in(sf, TEST_NOW, "Al", "O_Neil", date_of_birth=date(1990, 2, 2)),
    }


@pytest.mark.parametrize(
    ("text", "dob", "expected"),
    [
        ("jose", None, {"jose"}),
        ("JOSÉ P", None, {"jose"}),
        ("pere", None, {"jose", "maria"}),
        ("PEREZ", None, {"jose"}),
        ("  maria  ", None, {"maria"}),
        ("per", date(1990, 2, 2), {"maria"}),
        (None, date(1990, 2, 2), {"maria", "percent"}),
        ("o_", None, {"percent"}),
        ("%", None, set()),
        ("o%", None, set()),
        ("' OR 1=1 --", None, set()),
    ],
)
def test_search_by_name_prefix_and_birth_date(nurse, database, three_patients, text, dob, expected):
    rows = search_visits(database.session_factory, actor=nurse, text=text, date_of_birth=dob)
    wanted = {three_patients[name] for name in expected}
    assert {r.visit_id for r in rows} == wanted


def test_search_needs_a_name_or_a_birth_date(nurse, database):
    with pytest.raises(ValidationError) as caught:
        search_visits(database.session_factory, actor=nurse, text="   ")
    assert caught.value.code == "empty"


def test_search_pages_newest_first(nurse, database):
    sf = database.session_factory
    ids = [check_in(sf, TEST_NOW + timedelta(minutes=i)) for i in range(3)]
    assert [r.visit_id for r in search_visits(sf, actor=nurse, text="ana", limit=2)] == ids[::-1][
        :2
    ]
    assert [r.visit_id for r in search_visits(sf, actor=nurse, text="ana", limit=2, offset=2)] == [
        ids[0]
    ]


# -- change marker -------------------------------------------------------------------------


def test_queue_change_marker(nurse, database, admin):
    sf = database.session_factory
    changed, marker = queue_changed_since(sf, None, actor=nurse)
    assert changed
    assert queue_changed_since(sf, marker, actor=nurse) == (False, marker)

    visit_id = check_in(sf, TEST_NOW)
    changed, after_checkin = queue_changed_since(sf, marker, actor=nurse)
    assert changed
    assert queue_changed_since(sf, after_checkin, actor=nurse) == (False, after_checkin)

    visit_detail(sf, visit_id, actor=admin, checklist=CHECKLIST)
    assert queue_changed_since(sf, after_checkin, actor=nurse) == (
        False,
        after_checkin,
    )  # a view is no change

    first_decision(sf, visit_id, admin)
    changed, after_decision = queue_changed_since(sf, after_checkin, actor=nurse)
    assert changed
    assert after_decision != after_checkin


def test_the_days_change_marker_ignores_other_days(nurse, database, admin):
    sf = database.session_factory
    today = TEST_NOW.astimezone(ZoneInfo(TEST_ZONE)).date()
    _, marker = queue_changed_since(sf, None, actor=nurse, day=today, zone=TEST_ZONE)

    old_visit = check_in(sf, TEST_NOW - timedelta(days=3))
    assert queue_changed_since(sf, marker, actor=nurse, day=today, zone=TEST_ZONE) == (
        False,
        marker,
    )
    first_decision(sf, old_visit, admin)
    assert queue_changed_since(sf, marker, actor=nurse, day=today, zone=TEST_ZONE) == (
        False,
        marker,
    )

    check_in(sf, TEST_NOW, "Bea", "Today")
    changed, _ = queue_changed_since(sf, marker, actor=nurse, day=today, zone=TEST_ZONE)
    assert changed


# -- detail --------------------------------------------------------------------------------


def test_visit_detail_reevaluates_and_is_audited(database, submitted_visit, nurse):
    sf = database.session_factory
    earlier = check_in(sf, TEST_NOW - timedelta(days=60))

    detail = visit_detail(sf, submitted_visit.visit_id, actor=nurse, checklist=CHECKLIST)

    assert detail.visit_id == submitted_visit.visit_id
    assert detail.version == 1
    assert detail.status is VisitStatus.SUBMITTED
    assert (detail.language, detail.station, detail.zone) == ("en", "tablet-1", TEST_ZONE)
    assert detail.checked_in_at == TEST_NOW
    assert detail.patient.first_name == "Ana"
    assert detail.patient.patient_id == submitted_visit.patient_id
    answers = {a.item_key: a for a in detail.answers}
    assert answers["active_acne"].choice is Choice.NOT_SURE
    assert answers["active_acne"].flag.outcome is Outcome.NURSE_REVIEW
    assert answers["sunburn"].flag is None
    assert detail.evaluation.outcome is Outcome.NURSE_REVIEW
    assert detail.evaluation.complete
    assert detail.consent.typed_name == "Ana García"
    assert detail.consent.signature_png.startswith(b"\x89PNG")
    assert detail.consent.text_sha256 == submitted_visit.submission.consent.text_sha256
    assert [v.visit_id for v in detail.earlier_visits] == [earlier]
    assert (detail.reviews, detail.procedures, detail.session_count) == ([], [], 0)
    assert not detail.content_changed
    assert audit_actions(database)[-1] == "visit.viewed"


def test_visit_detail_uses_the_current_checklist(database, submitted_visit, nurse):
    """Content edited since check-in: flags come from today's words, and the change is shown."""
    edited = build_checklist()
    edited = type(edited)(
        version="test-2",
        language="en",
        items=edited.items[:3],  # the makeup question was removed
        sha256="edited",
    )
    detail = visit_detail(
        database.session_factory,
        submitted_visit.visit_id,
        actor=nurse,
        checklist=lambda language: edited,
    )
    assert detail.content_changed
    assert [f.item_key for f in detail.evaluation.flags] == ["active_acne"]


def test_visit_detail_of_a_missing_visit(database, nurse):
    with pytest.raises(NotFoundError):
        visit_detail(database.session_factory, 999, actor=nurse, checklist=CHECKLIST)


# -- decisions -----------------------------------------------------------------------------


def test_clear_bumps_the_version_and_is_audited(database, submitted_visit, nurse):
    sf = database.session_factory
    version = first_decision(
        sf,
        submitted_visit.visit_id,
        actor=nurse,
        decision=Decision.CLEAR,
        note="Skin looks calm.",
    )
    assert version == 2
    detail = visit_detail(sf, submitted_visit.visit_id, actor=nurse, checklist=CHECKLIST)
    assert detail.status is VisitStatus.CLEARED
    assert detail.version == 2
    (review,) = detail.reviews
    assert (review.decision, review.note, review.staff_name) == (
        Decision.CLEAR,
        "Skin looks calm.",
        "Noor Nurse",
    )
    assert review.at == TEST_NOW
    assert "visit.cleared" in audit_actions(database)


def test_defer_needs_a_reason(database, submitted_visit, nurse):
    sf = database.session_factory
    with pytest.raises(ValidationError) as caught:
        first_decision(
            sf,
            submitted_visit.visit_id,
            actor=nurse,
            decision=Decision.DEFER,
            reason="  ",
        )
    assert (caught.value.field, caught.value.code) == ("reason", "required")

    first_decision(
        sf,
        submitted_visit.visit_id,
        actor=nurse,
        decision=Decision.DEFER,
        reason="Retinoid used yesterday",
        suggested_date=date(2026, 3, 14),
    )
    with sf() as session:
        visit = session.get(models.Visit, submitted_visit.visit_id)
        event = session.execute(
            select(models.AuditEvent).where(models.AuditEvent.action == "visit.deferred")
        ).scalar_one()
    assert visit.status == "deferred"
    assert json.loads(event.details) == {
        "reason": "Retinoid used yesterday",
        "suggested_date": "2026-03-14",
        "version": 2,
    }


def test_a_stale_version_is_a_conflict_and_changes_nothing(database, submitted_visit, nurse, admin):
    sf = database.session_factory
    first_decision(sf, submitted_visit.visit_id, admin)

    with pytest.raises(ConflictError) as caught:
        first_decision(
            sf,
            submitted_visit.visit_id,
            actor=nurse,
            decision=Decision.DEFER,
            reason="too late",
        )
    assert "another" in str(caught.value).lower()
    assert count(database, models.Review) == 1
    with sf() as session:
        assert session.get(models.Visit, submitted_visit.visit_id).status == "cleared"


def test_deciding_a_missing_visit(database, nurse):
    with pytest.raises(NotFoundError):
        first_decision(
            database.session_factory,
            42,
            actor=nurse,
            decision=Decision.CLEAR,
        )


def test_two_nurses_deciding_at_once_one_wins(database, submitted_visit, nurse, admin):
    sf = database.session_factory
    barrier = threading.Barrier(2)
    outcomes: dict[int, object] = {}

    def nurse_decides(actor) -> None:
        barrier.wait()
        try:
            outcomes[actor.staff_id] = first_decision(sf, submitted_visit.visit_id, actor)
        except ConflictError as exc:
            outcomes[actor.staff_id] = exc

    threads = [threading.Thread(target=nurse_decides, args=(s,)) for s in (nurse, admin)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    results = sorted(outcomes.values(), key=lambda o: isinstance(o, ConflictError))
    assert results[0] == 2
    assert isinstance(results[1], ConflictError)
    assert count(database, models.Review) == 1


def test_an_answer_that_no_longer_fits_its_question_is_left_out(database, submitted_visit, nurse):
    """The sunburn question became a last-used question: the old yes/no answer is not guessed."""
    original = build_checklist()
    changed = tuple(
        dataclasses.replace(item, kind=ItemKind.LAST_USED) if item.key == "sunburn" else item
        for item in original.items
    )
    edited = dataclasses.replace(original, items=changed, sha256="edited")
    detail = visit_detail(
        database.session_factory,
        submitted_visit.visit_id,
        actor=nurse,
        checklist=edited,
    )
    assert detail.evaluation.missing == ("sunburn",)
    assert detail.content_changed
    assert [f.item_key for f in detail.evaluation.flags] == ["active_acne"]


def test_detail_in_spanish_with_the_shipped_content(database, nurse, content_es):
    from kiosk.content import load_content

    submission = make_submission(
        content_es.checklist,
        consent=content_es.consent,
        answers={"retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, days_ago=0)},
    )
    receipt = submit_checkin(
        database.session_factory,
        submission,
        checklist=lambda language: load_content(language).checklist,
        consent=content_es.consent,
        zone=TEST_ZONE,
        clock=fixed_clock(),
    )
    detail = visit_detail(
        database.session_factory,
        receipt.visit_id,
        actor=nurse,
        checklist=lambda language: load_content(language).checklist,
    )
    (flag,) = detail.evaluation.flags
    assert detail.language == "es"
    assert flag.item_key == "retinoids"
    assert flag.outcome is Outcome.RESCHEDULE
    assert flag.eligible_from == TEST_DAY + timedelta(days=4)
    assert flag.nurse_reason == content_es.checklist.item("retinoids").nurse_reason
    assert not detail.content_changed
