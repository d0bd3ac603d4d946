"""A Spanish patient's visit read by an English nurse, and the reverse: every word and date in
the reader's language, the patient's own wording beside it."""

from __future__ import annotations

from datetime import timedelta

from kiosk.content import load_content
from kiosk.content.interval import load_interval
from kiosk.domain.checklist import Answer, Choice, Outcome
from kiosk.services.checkin import submit_checkin
from kiosk.services.reading import format_day, read_visit
from kiosk.services.review import visit_detail
from tests.fixtures.database import TEST_NOW, TEST_ZONE, fixed_clock, make_submission
from tests.fixtures.visits import complete_visit

ES = load_content("es").checklist
EN = load_content("en").checklist


def spanish_visit(sf, actor) -> int:
    """Ana came 14 days ago for a procedure, and today says she used a retinoid yesterday."""
    before = TEST_NOW - timedelta(days=14)
    first = submit_checkin(
        sf,
        make_submission(ES, procedure_date=before.date()),
        checklist=ES,
        zone=TEST_ZONE,
        clock=fixed_clock(before),
    ).visit_id
    complete_visit(sf, first, actor, at=before)
    answers = {
        "retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, 1),
        "active_acne": Answer("active_acne", Choice.NOT_SURE),
    }
    return submit_checkin(
        sf, make_submission(ES, answers=answers), checklist=ES, zone=TEST_ZONE,
        clock=fixed_clock(),
    ).visit_id  # fmt: skip


def spanish_visit_detail(sf, actor):
    """The nurse's view of :func:`spanish_visit`, each visit read with its own language's list."""
    visit_id = spanish_visit(sf, actor)
    return visit_detail(
        sf, visit_id, actor=actor, checklist=lambda lang: load_content(lang).checklist
    )


def test_an_english_nurse_reads_a_spanish_visit_in_english(session_factory, nurse) -> None:
    detail = spanish_visit_detail(session_factory, nurse)
    reading = read_visit(detail, language="en", reader=EN, patient=ES, interval=load_interval("en"))
    retinoids = next(a for a in reading.answers if a.item_key == "retinoids")
    assert retinoids.question == EN.item("retinoids").question
    assert retinoids.patient_question == ES.item("retinoids").question
    assert retinoids.outcome is Outcome.RESCHEDULE
    assert "Mar 13, 2026" in retinoids.reason  # eligible from, in English
    assert "mar 2026" in retinoids.patient_reason
    assert "Mar 9, 2026" in retinoids.answer  # the day she used it
    acne = next(a for a in reading.answers if a.item_key == "active_acne")
    assert acne.reason == EN.item("active_acne").nurse_reason_not_sure
    assert acne.patient_answer == ES.label(ES.item("active_acne"), Choice.NOT_SURE)
    (interval,) = reading.interval
    assert "Feb 24, 2026" in interval.reason and "Apr 7, 2026" in interval.reason
    assert "marzo" not in " ".join(a.answer + (a.reason or "") for a in reading.answers)
    assert reading.earliest_eligible == "Apr 7, 2026"  # the later of the two dates
    assert "6-8" in reading.interval_source


def test_a_spanish_nurse_reads_it_in_spanish(session_factory, nurse) -> None:
    detail = spanish_visit_detail(session_factory, nurse)
    reading = read_visit(detail, language="es", reader=ES, patient=ES, interval=load_interval("es"))
    (interval,) = reading.interval
    assert "24 feb 2026" in interval.reason and "7 abr 2026" in interval.reason
    assert reading.procedure_date == "10 mar 2026"
    assert all("March" not in (a.reason or "") for a in reading.answers)


def test_dates_follow_the_screens_language() -> None:
    day = TEST_NOW.date()
    assert format_day(day, "en") == "Mar 10, 2026"
    assert format_day(day, "es") == "10 mar 2026"


def test_the_patients_words_are_the_ones_stored_at_check_in(session_factory, nurse) -> None:
    """The clinic edits the Spanish question afterwards: the nurse still sees what Ana read."""
    import dataclasses

    detail = spanish_visit_detail(session_factory, nurse)
    edited = dataclasses.replace(
        ES,
        items=tuple(dataclasses.replace(item, question="¿Pregunta nueva?") for item in ES.items),
    )
    reading = read_visit(
        detail, language="en", reader=EN, patient=edited, interval=load_interval("en")
    )
    retinoids = next(a for a in reading.answers if a.item_key == "retinoids")
    assert retinoids.patient_question == ES.item("retinoids").question
    assert retinoids.patient_answer.startswith(ES.label(ES.item("retinoids"), Choice.WITHIN_WINDOW))
