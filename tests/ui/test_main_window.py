"""The main window: paints first, opens the database on a worker, explains failures, guards exit."""

import dataclasses
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


def test_kiosk_station_opens_on_the_patient_welcome(qtbot, settings) -> None:
    window = started(qtbot, MainWindow(settings))
    assert window.stack.currentWidget() is window.starting
    qtbot.waitUntil(lambda: window.patient is not None, timeout=15000)
    assert window.stack.currentWidget() is window.patient
    assert (settings.data_dir / "clinic.sqlite3").exists()


def test_staff_button_leads_to_the_nurse_station_and_back(qtbot, settings) -> None:
    window = started(qtbot, MainWindow(settings))
    qtbot.waitUntil(lambda: window.patient is not None, timeout=15000)
    assert window.nurse is None  # built when staff first need it
    window.patient.staff_requested.emit()
    assert window.nurse is not None
    assert window.stack.currentWidget() is window.nurse
    window.nurse.leave_requested.emit()
    assert window.stack.currentWidget() is window.patient


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
    qtbot.waitUntil(lambda: window.patient is not None, timeout=15000)
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
    qtbot.waitUntil(lambda: window.patient is not None, timeout=15000)
    window.show_nurse()
    for page in (window.starting, window.patient, window.nurse):
        assert isinstance(page, QWidget) and page.accessibleName()
