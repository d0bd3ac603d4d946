"""The main window: paints first, opens the database on a worker, explains failures, guards exit."""

import dataclasses
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.config import load_settings
from ui.main_window import Backend, MainWindow, open_backend


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})


def started(qtbot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    return window


def test_kiosk_station_shows_the_welcome_before_the_database_is_open(qtbot, settings) -> None:
    window = MainWindow(settings)
    assert window.show_first_page() is window.patient is not None
    assert window.backend is None
    window = started(qtbot, window)
    assert window.stack.currentWidget() is window.patient
    qtbot.waitUntil(lambda: window.backend is not None, timeout=15000)
    assert window.stack.currentWidget() is window.patient
    assert (settings.data_dir / "clinic.sqlite3").exists()


def test_a_check_in_sent_before_the_database_is_open_waits_for_it(qtbot, settings) -> None:
    from ui.patient.flow import Step
    from ui.patient.kiosk_view import PatientKiosk

    release = threading.Event()

    def slow_opener(s) -> Backend:
        release.wait(15)  # a slow disk or server: the patient is quicker
        return open_backend(s)

    window = MainWindow(settings, opener=slow_opener)
    window.show_first_page()
    window = started(qtbot, window)
    kiosk = window.patient
    assert isinstance(kiosk, PatientKiosk)
    from tests.ui.patient.walk import check_in

    check_in(qtbot, kiosk)
    assert kiosk.flow.step is Step.SENDING and window.backend is None
    with qtbot.waitSignal(kiosk.checkin_saved, timeout=15000) as saved:
        release.set()
    assert saved.args[0].visit_id > 0
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE, timeout=5000)


def test_a_check_in_waiting_when_the_database_fails_is_kept_and_arrives_later(
    qtbot, settings
) -> None:
    """The database cannot be opened: the patient is thanked all the same (the check-in waits
    in the station's outbox), and it is stored once staff get the database open again."""
    from kiosk.services.outbox import HeldReceipt
    from tests.ui.patient.walk import check_in
    from ui.patient.flow import Step

    release = threading.Event()
    calls: list[int] = []

    def opener(s) -> Backend:
        calls.append(1)
        release.wait(15)
        if len(calls) == 1:
            raise OSError("connection refused by 10.0.0.9:5432")
        return open_backend(s)

    window = MainWindow(settings, opener=opener)
    window.show_first_page()
    window = started(qtbot, window)
    kiosk = window.patient
    check_in(qtbot, kiosk)
    submission_id = kiosk.flow.draft.submission_id
    with qtbot.waitSignal(kiosk.checkin_saved, timeout=20000) as held:
        release.set()
    assert isinstance(held.args[0], HeldReceipt)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE, timeout=5000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.problem, timeout=15000)
    forwarder = kiosk.outbox_forwarder
    assert forwarder.outbox.summary().held == 1

    def stored(result) -> bool:
        return result is not None and result.sent == 1

    with qtbot.waitSignal(forwarder.forwarded, timeout=20000, check_params_cb=stored):
        window.problem.action.click()  # staff: "Try again"; the forwarder then stores it
    assert len(calls) == 2 and forwarder.outbox.summary().held == 0
    from sqlalchemy import select

    from kiosk.storage import models

    with window.backend.database.session_factory() as session:
        ids = session.scalars(select(models.Visit.submission_id)).all()
    assert ids == [submission_id]


def test_staff_button_leads_to_the_nurse_station_and_back(qtbot, settings) -> None:
    window = started(qtbot, MainWindow(settings))
    qtbot.waitUntil(lambda: window.backend is not None, timeout=15000)
    assert window.nurse is None  # built when staff first need it
    window.patient.staff_requested.emit()
    assert window.nurse is not None
    assert window.stack.currentWidget() is window.nurse
    window.nurse.leave_requested.emit()
    assert window.stack.currentWidget() is window.patient


def test_staff_before_the_database_is_open_see_getting_ready_then_the_nurse_station(
    qtbot, settings
) -> None:
    release = threading.Event()

    def slow_opener(s) -> Backend:
        release.wait(15)
        return open_backend(s)

    window = MainWindow(settings, opener=slow_opener)
    window.show_first_page()
    window = started(qtbot, window)
    window.patient.staff_requested.emit()
    assert window.stack.currentWidget() is window.starting
    release.set()
    qtbot.waitUntil(lambda: window.nurse is not None, timeout=15000)
    assert window.stack.currentWidget() is window.nurse


def test_nurse_station_alone(qtbot, settings) -> None:
    nurse_settings = dataclasses.replace(settings, station="nurse")
    window = started(qtbot, MainWindow(nurse_settings))
    qtbot.waitUntil(lambda: window.nurse is not None, timeout=15000)
    assert window.patient is None
    assert window.stack.currentWidget() is window.nurse


def test_unreachable_database_explains_and_retries(qtbot, settings) -> None:
    calls: list[int] = []

    def opener(s) -> Backend:
        calls.append(1)
        if len(calls) == 1:
            raise OSError("connection refused by 10.0.0.9:5432")
        return open_backend(s)

    window = started(qtbot, MainWindow(settings, opener=opener))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.problem, timeout=15000)
    text = window.problem.body.text()
    assert "server does not answer" in text and "Try again" in text
    assert "Traceback" not in text
    window.problem.action.click()
    qtbot.waitUntil(lambda: window.backend is not None, timeout=15000)
    assert window.stack.currentWidget() is window.patient
    assert len(calls) == 2


def test_kiosk_mode_refuses_to_close_until_staff_allow_it(qtbot, settings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.enter_kiosk_mode()
    assert not window.close()
    assert window.isVisible()
    window.allow_exit()
    assert not window.isVisible()


def test_every_page_has_an_accessible_name(qtbot, settings) -> None:
    window = started(qtbot, MainWindow(settings))
    qtbot.waitUntil(lambda: window.backend is not None, timeout=15000)
    window.show_nurse()
    for page in (window.starting, window.patient, window.nurse):
        assert isinstance(page, QWidget) and page.accessibleName()
