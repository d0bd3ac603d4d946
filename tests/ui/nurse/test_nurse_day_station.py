"""A nurse's day on the real station: the interval flag on the visit page, cancelling a visit,
another day's queue from the day picker, dates on search results, nothing left on sign-out."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QApplication

from kiosk.domain.visit import VisitStatus
from kiosk.services.review import visit_detail
from tests.fixtures.database import TEST_NOW, build_checklist
from tests.kiosk.services.test_nurse_day import checked_in, completed
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_queue_and_visit import open_visit
from ui.nurse.queue_model import VISIT_ID_ROLE
from ui.widgets.nurse_close_visit import CloseVisitDialog


def test_the_visit_page_says_too_soon_and_ends_a_visit(
    qtbot, make_station, nurse, session_factory
) -> None:
    completed(session_factory, nurse, days_ago=14, notes="1.0 mm; forehead sensitive")
    visit_id = checked_in(session_factory)
    station = signed_in(qtbot, make_station(), nurse)
    open_visit(qtbot, station, visit_id)
    page = station.visit_page
    qtbot.waitUntil(lambda: page.interval_panel.isVisible(), timeout=5000)
    ((title, reason),) = page.interval_panel.findings
    assert title == "Too soon: reschedule" and "Apr 7, 2026" in reason
    assert "1.0 mm; forehead sensitive" in page.history_text.text()  # the last session's notes
    assert page.reading_answers.cards  # the answers, worded for the nurse

    page.decide_button.click()  # deciding weighs the interval flag like a checklist one
    decide = station.decide_page
    qtbot.waitUntil(lambda: station.stack.currentWidget() is decide, timeout=5000)
    assert decide.interval_panel.findings == page.interval_panel.findings
    assert decide.confirm_reschedule.isVisible()
    decide.back_button.click()
    qtbot.waitUntil(lambda: station.stack.currentWidget() is page, timeout=5000)

    page.close_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CloseVisitDialog))
    dialog.reason.setPlainText("Too soon after the last session")
    dialog.confirm_button.click()
    qtbot.waitUntil(
        lambda: (
            station.bundle is not None and station.bundle.detail.status is VisitStatus.CANCELLED
        ),
        timeout=10000,
    )
    detail = visit_detail(session_factory, visit_id, actor=nurse, checklist=build_checklist())
    assert detail.closure is not None and detail.closure.reason == "Too soon after the last session"
    qtbot.waitUntil(lambda: "Cancelled by Noor Nurse" in page.history_text.text(), timeout=5000)

    with qtbot.waitSignal(station.signed_out, timeout=5000):
        station.signout_button.click()
    assert not page.interval_panel.findings and not page.reading_answers.cards


def test_the_day_picker_opens_another_days_queue_and_search_shows_dates(
    qtbot, make_station, nurse, session_factory
) -> None:
    old = checked_in(session_factory, first="Marta", last="Antes", days_ago=1)
    today = checked_in(session_factory, first="Marta", last="Hoy")
    station = signed_in(qtbot, make_station(), nurse)
    page = station.queue_page
    qtbot.waitUntil(lambda: station.model.rowCount() == 1, timeout=5000)
    page.day_picker.previous_button.click()
    qtbot.waitUntil(
        lambda: (
            station.model.rowCount() == 1 and station.model.index(0, 0).data(VISIT_ID_ROLE) == old
        ),
        timeout=5000,
    )
    assert page.day == (TEST_NOW - timedelta(days=1)).date()
    assert "Mar 9, 2026" in page.title.text()
    page.day_picker.today_button.click()
    qtbot.waitUntil(
        lambda: (
            page.day == TEST_NOW.date() and station.model.index(0, 0).data(VISIT_ID_ROLE) == today
        ),
        timeout=5000,
    )

    page.search.setText("marta")
    page.search_button.click()
    qtbot.waitUntil(lambda: station.model.rowCount() == 2, timeout=5000)
    times = [station.model.index(r, 0).data() for r in range(2)]
    assert any("Mar 9, 2026" in t for t in times) and any("Mar 10, 2026" in t for t in times)
