"""Wording the nurse reads: a sunburn is had on a day, not "last used"; dates with the month in
words in the date field."""

from __future__ import annotations

from kiosk.domain.checklist import Answer, Choice
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_procedure_and_admin import record
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
    # In the reader's language (kiosk.services.reading): each answer with its own day, and a
    # sunburn never reads as something "last used".
    assert "(Mar 9, 2026)" in joined  # the sunburn
    assert "(Mar 8, 2026)" in joined  # the retinoid
    assert "last used Mar 9" not in joined


def test_the_suggested_date_reads_with_the_month_in_words(qtbot, make_station, nurse):
    station = make_station()
    field = station.decide_page.suggested_date
    assert field.displayFormat() == "d MMM yyyy"
    assert "-" not in field.text()


def test_printing_before_the_clinic_is_set_up_says_what_to_do(
    qtbot,
    make_station,
    nurse,
    session_factory,
    tmp_path,
    cleared_visit,
):
    from kiosk.config import load_settings
    from kiosk.domain.aftercare import Area
    from kiosk.services import documents

    settings = load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    visit_id = cleared_visit
    station = signed_in(
        qtbot,
        make_station(
            render_aftercare=lambda visit, staff: documents.render_aftercare(
                session_factory, visit, settings=settings, actor=staff
            ),
            print_document=lambda document, actor: None,
        ),
        nurse,
    )
    open_visit(qtbot, station, visit_id)
    record(qtbot, station, (Area.FACE,))
    station.procedure_page.aftercare_button.click()
    message = station.procedure_page.message
    qtbot.waitUntil(lambda: message.kind == "error", timeout=20000)
    assert message.text() == (
        "The clinic's name and phone number are not set, so no document can print. An"
        " administrator sets them in Administration > Clinic."
    )
