"""A nurse's day on the services: the interval rule, corrections, cancel and no-show,
identity corrections and merges, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from kiosk.config import load_settings
from kiosk.domain.aftercare import Area
from kiosk.domain.checklist import Outcome
from kiosk.domain.interval import IntervalCode
from kiosk.domain.visit import Closure, Decision, VisitStatus
from kiosk.services.checkin import find_returning_patient, submit_checkin
from kiosk.services.closing import close_visit
from kiosk.services.documents import render_aftercare, render_consent_record
from kiosk.services.errors import ConflictError, ValidationError
from kiosk.services.identity import (
    correct_identity,
    identity_changes,
    merge_patients,
    revert_identity_change,
)
from kiosk.services.name_search import search_visits
from kiosk.services.procedures import correct_procedure, propose_session_number, record_procedure
from kiosk.services.review import decide, list_queue, visit_detail
from kiosk.storage import models
from tests.fixtures.database import (
    TEST_NOW,
    TEST_ZONE,
    build_checklist,
    build_consent,
    fixed_clock,
    make_submission,
)
from tests.kiosk.documents.pdfcheck import text_of
from tests.kiosk.documents.sample_content import aftercare_en
from tests.kiosk.services.helpers import audit_actions

CHECKLIST = build_checklist()
ZERO_WIDTH_SPACE = "\u200b"


def content(language: str):
    class Bundle:
        aftercare = aftercare_en()
        consent = build_consent(language)
        checklist = CHECKLIST

    return Bundle


@pytest.fixture
def settings(tmp_path):
    base = load_settings(environ={"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    clinic = dataclasses.replace(
        base.clinic, name="Bright Skin Clinic", phone="555-0100", timezone=TEST_ZONE
    )
    return dataclasses.replace(base, clinic=clinic)


def checked_in(sf, *, days_ago: int = 0, first: str = "Ana", last: str = "García", **kw) -> int:
    at = TEST_NOW - timedelta(days=days_ago)
    submission = make_submission(
        CHECKLIST,
        first_name=first,
        last_name=last,
        procedure_date=at.date(),
        **kw,
    )
    return submit_checkin(
        sf, submission, checklist=CHECKLIST, zone=TEST_ZONE, clock=fixed_clock(at)
    ).visit_id


def completed(sf, actor, *, days_ago: int, notes: str = "", **kw) -> tuple[int, int]:
    """A visit ``days_ago`` days before TEST_NOW, cleared and its procedure recorded."""
    visit_id = checked_in(sf, days_ago=days_ago, **kw)
    at = TEST_NOW - timedelta(days=days_ago)
    version = decide(sf, visit_id, actor=actor, decision=Decision.CLEAR, expected_version=1)
    procedure_id = record_procedure(
        sf,
        visit_id,
        actor=actor,
        areas=frozenset({Area.FACE}),
        session_number=propose_session_number(sf, _patient_of(sf, visit_id), actor=actor),
        notes=notes,
        expected_version=version,
        clock=fixed_clock(at),
    )
    return visit_id, procedure_id


def _patient_of(sf, visit_id: int) -> int:
    with sf() as session:
        return session.get(models.Visit, visit_id).patient_id


def detail(sf, visit_id: int, actor):
    return visit_detail(sf, visit_id, actor=actor, checklist=CHECKLIST)


# -- the interval rule --------------------------------------------------------------------


def test_a_procedure_14_days_ago_is_a_reschedule_flag_with_the_earliest_date(
    session_factory, nurse
) -> None:
    sf = session_factory
    completed(sf, nurse, days_ago=14, notes="1.5 mm needles, forehead sensitive")
    today = checked_in(sf)
    seen = detail(sf, today, nurse)
    assert seen.evaluation.outcome is None  # the checklist itself flags nothing
    (flag,) = seen.interval.flags
    assert flag.code is IntervalCode.TOO_SOON and flag.outcome is Outcome.RESCHEDULE
    assert flag.last_procedure == TEST_NOW.date() - timedelta(days=14)
    assert flag.earliest == flag.last_procedure + timedelta(weeks=6)
    assert seen.outcome is Outcome.RESCHEDULE
    assert seen.earliest_eligible == flag.earliest
    (earlier,) = seen.history  # the last session's notes reach this visit
    assert earlier.notes == "1.5 mm needles, forehead sensitive"


def test_the_queue_shows_the_interval_flag_too(session_factory, nurse) -> None:
    sf = session_factory
    completed(sf, nurse, days_ago=14)
    today = checked_in(sf)
    other = checked_in(sf, first="Eva", last="Nueva")
    rows = {r.visit_id: r for r in list_queue(sf, TEST_NOW.date(), actor=nurse, zone="UTC")}
    assert rows[today].flag_count == 0  # the checklist flagged nothing at check-in
    assert rows[today].interval_outcome is Outcome.RESCHEDULE
    assert rows[other].interval_outcome is None


def test_seven_weeks_is_a_nurse_review_and_nine_is_clear(session_factory, nurse) -> None:
    sf = session_factory
    completed(sf, nurse, days_ago=63, first="Luz", last="Ramos")
    completed(sf, nurse, days_ago=49, first="Eva", last="Soto")
    luz = detail(sf, checked_in(sf, first="Luz", last="Ramos"), nurse)
    eva = detail(sf, checked_in(sf, first="Eva", last="Soto"), nurse)
    assert luz.interval.flags == () and luz.outcome is None
    assert [f.code for f in eva.interval.flags] == [IntervalCode.REVIEW]
    assert eva.outcome is Outcome.NURSE_REVIEW


def test_a_fourth_session_gets_the_advice_line(session_factory, nurse) -> None:
    sf = session_factory
    for days_ago in (200, 140, 70):
        completed(sf, nurse, days_ago=days_ago)
    seen = detail(sf, checked_in(sf), nurse)
    (flag,) = seen.interval.flags
    assert (flag.code, flag.outcome, flag.session_number) == (
        IntervalCode.BEYOND_ADVISED,
        None,
        4,
    )
    assert seen.outcome is None  # advice: it asks nothing of the clinic


# -- procedure corrections ----------------------------------------------------------------


def test_a_corrected_procedure_supersedes_and_the_sheet_follows(
    database, session_factory, nurse, settings
) -> None:
    sf = session_factory
    visit_id, first = completed(sf, nurse, days_ago=0, notes="0.5 mm")
    sheet = render_aftercare(sf, visit_id, settings=settings, actor=nurse, content=content)
    assert "micro-bruising" not in text_of(sheet.pdf)
    version = detail(sf, visit_id, nurse).version

    with pytest.raises(ValidationError):  # a reason of nothing visible
        correct_procedure(
            sf, first, actor=nurse, areas=frozenset({Area.FACE, Area.EYES}),
            session_number=1, notes="0.5 mm", reason=ZERO_WIDTH_SPACE, expected_version=version,
        )  # fmt: skip
    second = correct_procedure(
        sf,
        first,
        actor=nurse,
        areas=frozenset({Area.FACE, Area.EYES}),
        session_number=1,
        notes="0.5 mm; around the eyes too",
        reason="Forgot to tick around the eyes",
        expected_version=version,
        clock=fixed_clock(TEST_NOW + timedelta(hours=1)),
    )
    seen = detail(sf, visit_id, nurse)
    old, new = seen.procedures
    assert (old.procedure_id, old.superseded, old.areas) == (first, True, frozenset({Area.FACE}))
    assert (new.procedure_id, new.supersedes_id, new.superseded) == (second, first, False)
    assert new.correction_reason == "Forgot to tick around the eyes"
    assert new.at == old.at  # when it was done, not when it was corrected
    assert seen.session_count == 1  # a correction is not another session
    with sf() as session:
        assert session.get(models.Document, sheet.document_id).superseded_at is not None
    assert seen.to_reissue == ("aftercare",)
    again = render_aftercare(sf, visit_id, settings=settings, actor=nurse, content=content)
    assert "micro-bruising" in text_of(again.pdf)
    assert detail(sf, visit_id, nurse).to_reissue == ()
    assert "procedure.corrected" in audit_actions(database)
    with pytest.raises(ConflictError):  # the old record was corrected already
        correct_procedure(
            sf, first, actor=nurse, areas=frozenset({Area.NECK}), session_number=1,
            notes="", reason="again", expected_version=seen.version,
        )  # fmt: skip


def test_a_correction_with_a_stale_version_is_refused(session_factory, nurse) -> None:
    sf = session_factory
    visit_id, first = completed(sf, nurse, days_ago=0)
    with pytest.raises(ConflictError):
        correct_procedure(
            sf, first, actor=nurse, areas=frozenset({Area.NECK}), session_number=1,
            notes="", reason="wrong area", expected_version=1,
        )  # fmt: skip
    assert [p.procedure_id for p in detail(sf, visit_id, nurse).procedures] == [first]


# -- cancel and no-show -------------------------------------------------------------------


def test_cancel_and_no_show_close_the_visit_audited(database, session_factory, nurse) -> None:
    sf = session_factory
    cancelled = checked_in(sf, first="Ana")
    absent = checked_in(sf, first="Bea")
    with pytest.raises(ValidationError) as refused:
        close_visit(sf, cancelled, actor=nurse, closure=Closure.CANCELLED,
                    expected_version=1, reason=f" {ZERO_WIDTH_SPACE} ")  # fmt: skip
    assert (refused.value.field, refused.value.code) == ("reason", "required")
    version = close_visit(
        sf, cancelled, actor=nurse, closure=Closure.CANCELLED,
        expected_version=1, reason="Patient has a cold sore",
    )  # fmt: skip
    assert version == 2
    close_visit(sf, absent, actor=nurse, closure=Closure.NO_SHOW, expected_version=1)
    one, two = detail(sf, cancelled, nurse), detail(sf, absent, nurse)
    assert one.status is two.status is VisitStatus.CANCELLED
    assert (one.closure.kind, one.closure.reason, one.closure.staff_name) == (
        "cancelled",
        "Patient has a cold sore",
        "Noor Nurse",
    )
    assert (two.closure.kind, two.closure.reason) == ("no_show", None)
    actions = audit_actions(database)
    assert "visit.cancelled" in actions and "visit.no_show" in actions
    with pytest.raises(ValidationError) as closed:
        decide(sf, cancelled, actor=nurse, decision=Decision.CLEAR, expected_version=2)
    assert closed.value.code == "closed"
    with pytest.raises(ConflictError):
        close_visit(sf, absent, actor=nurse, closure=Closure.NO_SHOW, expected_version=1)


# -- identity corrections and merges ------------------------------------------------------


def test_a_mistyped_name_is_corrected_audited_and_reversible(
    database, session_factory, nurse, settings
) -> None:
    sf = session_factory
    visit_id = checked_in(sf, first="JOSE", last="Perz")
    patient_id = _patient_of(sf, visit_id)
    record = render_consent_record(sf, visit_id, settings=settings, actor=nurse, content=content)
    change = correct_identity(
        sf, patient_id, actor=nurse, first_name="José", last_name="Pérez",
        reason="Spelling checked with the patient's ID",
    )  # fmt: skip
    assert change.visit_ids == (visit_id,)
    assert change.superseded_documents == (record.document_id,)
    assert detail(sf, visit_id, nurse).patient.first_name == "José"
    assert [r.visit_id for r in search_visits(sf, actor=nurse, text="perez")] == [visit_id]
    assert search_visits(sf, actor=nurse, text="perz") == []
    (view,) = identity_changes(sf, patient_id, actor=nurse)
    assert view.before["last_name"] == "Perz" and view.after["last_name"] == "Pérez"

    undo = revert_identity_change(sf, change.change_id, actor=nurse, reason="Wrong patient")
    assert detail(sf, visit_id, nurse).patient.last_name == "Perz"
    history = identity_changes(sf, patient_id, actor=nurse)
    assert [c.kind for c in history] == ["revert", "correction"]
    assert history[1].reverted
    with pytest.raises(ConflictError):
        revert_identity_change(sf, change.change_id, actor=nurse, reason="twice")
    assert undo.change_id != change.change_id
    actions = audit_actions(database)
    assert "patient.correction" in actions and "patient.revert" in actions


def test_a_correction_onto_another_record_asks_for_a_merge(session_factory, nurse) -> None:
    sf = session_factory
    checked_in(sf, first="José", last="Pérez")
    other = _patient_of(sf, checked_in(sf, first="Jose", last="Peres"))
    with pytest.raises(ValidationError) as refused:
        correct_identity(sf, other, actor=nurse, last_name="Pérez", reason="typo")
    assert refused.value.code == "duplicate"


def test_a_birth_date_in_the_future_is_refused(session_factory, nurse) -> None:
    sf = session_factory
    patient = _patient_of(sf, checked_in(sf))
    with pytest.raises(ValidationError) as refused:
        correct_identity(sf, patient, actor=nurse, date_of_birth=date(2999, 1, 1), reason="typo")
    assert refused.value.field == "date_of_birth"


def test_merging_two_records_of_one_person_and_unmerging(database, session_factory, nurse) -> None:
    sf = session_factory
    kept_visit, _ = completed(sf, nurse, days_ago=14, first="José", last="Pérez")
    duplicate_visit = checked_in(sf, first="JOSE", last="Perez Soto")
    keep, duplicate = _patient_of(sf, kept_visit), _patient_of(sf, duplicate_visit)
    assert detail(sf, duplicate_visit, nurse).interval.flags == ()  # unseen history

    merged = merge_patients(
        sf, duplicate_id=duplicate, keep_id=keep, actor=nurse, reason="Same person"
    )
    assert merged.visit_ids == (duplicate_visit,)
    seen = detail(sf, duplicate_visit, nurse)
    assert seen.patient.patient_id == keep
    assert [f.code for f in seen.interval.flags] == [IntervalCode.TOO_SOON]
    assert propose_session_number(sf, keep, actor=nurse) == 2
    assert {
        r.visit_id for r in search_visits(sf, actor=nurse, text="soto")
    } == set()  # the duplicate left
    # The duplicate's spelling checks in again: the visit lands on the kept record.
    returning = find_returning_patient(
        sf, make_submission(first_name="JOSE", last_name="Perez Soto").identity
    )
    assert returning is not None and returning.patient_id == keep
    again = checked_in(sf, first="JOSE", last="Perez Soto", submission_id="again-jose-01")
    assert _patient_of(sf, again) == keep

    revert_identity_change(sf, merged.change_id, actor=nurse, reason="Not the same")
    assert _patient_of(sf, duplicate_visit) == duplicate
    assert _patient_of(sf, again) == keep  # it came after the merge: it stays
    assert [r.visit_id for r in search_visits(sf, actor=nurse, text="soto")] == [duplicate_visit]
    assert detail(sf, duplicate_visit, nurse).interval.flags == ()
    actions = audit_actions(database)
    assert "patient.merge" in actions and "patient.unmerge" in actions


def test_identity_history_is_append_only(database, session_factory, nurse) -> None:
    sf = session_factory
    patient = _patient_of(sf, checked_in(sf, first="Jose"))
    correct_identity(sf, patient, actor=nurse, first_name="José", reason="accent")
    for statement in ("UPDATE identity_changes SET reason = 'x'", "DELETE FROM identity_changes"):
        with pytest.raises(Exception, match="append-only"), database.engine.begin() as conn:
            conn.execute(text(statement))
    with sf() as session:
        assert session.scalars(select(models.IdentityChange.reason)).all() == ["accent"]


def test_merge_refuses_itself_and_chains(session_factory, nurse) -> None:
    sf = session_factory
    a = _patient_of(sf, checked_in(sf, first="Uno"))
    b = _patient_of(sf, checked_in(sf, first="Dos"))
    c = _patient_of(sf, checked_in(sf, first="Tres"))
    with pytest.raises(ValidationError):
        merge_patients(sf, duplicate_id=a, keep_id=a, actor=nurse, reason="x")
    merge_patients(sf, duplicate_id=a, keep_id=b, actor=nurse, reason="same")
    with pytest.raises(ValidationError) as holds:
        merge_patients(sf, duplicate_id=b, keep_id=c, actor=nurse, reason="same")
    assert holds.value.code == "holds_merges"
    with pytest.raises(ValidationError) as gone:
        merge_patients(sf, duplicate_id=a, keep_id=c, actor=nurse, reason="same")
    assert gone.value.code == "merged"


def test_clearing_too_soon_after_a_procedure_asks_for_the_confirmation(session_factory, nurse):
    sf = session_factory
    completed(sf, nurse, days_ago=14)
    today = checked_in(sf)
    with pytest.raises(ValidationError) as refused:
        decide(sf, today, actor=nurse, decision=Decision.CLEAR, expected_version=1)
    assert refused.value.code == "confirm_reschedule"
    with pytest.raises(ValidationError) as early:
        decide(
            sf, today, actor=nurse, decision=Decision.DEFER, expected_version=1,
            reason="Too soon", suggested_date=TEST_NOW.date() + timedelta(days=7),
            clock=fixed_clock(),
        )  # fmt: skip
    assert early.value.code == "before_earliest"  # six weeks after the last one: 7 April
    version = decide(
        sf, today, actor=nurse, decision=Decision.CLEAR, expected_version=1,
        over_reschedule=True, note="Doctor agreed: scar revision only",
    )  # fmt: skip
    assert version == 2
