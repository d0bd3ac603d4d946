"""The nurse reads a visit in the nurse's language whatever the patient's (issue 13, item 3).

An English patient's visit read by a Spanish nurse, and a Spanish patient's by an English
nurse, on the real clinic content: the decide and procedure pages hold no words and no dates
in the patient's language, and on the decide page the patient's own wording of each flag is
one tap away, as on the visit page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QAbstractButton, QDateEdit, QLabel, QPlainTextEdit, QWidget

from kiosk.content import load_content
from kiosk.domain.aftercare import Area
from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.visit import Decision
from kiosk.services.binding import default_checklist_for
from kiosk.services.checkin import submit_checkin
from kiosk.services.procedures import record_procedure
from kiosk.services.review import decide
from tests.fixtures.database import (
    TEST_NOW,
    TEST_ZONE,
    build_consent,
    fixed_clock,
    make_submission,
)
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_queue_and_visit import open_visit
from ui.i18n import LanguageSwitcher


@dataclass(frozen=True)
class Words:
    """Concrete strings of one language's content, as the decide and procedure pages show
    them for the visit below (a retinoid yesterday, the last procedure 14 days ago)."""

    question: str
    reason: str
    interval: str
    earliest: str  # the interval rule's earliest date (Apr 7, 2026), in this language's style
    eligible: str  # the 3-day rule's earliest date (Mar 13, 2026)
    used: str  # the day the retinoid was used (Mar 9, 2026)
    toggle: str  # the button that shows the patient's own words


ENGLISH = Words(
    question="When did you last put a retinoid on your skin?",
    reason="Retinoid used in the 3 days before the procedure",
    interval="Last procedure on Feb 24, 2026",
    earliest="Apr 7, 2026",
    eligible="Mar 13, 2026",
    used="Mar 9, 2026",
    toggle="Patient's words",
)
SPANISH = Words(
    question="¿Cuándo se puso un retinoide en la piel por última vez?",
    reason="Usó un retinoide en los 3 días antes del procedimiento",
    interval="Último procedimiento el 24 feb 2026",
    earliest="7 abr 2026",
    eligible="13 mar 2026",
    used="9 mar 2026",
    toggle="Palabras de la persona atendida",
)
WORDS = {"en": ENGLISH, "es": SPANISH}


@pytest.fixture
def switcher(qapp):
    switch = LanguageSwitcher()
    yield switch
    switch.set_language("en")


def visit_in(session_factory, nurse, language: str) -> int:
    """A patient who answered in ``language``: a procedure 14 days ago, and today a retinoid
    used yesterday (both flag Reschedule)."""
    checklist = load_content(language).checklist

    def check_in(days_ago: int, answers: dict[str, Answer] | None = None) -> int:
        at = TEST_NOW - timedelta(days=days_ago)
        submission = make_submission(
            checklist,
            consent=build_consent(language),
            first_name="Robin",
            last_name="Vega",
            procedure_date=at.date(),
            answers=answers,
        )
        return submit_checkin(
            session_factory, submission, checklist=checklist, zone=TEST_ZONE, clock=fixed_clock(at)
        ).visit_id

    earlier = check_in(14)
    version = decide(
        session_factory,
        earlier,
        actor=nurse,
        decision=Decision.CLEAR,
        expected_version=1,
        checklist=default_checklist_for,
    )
    record_procedure(
        session_factory,
        earlier,
        actor=nurse,
        areas=frozenset({Area.FACE}),
        session_number=1,
        notes="",
        expected_version=version,
        clock=fixed_clock(TEST_NOW - timedelta(days=14)),
    )
    return check_in(0, {"retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, days_ago=1)})


def visible_text(page: QWidget) -> str:
    """Every word the page shows now: labels, buttons, fields and their placeholders."""
    parts: list[str] = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts += [widget.toPlainText(), widget.placeholderText()]
        elif isinstance(widget, QDateEdit):
            parts.append(widget.text())
    return "\n".join(parts)


def assert_only(text: str, reader: Words, patient: Words, *expected: str) -> None:
    for shown in expected:
        assert shown in text, text
    foreign_words = (patient.question, patient.reason, patient.interval, patient.earliest)
    for foreign in (*foreign_words, patient.eligible, patient.toggle):
        assert foreign not in text


@pytest.mark.parametrize(("patient", "reader"), [("en", "es"), ("es", "en")])
def test_the_decide_and_procedure_pages_speak_the_nurses_language(
    qtbot, make_station, nurse, session_factory, switcher, patient, reader
) -> None:
    visit_id = visit_in(session_factory, nurse, patient)
    assert switcher.set_language(reader)
    station = signed_in(qtbot, make_station(checklist_for=default_checklist_for), nurse)
    mine, theirs = WORDS[reader], WORDS[patient]
    open_visit(qtbot, station, visit_id)
    station.visit_page.decide_button.click()
    page = station.decide_page
    qtbot.waitUntil(lambda: station.stack.currentWidget() is page, timeout=10000)

    shown = visible_text(page)
    assert_only(shown, mine, theirs, mine.reason, mine.eligible, mine.interval, mine.toggle)
    assert not page.flags.patient_words.isVisible()

    page.flags.patient_words_button.click()  # the patient's own wording, one tap away
    theirs_shown = page.flags.patient_words
    assert theirs_shown.isVisible()
    qtbot.waitUntil(  # every wrapped line readable, none cut by the page's scroll area
        lambda: theirs_shown.height() >= theirs_shown.heightForWidth(theirs_shown.width()),
        timeout=5000,
    )
    for said in (theirs.question, theirs.reason, theirs.eligible, theirs.used):
        assert said in theirs_shown.text()
    assert mine.reason not in theirs_shown.text()

    # Clear over the Reschedule flags, then record: the procedure page reads the same way.
    page.confirm_reschedule.setChecked(True)
    page.note.setPlainText("Checked with the patient")
    page.clear_button.click()
    visit = station.visit_page
    qtbot.waitUntil(lambda: station.stack.currentWidget() is visit, timeout=10000)
    qtbot.waitUntil(lambda: visit.procedure_button.isEnabled(), timeout=10000)
    visit.procedure_button.click()
    procedure = station.procedure_page
    qtbot.waitUntil(lambda: station.stack.currentWidget() is procedure, timeout=10000)
    assert_only(visible_text(procedure), mine, theirs, mine.interval, mine.earliest)


def test_without_a_reading_the_flags_show_as_worded(
    qtbot, make_station, nurse, session_factory, switcher
) -> None:
    """Content missing for the reader: the flags still show (as the checklist worded them),
    with no toggle offering words that are not there."""
    visit_id = visit_in(session_factory, nurse, "en")
    assert switcher.set_language("es")

    def english_only(language: str):
        if language != "en":
            raise FileNotFoundError(language)
        return default_checklist_for(language)

    station = signed_in(qtbot, make_station(checklist_for=english_only), nurse)
    open_visit(qtbot, station, visit_id)
    station.visit_page.decide_button.click()
    page = station.decide_page
    qtbot.waitUntil(lambda: station.stack.currentWidget() is page, timeout=10000)
    assert ENGLISH.reason in page.flags.reasons.text()
    assert not page.flags.patient_words_button.isVisible()
