"""A whole visit through the real application window, on a real SQLite file.

A patient checks in at the kiosk by tapping; the first nurse sets up her account behind the
staff button, finds the check-in in the queue with its flag explained, clears it, records the
procedure (face and around the eyes) and prints the aftercare sheet to the folder printer.
The printed PDF is read back: the patient's name and every date of the timeline must be there.
"""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import pypdf
import pytest
from babel.dates import format_date

from kiosk.config import load_settings
from kiosk.domain.aftercare import Area, add_years
from kiosk.services.audit import verify_audit_chain
from kiosk.services.audit_log import list_events
from kiosk.services.clock import local_day, utc_now
from tests.ui.nurse.conftest import sign_in
from tests.ui.patient.walk import check_in
from ui.main_window import MainWindow
from ui.patient.flow import Step

ZONE = "America/New_York"
PIN = "482913"


@pytest.fixture
def settings(tmp_path: Path):
    config = tmp_path / "clinic.toml"
    config.write_text(
        f"""
[clinic]
name = "Harbour Skin Clinic"
phone = "555-0199"
timezone = "{ZONE}"
[printing]
backend = "folder"
folder = "{tmp_path / "printed"}"
""",
        encoding="utf-8",
    )
    return load_settings(config, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})


def words(pdf: Path) -> str:
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    return re.sub(r"\s+", " ", text)


def test_a_whole_visit_from_check_in_to_the_printed_sheet(qtbot, settings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.patient is not None, timeout=20000)
    kiosk = window.patient

    # The patient, by tapping: a retinoid used yesterday is flagged.
    with qtbot.waitSignal(kiosk.checkin_saved, timeout=20000) as saved:
        check_in(qtbot, kiosk, first="Łucja", last="Núñez-O'Brien", flagged="retinoids")
    visit_id = saved.args[0].visit_id
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE, timeout=5000)

    # The first nurse: no account exists yet, so the staff button leads to first-run setup.
    kiosk.welcome.staff_requested.emit()
    nurse = window.nurse
    assert window.stack.currentWidget() is nurse
    qtbot.waitUntil(lambda: nurse.stack.currentWidget() is nurse.setup_page, timeout=10000)
    nurse.setup_page.name.setText("Rosa Díaz")
    nurse.setup_page.pin.setText(PIN)
    nurse.setup_page.repeat.setText(PIN)
    nurse.setup_page.create_button.click()
    # Then the clinic itself (first run): the file pins name, phone and zone; the rest is typed.
    clinic = nurse.clinic_pages.setup
    qtbot.waitUntil(lambda: nurse.stack.currentWidget() is clinic, timeout=10000)
    qtbot.waitUntil(lambda: clinic.save_button.isEnabled(), timeout=10000)
    notice = clinic.message.text()
    code = notice.split("staff code is ")[1][:3]  # shown once, to the new admin
    clinic.form.address.setText("1 Harbour Road")
    with qtbot.waitSignal(clinic.saved, timeout=10000):
        clinic.save_button.click()
    with qtbot.waitSignal(nurse.signed_in, timeout=10000):
        sign_in(qtbot, nurse, type("Member", (), {"code": code})(), PIN)

    # The queue shows the check-in, flagged; the visit explains why, with the safe date.
    qtbot.waitUntil(lambda: nurse.model.rowCount() == 1, timeout=10000)
    nurse.open_visit(visit_id)
    qtbot.waitUntil(
        lambda: nurse.bundle is not None and nurse.bundle.detail.visit_id == visit_id,
        timeout=10000,
    )
    today = local_day(utc_now(), ZONE)  # the clinic's day, as the kiosk uses it
    evaluation = nurse.bundle.detail.evaluation
    assert [f.item_key for f in evaluation.flags] == ["retinoids"]
    assert evaluation.earliest_eligible == today + timedelta(days=3)  # used yesterday

    # Clear (the nurse decides, over the Reschedule flag: confirmed, with a note), record the
    # procedure, print the sheet.
    nurse.visit_page.decide_button.click()
    nurse.decide_page.confirm_reschedule.setChecked(True)
    nurse.decide_page.note.setPlainText("Retinoid stopped early; discussed with the patient.")
    nurse.decide_page.clear_button.click()
    qtbot.waitUntil(lambda: nurse.bundle.detail.status == "cleared", timeout=10000)
    nurse.visit_page.procedure_button.click()
    page = nurse.procedure_page
    qtbot.waitUntil(lambda: "Proposed" in page.session_hint.text(), timeout=10000)
    page.area_boxes[Area.FACE].setChecked(True)
    page.area_boxes[Area.EYES].setChecked(True)
    page.record_button.click()
    qtbot.waitUntil(lambda: page.aftercare_button.isEnabled(), timeout=10000)
    page.aftercare_button.click()
    qtbot.waitUntil(lambda: nurse.preview_dialog is not None, timeout=30000)
    # Not registered with qtbot: the dialog is the station's child and closes with it (once
    # the window's wrapper is released at teardown, its children are deleted with it).
    dialog = nurse.preview_dialog
    dialog.print_button.click()
    qtbot.waitUntil(lambda: "printed" in page.message.text(), timeout=30000)

    printed = list((settings.printing.folder).iterdir())
    assert len(printed) == 1
    text = words(printed[0])
    assert "Łucja Núñez-O'Brien" in text
    assert "Harbour Skin Clinic" in text and "555-0199" in text
    for day in (
        today,
        today + timedelta(days=1),
        today + timedelta(days=2),
        today + timedelta(days=7),
        today + timedelta(weeks=6),
        today + timedelta(weeks=8),
        add_years(today, 1),
    ):
        assert format_date(day, format="long", locale="en") in text, day
    assert "around your eyes" in text

    actions = {e.action for e in list_events(window.store.database.session_factory, limit=100)}
    assert {"checkin.submitted", "visit.viewed", "visit.cleared", "procedure.recorded"} <= actions
    assert verify_audit_chain(window.store.database.session_factory).ok
