"""Clinic setup at first run, Administration > Clinic / Printer / Print jobs, on a real database
and (for the printer pages) a real CUPS queue."""

from __future__ import annotations

import dataclasses
import subprocess
import uuid

import pytest

from kiosk.config import load_settings
from kiosk.domain.clinic import ClinicDetails
from kiosk.printing.cups import CupsBackend
from kiosk.printing.factory import backend_for
from kiosk.services.clinic import load_clinic, save_clinic
from kiosk.services.clinic_admin import ClinicAdmin
from kiosk.services.staff import list_staff
from tests.fixtures.database import TEST_ZONE
from tests.kiosk.printing.conftest import cups_pdf  # noqa: F401 - the real CUPS queue
from tests.kiosk.services.helpers import audit_actions
from tests.ui.nurse.conftest import signed_in
from ui.nurse.clinic_pages import attach_clinic_pages
from ui.stations import system_printers


@pytest.fixture
def settings(tmp_path):
    base = load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    return dataclasses.replace(
        base, printing=dataclasses.replace(base.printing, folder=tmp_path / "printed")
    )


def with_pages(station, session_factory, settings):
    services = ClinicAdmin(
        session_factory, settings, backend_for, system_printers, test_page_timeout=5
    )
    return attach_clinic_pages(station, services, TEST_ZONE)


def test_first_run_asks_for_the_clinic_after_the_first_administrator(
    qtbot, make_station, session_factory, settings, database
):
    station = make_station()
    pages = with_pages(station, session_factory, settings)
    setup = station.setup_page
    qtbot.waitUntil(lambda: station.stack.currentWidget() is setup, timeout=5000)
    setup.name.setText("Ana Torres")
    setup.pin.setText("582917")  # passes the PIN rules (not a run or a repeat)
    setup.repeat.setText("582917")
    setup.create_button.click()
    qtbot.waitUntil(lambda: station.stack.currentWidget() is pages.setup, timeout=10000)
    qtbot.waitUntil(lambda: pages.setup.save_button.isEnabled(), timeout=10000)
    code = list_staff(session_factory)[0].code
    assert f"the staff code is {code}" in pages.setup.message.text()  # not lost on the way
    form = pages.setup.form
    assert form.name.text() == ""  # never the placeholder "Your Skin Clinic"

    pages.setup.save_button.click()  # nothing typed: every problem said, nothing saved
    qtbot.waitUntil(lambda: pages.setup.message.kind == "error", timeout=10000)
    words = pages.setup.message.text()
    assert "Please type the clinic's name." in words and "phone number" in words
    assert load_clinic(session_factory) is None

    form.name.setText("Clínica Sol")
    form.address.setText("Calle Mayor 1, Madrid")
    form.phone.setText("+34 910 000 000")
    form.timezone.setCurrentText("Europe/Madrid")
    form.spanish.setChecked(True)
    form.english.setChecked(True)
    form.paper.setCurrentIndex(form.paper.findData("a4"))
    with qtbot.waitSignal(pages.setup.saved, timeout=10000):
        pages.setup.save_button.click()
    qtbot.waitUntil(lambda: station.stack.currentWidget() is station.signin_page, timeout=10000)
    stored = load_clinic(session_factory)
    assert (stored.name, stored.phone, stored.timezone, stored.paper) == (
        "Clínica Sol",
        "+34 910 000 000",
        "Europe/Madrid",
        "a4",
    )
    assert set(stored.languages) == {"en", "es"}
    assert audit_actions(database)[-1] == "clinic.set_up"
    with database.session_factory() as session:
        from kiosk.storage import models

        # nobody is signed in yet at first run: the system sets the clinic up, once
        assert session.get(models.ClinicSettings, 1).updated_by is None


def test_an_administrator_changes_the_clinic_later(
    qtbot, make_station, session_factory, settings, admin, database
):
    save_clinic(
        session_factory,
        ClinicDetails("Clínica Sol", "", "+34 910 000 000", "Europe/Madrid"),
        actor=None,
    )
    station = signed_in(qtbot, make_station(), admin)
    pages = with_pages(station, session_factory, settings)
    station.stack.setCurrentWidget(station.admin_page)
    station.admin_page.tabs.setCurrentWidget(pages.settings)
    qtbot.waitUntil(lambda: pages.settings.form.name.text() == "Clínica Sol", timeout=10000)
    pages.settings.form.phone.setText("+34 910 111 222")
    with qtbot.waitSignal(pages.settings.saved, timeout=10000):
        pages.settings.save_button.click()
    assert load_clinic(session_factory).phone == "+34 910 111 222"
    assert audit_actions(database)[-1] == "clinic.updated"


def test_a_field_it_pinned_in_the_file_is_read_only(
    qtbot, make_station, session_factory, tmp_path, admin
):
    config = tmp_path / "pinned.toml"
    config.write_text('[clinic]\nphone = "555-0199"\n')
    pinned = load_settings(config, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "d")})
    station = signed_in(qtbot, make_station(), admin)
    pages = with_pages(station, session_factory, pinned)
    station.stack.setCurrentWidget(station.admin_page)
    station.admin_page.tabs.setCurrentWidget(pages.settings)
    qtbot.waitUntil(lambda: pages.settings.form.phone.text() == "555-0199", timeout=10000)
    assert not pages.settings.form.phone.isEnabled()
    assert pages.settings.form.name.isEnabled()
    assert "configuration file" in pages.settings.form.pinned_note.text()


@pytest.fixture
def paused_queue(cups_pdf):  # noqa: F811
    queue = f"KioskUiPaused{uuid.uuid4().hex[:6]}"
    cups_pdf.add_queue(queue)
    subprocess.run(["cupsdisable", queue], check=True, capture_output=True)
    try:
        yield queue
    finally:
        cups_pdf.remove_queue(queue)


def test_the_printer_page_lists_cups_queues_in_plain_words_and_prints_a_test_page(
    qtbot,
    make_station,
    session_factory,
    settings,
    admin,
    cups_pdf,  # noqa: F811
    paused_queue,
):
    save_clinic(
        session_factory,
        ClinicDetails("Clínica Sol", "", "+34 910 000 000", "Europe/Madrid"),
        actor=None,
    )
    station = signed_in(qtbot, make_station(), admin)
    pages = with_pages(station, session_factory, settings)
    page = pages.printer
    station.stack.setCurrentWidget(station.admin_page)
    station.admin_page.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.list.count() > 2, timeout=15000)
    texts = [page.list.item(i).text() for i in range(page.list.count())]
    assert any(t.startswith(cups_pdf.queue) and t.endswith("Ready.") for t in texts)
    paused = next(t for t in texts if t.startswith(paused_queue))
    assert "is paused. Resume it" in paused

    row = next(i for i, t in enumerate(texts) if t.startswith(cups_pdf.queue))
    page.list.setCurrentRow(row)
    page.paper.setCurrentIndex(page.paper.findData("a4"))
    with qtbot.waitSignal(page.saved, timeout=10000):
        page.save_button.click()
    assert (load_clinic(session_factory).printer, load_clinic(session_factory).paper) == (
        cups_pdf.queue,
        "a4",
    )
    page.test_button.click()
    qtbot.waitUntil(lambda: page.message.kind in ("ok", "error"), timeout=60000)
    assert page.message.kind == "ok", page.message.text()
    assert "test page has printed" in page.message.text()

    page.list.setCurrentRow(next(i for i, t in enumerate(texts) if t.startswith(paused_queue)))
    page.test_button.click()  # a paused printer: the page is cancelled and the reason said
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=90000)
    assert f"The printer {paused_queue} is paused" in page.message.text()
    assert CupsBackend().printer_status(paused_queue).problem == "paused"


def test_print_jobs_page_retries_a_stuck_job_on_the_printer_chosen_now_once(
    qtbot,
    make_station,
    session_factory,
    settings,
    admin,
    cups_pdf,  # noqa: F811
    paused_queue,
):
    from kiosk.services.printing import print_document
    from tests.kiosk.printing.stored import stored_document

    document = stored_document(session_factory)
    stuck = print_document(
        session_factory,
        document,
        backend=CupsBackend(),
        printer=paused_queue,
        timeout=1,
        actor=None,
    )
    assert stuck.status == "stuck"
    save_clinic(
        session_factory,
        ClinicDetails(
            "Clínica Sol", "", "+34 910 000 000", "Europe/Madrid", printer=cups_pdf.queue
        ),
        actor=None,
    )
    station = signed_in(qtbot, make_station(), admin)
    pages = with_pages(station, session_factory, settings)
    page = pages.jobs
    station.stack.setCurrentWidget(station.admin_page)
    station.admin_page.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    model = page.model
    assert model.data(model.index(0, 4)) == "Stuck at the printer"
    assert f"The printer {paused_queue} is paused" in model.data(model.index(0, 5))
    page.table.selectRow(0)
    assert page.cancel_button.isEnabled() and page.retry_button.isEnabled()
    page.retry_button.click()
    qtbot.waitUntil(lambda: page.message.kind in ("ok", "error"), timeout=60000)
    assert page.message.text() == "Printed.", page.message.text()
    qtbot.waitUntil(lambda: model.data(model.index(0, 4)) == "Printed", timeout=10000)
    assert model.data(model.index(0, 3)) == cups_pdf.queue
    assert CupsBackend().status(stuck.job_ref).code == "cancelled"  # the first copy withdrawn


def test_an_admin_of_an_unset_clinic_is_taken_to_the_clinic_page(
    qtbot, make_station, session_factory, settings, admin
):
    station = make_station()
    pages = with_pages(station, session_factory, settings)
    signed_in(qtbot, station, admin)
    qtbot.waitUntil(
        lambda: station.admin_page.tabs.currentWidget() is pages.settings, timeout=10000
    )
    qtbot.waitUntil(lambda: pages.settings.message.kind == "error", timeout=10000)
    assert "cannot print until the clinic's name and phone" in pages.settings.message.text()
    assert station.stack.currentWidget() is station.admin_page


def test_a_nurse_of_an_unset_clinic_is_told_whom_to_ask(
    qtbot, make_station, session_factory, settings, nurse
):
    station = make_station()
    with_pages(station, session_factory, settings)
    signed_in(qtbot, station, nurse)
    qtbot.waitUntil(lambda: station.problem.kind == "error", timeout=10000)
    assert "ask an administrator" in station.problem.text()
