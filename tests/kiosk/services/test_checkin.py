"""submit_checkin: one transaction, idempotent, everything validated before anything is written."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

import pytest
from sqlalchemy import select

from kiosk.domain.checkin import Acknowledged
from kiosk.domain.checklist import Answer, Choice, Outcome
from kiosk.domain.patient import Identity
from kiosk.services.checkin import PNG_MAGIC, find_returning_patient, submit_checkin
from kiosk.services.errors import ValidationError
from kiosk.storage import models
from tests.fixtures.database import (
    TEST_NOW,
    TEST_ZONE,
    build_checklist,
    build_consent,
    fixed_clock,
    make_submission,
)
from tests.kiosk.services.helpers import audit_actions, count


def submit(session_factory, submission, checklist=None, **kwargs):
    return submit_checkin(
        session_factory,
        submission,
        checklist=checklist or build_checklist(),
        zone=TEST_ZONE,
        clock=fixed_clock(),
        **kwargs,
    )


def test_a_new_patient_is_stored_with_visit_answers_consent_and_audit(database):
    submission = make_submission(
        answers={"retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, days_ago=1)}
    )
    receipt = submit(database.session_factory, submission)

    assert receipt.created
    with database.session_factory() as session:
        visit = session.get(models.Visit, receipt.visit_id)
        assert visit.patient.first_name == "Ana"
        assert visit.patient.last_name == "García"
        assert visit.patient.search_key == "ana garcia"
        assert visit.checked_in_at == TEST_NOW
        assert visit.zone == TEST_ZONE
        assert visit.status == "submitted"
        assert visit.version == 1
        assert (visit.flag_count, visit.worst_outcome) == (1, Outcome.RESCHEDULE.value)
        stored = {a.item_key: (a.choice, a.days_ago) for a in visit.answers}
        assert stored["retinoids"] == ("within_window", 1)
        assert stored["sunburn"] == ("no", None)
        consent = session.execute(select(models.Consent)).scalar_one()
        assert consent.visit_id == visit.id
        assert consent.typed_name == "Ana García"
        assert consent.text_sha256 == submission.consent.text_sha256
        assert consent.signature_png == submission.consent.signature_png
        assert consent.strokes[0][0] == list(submission.consent.strokes[0][0])
        assert consent.acknowledgements == ["risks", "aftercare"]
        event = session.execute(select(models.AuditEvent)).scalar_one()
    assert event.action == "checkin.submitted"
    assert event.subject == f"visit:{receipt.visit_id}"
    details = json.loads(event.details)
    assert details["flag_count"] == 1
    assert "Ana" not in event.details  # no names in the audit log


def test_a_retry_returns_the_same_visit_and_writes_nothing_more(database):
    submission = make_submission()
    first = submit(database.session_factory, submission)
    again = submit(database.session_factory, submission)

    assert again == dataclasses.replace(first, created=False)
    assert count(database, models.Visit) == 1
    assert count(database, models.Consent) == 1
    assert count(database, models.Answer) == len(build_checklist().items)
    assert audit_actions(database) == ["checkin.submitted"]


def test_a_returning_patient_is_matched_whatever_the_case_and_accents(database):
    first = submit(database.session_factory, make_submission(first_name="José", last_name="Pérez"))
    second = submit(database.session_factory, make_submission(first_name="JOSE", last_name="perez"))
    other_birthday = submit(
        database.session_factory,
        make_submission(first_name="José", last_name="Pérez", date_of_birth=date(1991, 5, 17)),
    )

    assert second.patient_id == first.patient_id
    assert second.visit_id != first.visit_id
    assert other_birthday.patient_id != first.patient_id
    with database.session_factory() as session:
        patient = session.get(models.Patient, first.patient_id)
    assert (patient.first_name, patient.last_name) == ("José", "Pérez")  # as first entered


def test_find_returning_patient(database):
    identity = Identity.create("Mai", "Nguyễn", date(1985, 1, 2), date(2026, 3, 10))
    assert find_returning_patient(database.session_factory, identity) is None
    receipt = submit(database.session_factory, make_submission(identity=identity))
    submit(database.session_factory, make_submission(identity=identity))

    found = find_returning_patient(
        database.session_factory, Identity("mai", "NGUYEN", date(1985, 1, 2))
    )
    assert found is not None
    assert (found.patient_id, found.previous_visits) == (receipt.patient_id, 2)


def test_a_checklist_callable_is_accepted(database):
    checklist_es = build_checklist("es")
    submission = make_submission(checklist_es)
    receipt = submit_checkin(
        database.session_factory,
        submission,
        checklist=lambda language: build_checklist(language),
        zone=TEST_ZONE,
        clock=fixed_clock(),
    )
    with database.session_factory() as session:
        assert session.get(models.Visit, receipt.visit_id).language == "es"


def test_the_shipped_content_round_trips(database, content_en):
    submission = make_submission(
        content_en.checklist,
        consent=content_en.consent,
        answers={"sunburn": Answer("sunburn", Choice.YES, days_ago=2)},
    )
    receipt = submit(
        database.session_factory,
        submission,
        checklist=content_en.checklist,
        consent=content_en.consent,
    )
    with database.session_factory() as session:
        visit = session.get(models.Visit, receipt.visit_id)
    assert visit.checklist_version == content_en.checklist.version
    assert visit.worst_outcome == Outcome.RESCHEDULE.value


def _with_consent(**changes):
    base = make_submission()
    return dataclasses.replace(base, consent=dataclasses.replace(base.consent, **changes))


@pytest.mark.parametrize(
    ("submission", "field", "code"),
    [
        (
            dataclasses.replace(make_submission(), checklist_sha256="something-else"),
            "checklist",
            "stale",
        ),
        (
            make_submission(answers={"sunburn": Answer("sunburn", Choice.NEVER)}),
            "answers",
            "invalid",
        ),
        (
            make_submission(answers={"ghost": Answer("ghost", Choice.NO)}),
            "answers",
            "invalid",
        ),
        (
            dataclasses.replace(make_submission(), answers=make_submission().answers[1:]),
            "answers",
            "incomplete",
        ),
        (
            make_submission(answers={"retinoids": Answer("retinoids", Choice.WITHIN_WINDOW)}),
            "answers",
            "incomplete",
        ),
        (
            dataclasses.replace(make_submission(), answers=make_submission().answers * 2),
            "answers",
            "duplicate",
        ),
        (_with_consent(strokes=(((1.0, 1.0), (2.0, 2.0)),)), "signature", "too_small"),
        (_with_consent(strokes=()), "signature", "empty"),
        (_with_consent(signature_png=b"GIF89a"), "signature", "bad_image"),
        (_with_consent(typed_name="   "), "typed_name", "empty"),
        # the names' rules: an invisible zero-width space or bidi override is refused there too
        (_with_consent(typed_name="Ana\u200bGarcía"), "typed_name", "bad_character"),
        (_with_consent(typed_name="Ana \u202eaícraG"), "typed_name", "bad_character"),
        (
            make_submission(identity=Identity("Ana\x07", "García", date(1990, 5, 17))),
            "first_name",
            "bad_character",
        ),
        (
            make_submission(identity=Identity("Ana", "", date(1990, 5, 17))),
            "last_name",
            "empty",
        ),
        (
            make_submission(identity=Identity("Ana", "García", date(2027, 1, 1))),
            "date_of_birth",
            "future",
        ),
        (make_submission(submission_id="x'; DROP TABLE visits; --"), "submission_id", "invalid"),
        (dataclasses.replace(make_submission(), language="fr"), "language", "mismatch"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_bad_input_is_refused_and_nothing_is_written(database, submission, field, code):
    with pytest.raises(ValidationError) as caught:
        submit(database.session_factory, submission)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert str(caught.value)
    assert count(database, models.Visit) == 0
    assert count(database, models.AuditEvent) == 0


def test_the_consent_must_be_the_text_shown_with_every_statement_ticked(database):
    shown = build_consent()
    edited = dataclasses.replace(shown, paragraphs=("A different text.",))
    with pytest.raises(ValidationError) as stale:
        submit(database.session_factory, make_submission(consent=shown), consent=edited)
    assert stale.value.code == "stale"

    unticked = _with_consent(
        acknowledgements=(Acknowledged("risks", make_submission().consent.text_sha256),)
    )
    with pytest.raises(ValidationError) as missing:
        submit(database.session_factory, unticked, consent=shown)
    assert missing.value.code == "unacknowledged"

    assert submit(database.session_factory, make_submission(), consent=shown).created


def test_an_unknown_zone_is_refused(database):
    with pytest.raises(ValidationError) as caught:
        submit_checkin(
            database.session_factory,
            make_submission(),
            checklist=build_checklist(),
            zone="Mars/Olympus_Mons",
        )
    assert caught.value.field == "zone"


def test_a_malformed_consent_identity_is_refused(database):
    with pytest.raises(ValidationError) as caught:
        submit(database.session_factory, _with_consent(text_sha256="not a hash"))
    assert (caught.value.field, caught.value.code) == ("consent", "invalid")


def test_a_box_ticked_under_another_text_is_refused(database):
    """English ticked, Spanish signed: the ticks belong to a text that was not signed."""
    english = make_submission()
    spanish = dataclasses.replace(build_consent("es"), title="Consentimiento")
    other = make_submission(consent=spanish).consent.text_sha256
    assert other != english.consent.text_sha256
    mixed = dataclasses.replace(
        english.consent,
        acknowledgements=(
            english.consent.acknowledgements[0],
            Acknowledged(english.consent.acknowledgements[1].key, other),
        ),
    )
    with pytest.raises(ValidationError) as caught:
        submit(database.session_factory, dataclasses.replace(english, consent=mixed))
    assert (caught.value.field, caught.value.code) == ("consent", "acknowledged_other_text")
    assert count(database, models.Visit) == 0


def test_a_typed_signature_needs_no_strokes_but_a_real_png(database):
    typed = _with_consent(strokes=(), method="typed")
    receipt = submit(database.session_factory, typed)
    assert receipt.created
    with database.session_factory() as session:
        consent = session.execute(select(models.Consent)).scalar_one()
        assert consent.strokes == []
        assert consent.signature_png == typed.consent.signature_png

    looks_like_png = PNG_MAGIC + b"not really an image"
    for bad, code in (
        (_with_consent(strokes=(), method="typed", signature_png=looks_like_png), "bad_image"),
        (_with_consent(method="typed"), "typed_with_strokes"),
        (_with_consent(method="scribbled"), "bad_method"),
    ):
        with pytest.raises(ValidationError) as caught:
            submit(database.session_factory, bad)
        assert (caught.value.field, caught.value.code) == ("signature", code)
    assert count(database, models.Visit) == 1
