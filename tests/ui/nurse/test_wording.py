"""Wording the nurse reads: a sunburn is had on a day, not "last used"; dates with the month in
words in the date field."""

from __future__ import annotations

from kiosk.domain.checklist import Answer, Choice
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_queue_and_visit import check_in, open_visit


def test_a_yes_no_answer_with_a_day_says_on_that_day(qtbot, make_station, nurse, session_factory):
    visit_id = check_in(
        session_factory,
        answers={
            "sunburn": Answer("sunburn", Choice.YES, 1),
            "retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, 2),
        },
    )
    station = signed_in(qtbot, make_station(), nurse)
    open_visit(qtbot, station, visit_id)
    page = station.visit_page
    joined = "\n".join(w.text() for w in page.findChildren(type(page.summary)) if w.text())
    assert "(on Mar 9, 2026)" in joined  # the sunburn
    assert "(last used Mar 8, 2026)" in joined  # the retinoid
    assert "last used Mar 9" not in joined


def test_the_suggested_date_reads_with_the_month_in_words(qtbot, make_station, nurse):
    station = make_station()
    field = station.decide_page.suggested_date
    assert field.displayFormat() == "d MMM yyyy"
    assert "-" not in field.text()
