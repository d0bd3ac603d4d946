"""Qt printing offscreen: QtPdf pages painted onto a QPrinter in PdfFormat, and the preview."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from kiosk.documents.aftercare import ClinicHeader, build_aftercare_sheet, render_aftercare_pdf
from kiosk.domain.aftercare import Area, plan_aftercare
from kiosk.printing.backends import JobState, PrintBackend, PrintError
from tests.kiosk.documents.sample_content import aftercare_en
from ui.printing.preview_dialog import PrintPreviewDialog
from ui.printing.qt_backend import QtPrintBackend


@pytest.fixture
def sheet_pdf() -> bytes:
    content = aftercare_en()
    plan = plan_aftercare(content, date(2026, 1, 28), {Area.FACE, Area.EYES}, 1)
    data = build_aftercare_sheet(
        content, plan, patient_name="Ana García", clinic=ClinicHeader("Clinic", "555-0100")
    )
    return render_aftercare_pdf(data)


def test_qt_backend_prints_every_page_to_a_pdf_file(qapp, sheet_pdf, tmp_path):
    source = tmp_path / "sheet.pdf"
    source.write_bytes(sheet_pdf)
    backend = QtPrintBackend(pdf_folder=tmp_path / "out", dpi=100)
    assert isinstance(backend, PrintBackend)
    ref = backend.submit(source, None, title="sheet")
    assert backend.status(ref).state is JobState.COMPLETED
    out = backend.output_file(ref, "sheet")
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # US Letter kept
    page = reader.pages[0]
    assert "/XObject" in page["/Resources"]  # the page was painted as an image


def test_qt_backend_refuses_an_unknown_printer_and_a_broken_file(qapp, sheet_pdf, tmp_path):
    source = tmp_path / "sheet.pdf"
    source.write_bytes(sheet_pdf)
    with pytest.raises(PrintError, match="does not exist"):
        QtPrintBackend().submit(source, "NoSuchPrinterAnywhere")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf")
    with pytest.raises(PrintError, match="could not be opened"):
        QtPrintBackend(pdf_folder=tmp_path).submit(broken, None)
    assert QtPrintBackend().status("qt-99").state is JobState.FAILED


class Job:
    def __init__(self, failed: bool, error: str | None = None) -> None:
        self.failed = failed
        self.error = error


def test_preview_shows_the_pdf_and_prints_off_the_gui_thread(qtbot, sheet_pdf):
    import threading

    threads: list[threading.Thread] = []

    def action() -> Job:
        threads.append(threading.current_thread())
        return Job(failed=False)

    dialog = PrintPreviewDialog(sheet_pdf, action, title="Aftercare")
    qtbot.addWidget(dialog)
    assert dialog.validate() and dialog.print_button.isEnabled()
    assert dialog.document.pageCount() == 1
    with qtbot.waitSignal(dialog.printed, timeout=10_000) as caught:
        dialog.print_button.click()
        assert not dialog.print_button.isEnabled()  # no double printing while it runs
    assert isinstance(caught.args[0], Job)
    assert threads and threads[0] is not threading.main_thread()
    assert dialog.print_button.isEnabled()
    assert dialog.status.text() == "Sent to the printer."


def test_preview_reports_a_failed_job_and_allows_another_try(qtbot, sheet_pdf):
    dialog = PrintPreviewDialog(sheet_pdf, lambda: Job(True, "The printer Front is offline."))
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.print_failed, timeout=10_000) as caught:
        dialog.print_button.click()
    assert caught.args == ["The printer Front is offline."]
    assert "The printer Front is offline." in dialog.status.text()
    assert dialog.print_button.isEnabled()


def test_preview_turns_an_exception_into_calm_words(qtbot, sheet_pdf):
    def explode() -> None:
        raise PrintError("That printer does not exist on this computer (X).")

    dialog = PrintPreviewDialog(sheet_pdf, explode)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.print_failed, timeout=10_000) as caught:
        dialog.print_button.click()
    assert caught.args == ["That printer does not exist on this computer (X)."]


def test_preview_of_a_broken_pdf_cannot_print(qtbot):
    dialog = PrintPreviewDialog(b"not a pdf", lambda: None)
    qtbot.addWidget(dialog)
    assert not dialog.validate()
    assert not dialog.print_button.isEnabled()


def test_every_control_has_an_accessible_name(qtbot, sheet_pdf):
    dialog = PrintPreviewDialog(sheet_pdf, lambda: None)
    qtbot.addWidget(dialog)
    for widget in (dialog.view, dialog.print_button, dialog.close_button, dialog.status):
        assert widget.accessibleName()


def test_close_rejects(qtbot, sheet_pdf):
    dialog = PrintPreviewDialog(sheet_pdf, lambda: None)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        dialog.close_button.click()
    assert not dialog.isVisible()


def test_a_stuck_job_is_not_reported_printed_and_cannot_be_sent_twice_from_here(qtbot, sheet_pdf):
    """The paused printer may print it later: Print stays off; Print jobs cancels it first."""
    from kiosk.services.results.printing import PrintJobView

    stuck = PrintJobView(
        job_id=7,
        document_id=3,
        backend="cups",
        printer="Front",
        job_ref="Front-12",
        status="stuck",
        attempts=1,
        error="The printer Front is out of paper. Load paper, then print again.",
        problem="media-empty",
    )
    dialog = PrintPreviewDialog(sheet_pdf, lambda: stuck)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.print_failed, timeout=10000) as failed:
        dialog.print_button.click()
    assert failed.args[0] == "The printer Front is out of paper. Load paper, then print again."
    assert "Print jobs" in dialog.status.text()
    assert not dialog.print_button.isEnabled()


def test_on_the_qt_backend_the_printers_come_from_qprinterinfo(qapp, tmp_path, session_factory):
    """Administration > Printer offers what Qt sees (the Windows way); no state is invented."""
    import dataclasses

    from PySide6.QtPrintSupport import QPrinterInfo

    from kiosk.config import load_settings
    from kiosk.services.clinic_admin import ClinicAdmin
    from ui.stations import printer_for, system_printers

    base = load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path)})
    settings = dataclasses.replace(base, printing=dataclasses.replace(base.printing, backend="qt"))
    choices = ClinicAdmin(session_factory, settings, printer_for, system_printers).printers()
    assert sorted(c.name for c in choices) == sorted(QPrinterInfo.availablePrinterNames())
    assert all(c.status.state == "unknown" and c.status.problem is None for c in choices)
