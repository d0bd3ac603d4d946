"""What is stored with each record: the wording shown, the digest, the signing name check."""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select

from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.consent import text_sha256
from kiosk.domain.record import describe_differences, part_digests
from kiosk.services.record_verify import verify_records
from kiosk.services.review import visit_detail
from kiosk.storage import models
from tests.fixtures.database import (
    TEST_AUDIT_KEY,
    build_checklist,
    build_consent,
    make_submission,
)
from tests.kiosk.services.record_helpers import check_in


def test_every_wording_shown_is_stored_once_and_answers_point_at_it(database):
    sf = database.session_factory
    first = check_in(sf)
    check_in(sf, first_name="Bea", last_name="Bravo")  # same wording: no new text rows
    checklist, consent = build_checklist(), build_consent()
    with sf() as session:
        texts = {t.sha256: t for t in session.execute(select(models.ShownText)).scalars()}
        answers = (
            session.execute(select(models.Answer).where(models.Answer.visit_id == first))
            .scalars()
            .all()
        )
        stored_consent = session.execute(
            select(models.Consent).where(models.Consent.visit_id == first)
        ).scalar_one()
    for sha, row in texts.items():
        assert text_sha256(row.body) == sha  # keyed by the SHA-256 of exactly that wording
    for answer in answers:
        item = checklist.item(answer.item_key)
        assert texts[answer.question_sha256].body == item.question
        assert texts[answer.label_sha256].body == checklist.label(item, Choice(answer.choice))
    signed = texts[stored_consent.text_sha256]
    assert signed.kind == "consent" and signed.body == consent.text
    assert [a["key"] for a in signed.parts["acknowledgements"]] == ["risks", "aftercare"]
    questions = [t for t in texts.values() if t.kind == "question"]
    assert len(questions) == len(checklist.items)  # two patients, each wording once


def test_a_reworded_question_is_a_new_text_and_the_old_one_stays(database):
    sf = database.session_factory
    check_in(sf)
    reworded = dataclasses.replace(
        build_checklist(),
        items=tuple(
            dataclasses.replace(i, question="Sunburn in the past three days?")
            if i.key == "sunburn"
            else i
            for i in build_checklist().items
        ),
    )
    from kiosk.services.checkin import submit_checkin
    from tests.fixtures.database import TEST_ZONE, fixed_clock

    submit_checkin(
        sf,
        make_submission(reworded, first_name="Cy", last_name="Charlie"),
        checklist=reworded,
        zone=TEST_ZONE,
        clock=fixed_clock(),
    )
    with sf() as session:
        bodies = set(
            session.execute(
                select(models.ShownText.body).where(models.ShownText.item_key == "sunburn")
            ).scalars()
        )
    assert {"Have you had a sunburn in the last 3 days?", "Sunburn in the past three days?"} <= (
        bodies
    )


def test_the_digest_is_stored_with_the_consent_and_in_its_event(database):
    sf = database.session_factory
    visit = check_in(sf, answers={"retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, 1)})
    with sf() as session:
        digest = session.execute(
            select(models.Consent.record_digest).where(models.Consent.visit_id == visit)
        ).scalar_one()
        details = session.execute(
            select(models.AuditEvent.details).where(models.AuditEvent.action == "checkin.submitted")
        ).scalar_one()
    assert len(digest) == 64 and f'"record_digest":"{digest}"' in details
    assert "Ana" not in details and "García" not in details  # parts are keyed digests
    assert verify_records(sf, full=True).ok


def test_differences_are_named_part_by_part():
    from tests.kiosk.services.test_record_verify import sample_facts

    facts = sample_facts()
    signed = part_digests(facts, TEST_AUDIT_KEY)
    moved = dataclasses.replace(facts, strokes=[[[1.0, 2.0]]], first_name="Eve")
    assert describe_differences(signed, part_digests(moved, TEST_AUDIT_KEY)) == [
        "the patient's name or date of birth changed after signing",
        "the signature was replaced (another signature attached?)",
    ]


def test_the_nurse_sees_a_signing_name_that_is_not_the_patients(database, nurse):
    sf = database.session_factory
    same = check_in(sf)
    other = make_submission(first_name="Bea", last_name="Bravo")
    other = dataclasses.replace(
        other, consent=dataclasses.replace(other.consent, typed_name="Alma Alpha")
    )
    differs = check_in(sf, other)
    folded = make_submission(first_name="Cy", last_name="Charlie")
    folded = dataclasses.replace(
        folded, consent=dataclasses.replace(folded.consent, typed_name="CY  charlie")
    )
    same_folded = check_in(sf, folded)

    def flag(visit_id: int) -> bool:
        detail = visit_detail(sf, visit_id, actor=nurse, checklist=build_checklist())
        return detail.consent.name_differs

    assert (flag(same), flag(differs), flag(same_folded)) == (False, True, False)
    with sf() as session:
        assert session.execute(select(func.count()).select_from(models.Consent)).scalar() == 3
