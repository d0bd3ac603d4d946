"""The queue fills by polling; a visit is viewed, cleared, deferred, and conflicts are caught."""

from __future__ import annotations

from datetime import date, timedelta

from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.visit import Decision, VisitStatus
from kiosk.services.audit_log import list_events
from kiosk.services.errors import ConflictError
from kiosk.services.review import list_queue, visit_detail
from tests.fixtures.database import (
    TEST_DAY,
    TEST_ZONE,
    build_checklist,
)
from tests.fixtures.visits import first_decision
from tests.ui.nurse.conftest import check_in, signed_in
from ui.nurse.queue_model import VISIT_ID_ROLE, Column


def status_of(session_factory, actor, visit_id: int) -> VisitStatus:
    rows = list_queue(session_factory, TEST_DAY, actor=actor, zone=TEST_ZONE)
    return next(r.status for r in rows if r.visit_id == visit_id)


def open_visit(qtbot, station, visit_id: int) -> None:
    station.open_visit(visit_id)
    qtbot.waitUntil(
        lambda: (
            station.stack.currentWidget() is station.visit_page
            and station.bundle is not None
            and station.bundle.detail.visit_id == visit_id
        ),
        timeout=10000,
    )


def test_a_new_check_in_appears_by_polling_and_keeps_the_selection(
    qtbot, make_station, nurse, session_factory
):
    first = check_in(session_factory, first_name="Ana", last_name="Alonso")
    station = signed_in(qtbot, make_station(), nurse)
    qtbot.waitUntil(lambda: station.model.rowCount() == 1, timeout=5000)
    table = station.queue_page.table
    table.selectRow(0)
    assert station.queue_page.selected_visit_id() == first

    second = check_in(
        session_factory,
        first_name="Bea",
        last_name="Bravo",
        answers={"retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, 1)},
    )
    qtbot.waitUntil(lambda: station.model.rowCount() == 2, timeout=5000)
    assert station.model.index(0, 0).data(VISIT_ID_ROLE) == second  # flagged first
    assert station.model.index(0, Column.FLAGS).data() == "1 flag · Reschedule"
    assert station.queue_page.selected_visit_id() == first

    # Another nurse clears the selected visit: its status changes in place, still selected.
    first_decision(session_factory, first, nurse)
    row = station.model.row_of_visit(first)
    qtbot.waitUntil(
        lambda: station.model.index(row, Column.STATUS).data() == "Cleared", timeout=5000
    )
    assert station.queue_page.selected_visit_id() == first


def test_status_filter_and_search_any_day(qtbot, make_station, nurse, session_factory):
    ana = check_in(session_factory, first_name="Ana", last_name="Alonso")
    check_in(session_factory, first_name="Bea", last_name="Bravo", date_of_birth=date(1980, 1, 2))
    first_decision(session_factory, ana, nurse)
    station = signed_in(qtbot, make_station(), nurse)
    qtbot.waitUntil(lambda: station.model.rowCount() == 2, timeout=5000)

    page = station.queue_page
    page.status_filter.setCurrentIndex(page.status_filter.findData(VisitStatus.CLEARED))
    qtbot.waitUntil(lambda: station.model.rowCount() == 1, timeout=5000)
    assert station.model.index(0, Column.NAME).data() == "Ana Alonso"

    page.search.setText("1980-01-02")
    page.search_button.click()
    qtbot.waitUntil(
        lambda: (
            station.model.rowCount() == 1
            and station.model.index(0, Column.NAME).data() == "Bea Bravo"
        ),
        timeout=5000,
    )
    assert "all days" in page.title.text()
    page.search.setText("zzz")
    page.search_button.click()
    qtbot.waitUntil(lambda: page.empty_note.isVisible(), timeout=5000)
    assert page.empty_note.text().startswith("Nobody found")
    page.search.setText("alo")
    page.search_button.click()
    qtbot.waitUntil(
        lambda: (
            station.model.rowCount() == 1
            and station.model.index(0, Column.NAME).data() == "Ana Alonso"
        ),
        timeout=5000,
    )


def test_visit_shows_answers_flags_in_words_consent_and_is_audited(
    qtbot, make_station, nurse, session_factory
):
    visit_id = check_in(
        session_factory, answers={"retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, 1)}
    )
    station = signed_in(qtbot, make_station(), nurse)
    open_visit(qtbot, station, visit_id)
    page = station.visit_page
    texts = [w.text() for w in page.findChildren(type(page.summary)) if w.text()]
    joined = "\n".join(texts)
    # last used 9 March, 3 clear days -> the procedure becomes safe on 13 March 2026
    assert "Retinoid inside the 3-day window; eligible from Mar 13, 2026." in joined
    assert "When did you last use a retinoid (Retin-A, Tazorac)?" in joined
    assert "Reschedule" in joined
    assert "Earliest safe procedure date: Mar 13, 2026." in page.flag_summary.text()
    assert "language English" in page.summary.text()
    assert "Consent version test-1" in page.consent_text.text()
    assert "Ana García" in page.consent_text.text()
    assert page.signature.pixmap() is not None and not page.signature.pixmap().isNull()
    assert "Completed sessions for this patient: 0" in page.history_text.text()
    views = [e for e in list_events(session_factory) if e.action == "visit.viewed"]
    assert [e.subject for e in views] == [f"visit:{visit_id}"]

    with qtbot.waitSignal(station.signed_out, timeout=5000):
        station.signout_button.click()
    assert page.title.text() == "" and page.consent_text.text() == ""
    assert page.answers_grid.count() == 0


def test_clear_to_proceed(qtbot, make_station, nurse, session_factory):
    visit_id = check_in(session_factory)
    station = signed_in(qtbot, make_station(), nurse)
    open_visit(qtbot, station, visit_id)
    station.visit_page.decide_button.click()
    assert station.stack.currentWidget() is station.decide_page
    station.decide_page.note.setPlainText("Skin looks calm.")
    station.decide_page.clear_button.click()
    qtbot.waitUntil(
        lambda: status_of(session_factory, nurse, visit_id) is VisitStatus.CLEARED, timeout=5000
    )
    qtbot.waitUntil(
        lambda: (
            station.bundle.detail.status is VisitStatus.CLEARED
            and station.stack.currentWidget() is station.visit_page
        ),
        timeout=5000,
    )
    review = station.bundle.detail.reviews[-1]
    assert (review.decision, review.note, review.staff_id) == (
        Decision.CLEAR,
        "Skin looks calm.",
        nurse.staff_id,
    )
    assert station.visit_page.procedure_button.isEnabled()


def test_defer_needs_a_reason_and_prefills_the_earliest_safe_date(
    qtbot, make_station, nurse, session_factory
):
    visit_id = check_in(session_factory, answers={"sunburn": Answer("sunburn", Choice.YES, 0)})
    station = signed_in(qtbot, make_station(), nurse)
    open_visit(qtbot, station, visit_id)
    station.visit_page.decide_button.click()
    page = station.decide_page
    assert page.suggest.isChecked()
    assert page.suggested() == TEST_DAY + timedelta(days=4)

    page.defer_button.click()
    assert page.message.text() == "Please give a reason for deferring."
    assert status_of(session_factory, nurse, visit_id) is VisitStatus.SUBMITTED

    page.reason.setPlainText("Sunburn today; skin must heal first.")
    page.defer_button.click()
    qtbot.waitUntil(lambda: station.bundle.detail.status is VisitStatus.DEFERRED, timeout=5000)
    review = station.bundle.detail.reviews[-1]
    assert review.reason == "Sunburn today; skin must heal first."
    assert review.suggested_date == date(2026, 3, 14)
    assert not station.visit_page.procedure_button.isEnabled()


def test_a_concurrent_decision_shows_a_conflict_and_reloads(
    qtbot, make_station, nurse, admin, session_factory
):
    visit_id = check_in(session_factory)
    station = signed_in(qtbot, make_station(), nurse)
    open_visit(qtbot, station, visit_id)
    station.visit_page.decide_button.click()
    # Another nurse defers it first, behind this screen's back.
    first_decision(
        session_factory,
        visit_id,
        actor=admin,
        decision=Decision.DEFER,
        reason="Seen by Alex",
    )
    station.decide_page.clear_button.click()
    qtbot.waitUntil(
        lambda: (
            station.stack.currentWidget() is station.visit_page
            and station.visit_page.message.isVisible()
        ),
        timeout=5000,
    )
    assert station.visit_page.message.text() == ConflictError().message
    assert station.bundle.detail.status is VisitStatus.DEFERRED
    assert "Deferred by Alex Admin" in station.visit_page.history_text.text()
    assert status_of(session_factory, nurse, visit_id) is VisitStatus.DEFERRED
    detail = visit_detail(session_factory, visit_id, actor=admin, checklist=build_checklist)
    assert [r.decision for r in detail.reviews] == [Decision.DEFER]
    assert station.bundle.detail.version == 2  # the reloaded visit, ready to decide again


def test_the_table_pages_in_more_rows_as_it_needs_them(qtbot, make_station, nurse, session_factory):
    for number in range(5):
        check_in(session_factory, first_name="Pat", last_name=f"Number{number}")
    station = signed_in(qtbot, make_station(page_size=2), nurse)
    # The view asks for more (fetchMore) while its rows do not fill the screen.
    qtbot.waitUntil(lambda: station.model.rowCount() == 5, timeout=20000)
    assert not station.model.canFetchMore()
    names = {station.model.index(r, Column.NAME).data() for r in range(5)}
    assert names == {f"Pat Number{n}" for n in range(5)}
