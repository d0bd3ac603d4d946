"""After a correction the visit page offers the corrected documents in one tap: the sheet
(and the signed consent record where the identity changed) open in the usual preview and
carry the correction, read back from the PDF."""

from __future__ import annotations

import io
from datetime import date

import pypdf
from PySide6.QtWidgets import QApplication

from kiosk.domain.aftercare import Area
from kiosk.services.procedures import correct_procedure
from kiosk.services.results.visit import PatientSummary
from tests.kiosk.services.test_nurse_day import completed, detail
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_dialogs_fit import close_and_flush, open_preview
from tests.ui.nurse.test_queue_and_visit import open_visit
from ui.nurse.reissue import stale_after_identity_change
from ui.widgets.nurse_corrections import CorrectIdentityDialog, CorrectProcedureDialog

EYES = "Because the area around your eyes was treated, you may have a little bruising"


def words(pdf: bytes) -> str:
    """The PDF's text with every run of white space as one space (lines wrap anywhere)."""
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.split())


def _dialog(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind))


def test_a_corrected_procedure_offers_the_corrected_sheet_at_once(
    qtbot, printing_station, nurse, session_factory
) -> None:
    visit_id, _ = completed(session_factory, nurse, days_ago=0)  # the face only
    station = signed_in(qtbot, printing_station(), nurse)
    open_visit(qtbot, station, visit_id)
    page, bar = station.visit_page, station.visit_page.reissue_bar
    assert not bar.isVisible()  # nothing corrected yet
    close_and_flush(qtbot, open_preview(qtbot, station, page.aftercare_button))
    assert EYES not in words(station.last_document.pdf)

    page.correct_procedure_button.click()
    fix = _dialog(CorrectProcedureDialog)
    fix.area_boxes[Area.EYES].setChecked(True)
    fix.reason.setPlainText("Forgot the eyes")
    with qtbot.waitSignal(station.context.visit_changed, timeout=10000):
        fix.confirm_button.click()
    qtbot.waitUntil(bar.isVisible, timeout=10000)
    assert bar.aftercare_button.isVisible() and bar.aftercare_button.text() == (
        "Print the corrected sheet"
    )
    assert not bar.consent_button.isVisible()  # the consent does not name the areas

    dialog = open_preview(qtbot, station, bar.aftercare_button)
    assert EYES in words(station.last_document.pdf)
    assert not bar.isVisible()  # made again: no longer offered
    dialog.print_button.click()
    qtbot.waitUntil(
        lambda: page.message.text() == "The aftercare sheet was printed.", timeout=20000
    )
    (printed,) = printing_station.printed.iterdir()
    assert EYES in words(printed.read_bytes())


def test_a_corrected_name_offers_the_sheet_and_the_consent_record(
    qtbot, printing_station, nurse, session_factory
) -> None:
    visit_id, _ = completed(session_factory, nurse, days_ago=0, first="JOSE", last="Perez")
    station = signed_in(qtbot, printing_station(), nurse)
    open_visit(qtbot, station, visit_id)
    page, bar = station.visit_page, station.visit_page.reissue_bar

    page.correct_identity_button.click()
    fix = _dialog(CorrectIdentityDialog)
    fix.first_name.setText("José")
    fix.last_name.setText("Pérez")
    fix.reason.setPlainText("Checked the ID card")
    with qtbot.waitSignal(station.context.visit_changed, timeout=10000):
        fix.confirm_button.click()
    qtbot.waitUntil(bar.isVisible, timeout=10000)  # nothing was printed before: offered still
    assert bar.aftercare_button.isVisible() and bar.consent_button.isVisible()

    close_and_flush(qtbot, open_preview(qtbot, station, bar.consent_button))
    consent = words(station.last_document.pdf)
    assert "Patient: José Pérez" in consent  # the typed signature stays as it was typed
    assert bar.isVisible() and not bar.consent_button.isVisible()  # the sheet is left
    close_and_flush(qtbot, open_preview(qtbot, station, bar.aftercare_button))
    assert "José Pérez" in words(station.last_document.pdf)
    assert not bar.isVisible()


def corrected_elsewhere(qtbot, printing_station, nurse, session_factory):
    """A completed visit whose sheet was printed here, then corrected at another station; the
    station showing that visit again."""
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
    qtbot.waitUntil(station.visit_page.reissue_bar.isVisible, timeout=10000)
    return station


def test_a_correction_made_elsewhere_is_offered_when_the_visit_opens(
    qtbot, printing_station, nurse, session_factory
) -> None:
    station = corrected_elsewhere(qtbot, printing_station, nurse, session_factory)
    bar = station.visit_page.reissue_bar
    assert bar.aftercare_button.isVisible() and not bar.consent_button.isVisible()


def test_what_an_identity_change_leaves_stale() -> None:
    before = PatientSummary(1, "JOSE", "Perez", date(1990, 5, 17))
    renamed = PatientSummary(1, "José", "Perez", date(1990, 5, 17))
    reborn = PatientSummary(1, "JOSE", "Perez", date(1990, 5, 18))
    assert stale_after_identity_change(before, renamed) == {"aftercare", "consent_record"}
    assert stale_after_identity_change(before, reborn) == {
        "consent_record"
    }  # the sheet has no date of birth
    assert stale_after_identity_change(before, before) == set()
