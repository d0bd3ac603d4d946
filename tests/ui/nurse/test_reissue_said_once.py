"""A correction made since the documents were printed is said in one place: the re-issue bar
with its buttons. The history keeps the correction itself (its reason), not a second call to
print again."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from kiosk.domain.aftercare import Area
from kiosk.services.procedures import correct_procedure
from tests.kiosk.services.test_nurse_day import completed, detail
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_dialogs_fit import close_and_flush, open_preview
from tests.ui.nurse.test_queue_and_visit import open_visit


def test_the_reissue_bar_is_the_one_place_that_asks_to_print_again(
    qtbot, printing_station, nurse, session_factory
) -> None:
    visit_id, procedure_id = completed(session_factory, nurse, days_ago=0)
    station = signed_in(qtbot, printing_station(), nurse)
    open_visit(qtbot, station, visit_id)
    close_and_flush(qtbot, open_preview(qtbot, station, station.visit_page.aftercare_button))
    station.visit_page.back_button.click()
    seen = detail(session_factory, visit_id, nurse)
    correct_procedure(  # at another station: the sheet printed here is now superseded
        session_factory, procedure_id, actor=nurse, areas=frozenset({Area.FACE, Area.EYES}),
        session_number=1, notes="", reason="Forgot the eyes", expected_version=seen.version,
    )  # fmt: skip
    open_visit(qtbot, station, visit_id)
    page = station.visit_page
    qtbot.waitUntil(page.reissue_bar.isVisible, timeout=10000)

    assert "Forgot the eyes" in page.history_text.text()  # the correction stays in the history
    asking = [
        label
        for label in page.findChildren(QLabel)
        if label.isVisible() and any(w in label.text().lower() for w in ("print", "documents"))
    ]
    assert asking == [page.reissue_bar.note]
