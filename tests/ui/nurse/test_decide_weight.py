"""On screen, decisions match their weight: the decide page asks for the confirmation and
the note the service requires, explains each refusal, and never offers a past date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.visit import Decision, VisitStatus
from tests.fixtures.database import TEST_DAY
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_queue_and_visit import check_in, open_visit, status_of

RETINOID_YESTERDAY = {"retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, 1)}


def to_decide(qtbot, make_station, nurse, session_factory, answers=None):
    visit_id = check_in(session_factory, answers=answers)
    station = signed_in(qtbot, make_station(), nurse)
    open_visit(qtbot, station, visit_id)
    station.visit_page.decide_button.click()
    return station, station.decide_page, visit_id


def test_clearing_over_reschedule_asks_for_confirmation_and_a_note(
    qtbot, make_station, nurse, session_factory
):
    station, page, visit_id = to_decide(
        qtbot, make_station, nurse, session_factory, RETINOID_YESTERDAY
    )
    assert page.confirm_reschedule.isVisible() and page.reschedule_warning.isVisible()
    page.clear_button.click()
    assert page.message.text().startswith("This visit is flagged Reschedule.")
    page.confirm_reschedule.setChecked(True)
    page.clear_button.click()
    assert page.message.text() == "Clearing over a Reschedule flag needs a note saying why."
    page.note.setPlainText("\u200b\u200b")
    page.clear_button.click()
    assert "no visible characters" in page.message.text()
    assert status_of(session_factory, nurse, visit_id) is VisitStatus.SUBMITTED
    page.note.setPlainText("Stopped the retinoid a week ago; the answer was a slip.")
    page.clear_button.click()
    qtbot.waitUntil(lambda: station.bundle.detail.status is VisitStatus.CLEARED, timeout=5000)
    review = station.bundle.detail.reviews[-1]
    assert review.decision is Decision.CLEAR
    assert review.note == "Stopped the retinoid a week ago; the answer was a slip."


def test_an_unflagged_visit_clears_without_the_confirmation(
    qtbot, make_station, nurse, session_factory
):
    _station, page, _visit = to_decide(qtbot, make_station, nurse, session_factory)
    assert page.confirm_reschedule.isHidden()
    assert page.validate_clear() is None


def test_a_reason_of_invisible_characters_is_refused(qtbot, make_station, nurse, session_factory):
    _station, page, visit_id = to_decide(qtbot, make_station, nurse, session_factory)
    page.reason.setPlainText("\u200b")
    page.defer_button.click()
    assert page.message.text() == (
        "The reason holds no visible characters. Please type the reason in words."
    )
    assert status_of(session_factory, nurse, visit_id) is VisitStatus.SUBMITTED


def test_no_past_date_and_an_early_date_needs_an_override_and_a_note(
    qtbot, make_station, nurse, session_factory
):
    station, page, visit_id = to_decide(
        qtbot, make_station, nurse, session_factory, RETINOID_YESTERDAY
    )
    today = QDate(TEST_DAY.year, TEST_DAY.month, TEST_DAY.day)
    assert page.suggested_date.minimumDate() == today
    page.suggested_date.setDate(today.addDays(-5))
    assert page.suggested() == TEST_DAY  # the editor cannot go below today
    assert page.suggested_date.date() == today
    assert "Earliest safe procedure date: Mar 13, 2026." in page.date_note.text()

    page.reason.setPlainText("Retinoid used yesterday.")
    page.suggested_date.setDate(QDate(2026, 3, 11))
    assert page.override_earliest.isVisible()
    page.defer_button.click()
    assert page.message.text().startswith("The suggested date is before the earliest safe date.")
    page.override_earliest.setChecked(True)
    page.defer_button.click()
    assert page.message.text() == "A date before the earliest safe date needs a note saying why."
    assert status_of(session_factory, nurse, visit_id) is VisitStatus.SUBMITTED
    page.note.setPlainText("Travels on the 12th; agreed with the dermatologist.")
    page.defer_button.click()
    qtbot.waitUntil(lambda: station.bundle.detail.status is VisitStatus.DEFERRED, timeout=5000)
    assert station.bundle.detail.reviews[-1].suggested_date == date(2026, 3, 11)
    page.suggested_date.setDate(QDate(2026, 3, 13))
    assert page.override_earliest.isHidden()
