"""Every nurse dialog fits a 1280x800 and an 800x1280 tablet with its buttons in reach; the
success line never covers "Aftercare sheet"; each print preview is freed once it closes;
the signed consent record prints from the visit page."""

from __future__ import annotations

import dataclasses
import gc
import os
import weakref

import pypdf
import pytest
import shiboken6
from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import load_settings
from kiosk.domain.aftercare import Area
from kiosk.printing.folder import FolderBackend
from kiosk.services import documents
from kiosk.services.audit_log import list_events
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_procedure_and_admin import record
from tests.ui.nurse.test_queue_and_visit import open_visit

SIZES = {"landscape": (1280, 800), "portrait": (800, 1280)}


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


@pytest.fixture
def printing_station(make_station, session_factory, tmp_path):
    settings = load_settings(environ={"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    clinic = dataclasses.replace(settings.clinic, name="Bright Skin Clinic", phone="555-0100")
    settings = dataclasses.replace(settings, clinic=clinic)  # documents refuse placeholders
    printed = tmp_path / "printed"

    def make():
        return make_station(
            render_aftercare=lambda visit_id, actor: documents.render_aftercare(
                session_factory, visit_id, settings=settings, actor=actor
            ),
            render_consent_record=lambda visit_id, actor: documents.render_consent_record(
                session_factory, visit_id, settings=settings, actor=actor
            ),
            print_document=lambda document, actor: documents.print_document(
                session_factory,
                document,
                backend=FolderBackend(printed),
                printer=None,
                actor=actor,
                timeout=5,
            ),
        )

    make.printed = printed
    return make


def open_preview(qtbot, station, button):
    button.click()
    qtbot.waitUntil(lambda: station.preview_dialog is not None, timeout=30000)
    dialog = station.preview_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def close_and_flush(qtbot, dialog) -> None:
    dialog.close_button.click()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog), timeout=5000)


@pytest.mark.parametrize("orientation", SIZES)
def test_the_print_preview_fits_with_its_buttons_in_reach(
    qtbot,
    printing_station,
    nurse,
    cleared_visit,
    orientation,
):
    station = printing_station()
    station.resize(*SIZES[orientation])
    signed_in(qtbot, station, nurse)
    open_visit(qtbot, station, cleared_visit)
    record(qtbot, station, (Area.FACE,))
    page = station.procedure_page
    # The success line sits below both steps; "Aftercare sheet" stays whole and in view.
    assert page.result_line.isVisible()
    assert not global_rect(page.result_line).intersects(global_rect(page.aftercare_button))
    assert global_rect(page.form_scroll.viewport()).contains(global_rect(page.aftercare_button))
    assert global_rect(station).contains(global_rect(page.aftercare_button))
    dialog = open_preview(qtbot, station, page.aftercare_button)
    window = global_rect(station)
    assert window.contains(dialog.frameGeometry()), (dialog.frameGeometry(), window)
    for button in (dialog.print_button, dialog.close_button):
        assert button.isVisible()
        assert global_rect(dialog).contains(global_rect(button))
        assert window.contains(global_rect(button))
    close_and_flush(qtbot, dialog)


def test_previews_are_freed_when_they_close(qtbot, printing_station, nurse, cleared_visit):
    station = printing_station()
    signed_in(qtbot, station, nurse)
    open_visit(qtbot, station, cleared_visit)
    record(qtbot, station, (Area.NECK,))
    button = station.procedure_page.aftercare_button

    def open_files() -> int:
        return len(os.listdir("/proc/self/fd"))

    def threads() -> int:
        return len(os.listdir("/proc/self/task"))

    close_and_flush(qtbot, open_preview(qtbot, station, button))  # warm-up: fonts, plugins
    files, workers = open_files(), threads()
    gone = []
    for _ in range(4):
        dialog = open_preview(qtbot, station, button)
        gone.append(weakref.ref(dialog))
        close_and_flush(qtbot, dialog)
        del dialog
    gc.collect()
    assert station.preview_dialog is None
    assert [ref() for ref in gone] == [None] * 4
    assert open_files() <= files + 1  # four previews would hold four more
    assert threads() <= workers + 1


def test_the_signed_consent_record_prints_from_the_visit_page(
    qtbot,
    printing_station,
    nurse,
    session_factory,
    cleared_visit,
):
    station = printing_station()
    signed_in(qtbot, station, nurse)
    open_visit(qtbot, station, cleared_visit)
    page = station.visit_page
    assert page.consent_button.isEnabled()
    dialog = open_preview(qtbot, station, page.consent_button)
    assert dialog.windowTitle() == "Signed consent record"
    dialog.print_button.click()
    qtbot.waitUntil(
        lambda: page.message.text() == "The signed consent record was printed.", timeout=20000
    )
    (printed,) = list(printing_station.printed.iterdir())
    text = "".join(p.extract_text() for p in pypdf.PdfReader(printed).pages)
    assert "Ana" in text and "García" in text
    rendered = [
        e for e in list_events(session_factory, limit=50) if e.action == "document.rendered"
    ]
    assert rendered and rendered[0].subject == f"visit:{cleared_visit}"
    close_and_flush(qtbot, dialog)


def test_without_printing_the_consent_button_says_so(qtbot, make_station, nurse, cleared_visit):
    station = signed_in(qtbot, make_station(), nurse)
    open_visit(qtbot, station, cleared_visit)
    station.visit_page.consent_button.click()
    assert "Printing isn't configured" in station.visit_page.message.text()
    assert "consent" in station.visit_page.message.text()
