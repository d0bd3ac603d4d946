"""Printing through a real CUPS server into a cups-pdf queue.

cups-pdf re-renders the job through Ghostscript (the text layer is lost), so these tests check
that the job completed and that a PDF with pages arrived; the words are checked on the PDF the
app made (tests/kiosk/documents).
"""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.printing.backends import JobState, PrintError, follow
from kiosk.printing.cups import CupsBackend

pytestmark = pytest.mark.cups


@pytest.fixture
def sample_pdf(tmp_path) -> Path:
    from datetime import date

    from kiosk.documents.aftercare import ClinicHeader, build_aftercare_sheet, render_aftercare_pdf
    from kiosk.domain.aftercare import Area, plan_aftercare
    from tests.kiosk.documents.sample_content import aftercare_en

    content = aftercare_en()
    plan = plan_aftercare(content, date(2026, 1, 28), {Area.FACE}, 1)
    data = build_aftercare_sheet(
        content, plan, patient_name="Ana García", clinic=ClinicHeader("Clinic", "555-0100")
    )
    path = tmp_path / "sheet.pdf"
    path.write_bytes(render_aftercare_pdf(data))
    return path


def arrived(out_dir: Path, title: str) -> list[Path]:
    return sorted(out_dir.glob(f"{title}*.pdf")) if out_dir.is_dir() else []


def test_job_completes_and_the_pdf_arrives(cups_pdf, sample_pdf):
    backend = CupsBackend()
    title = f"kiosk-test-{uuid.uuid4().hex[:12]}"
    ref = backend.submit(sample_pdf, cups_pdf.queue, title=title)
    assert ref.startswith(f"{cups_pdf.queue}-")
    status = follow(backend, ref, timeout=60)
    assert status.state is JobState.COMPLETED, status.message
    files = arrived(cups_pdf.out_dir, title)
    assert len(files) == 1
    data = files[0].read_bytes()
    assert data.startswith(b"%PDF")
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    files[0].unlink()


def test_unknown_printer_is_a_clear_error(cups_pdf, sample_pdf):
    with pytest.raises(PrintError, match="does not exist"):
        CupsBackend().submit(sample_pdf, "NoSuchPrinter", title="x")


def test_unknown_job_is_reported_failed(cups_pdf):
    status = CupsBackend().status(f"{cups_pdf.queue}-999999")
    assert status.state is JobState.FAILED
    assert "no job 999999" in status.message


def test_print_job_fails_offline_then_retry_works_once_the_printer_is_back(
    cups_pdf, session_factory, settings, tmp_path
):
    """The service's view: a failed job row with plain words; retry after lpadmin adds it."""
    from kiosk.services.documents import print_document, retry_print

    document = _stored_document(session_factory)
    queue = f"KioskRetry{uuid.uuid4().hex[:6]}"
    backend = CupsBackend()
    job = print_document(
        session_factory, document, backend=backend, printer=queue, actor=None, timeout=60
    )
    assert job.status == "failed"
    assert "does not exist" in job.error
    assert job.job_ref is None and job.attempts == 1
    cups_pdf.add_queue(queue)
    try:
        again = retry_print(session_factory, job.job_id, backend=backend, actor=None, timeout=60)
    finally:
        cups_pdf.remove_queue(queue)
    assert (again.status, again.attempts, again.error) == ("completed", 2, None), again
    assert again.job_ref.startswith(f"{queue}-")
    for path in arrived(cups_pdf.out_dir, "retry-test"):
        path.unlink()


def _one_page_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_lpstat_fallback_follows_the_job_when_ipptool_is_absent(cups_pdf, sample_pdf, monkeypatch):
    import kiosk.printing.cups as cups_module

    real_which = cups_module.shutil.which
    monkeypatch.setattr(
        cups_module.shutil, "which", lambda name: None if name == "ipptool" else real_which(name)
    )
    backend = CupsBackend()
    title = f"kiosk-lpstat-{uuid.uuid4().hex[:12]}"
    ref = backend.submit(sample_pdf, cups_pdf.queue, title=title)
    assert follow(backend, ref, timeout=60).state is JobState.COMPLETED
    assert backend.status(f"{cups_pdf.queue}-999999").state is JobState.FAILED
    for path in arrived(cups_pdf.out_dir, title):
        path.unlink()


def test_the_queue_is_listed(cups_pdf):
    assert cups_pdf.queue in CupsBackend().printers()


def test_a_paused_printer_leaves_the_job_pending_until_it_is_resumed(
    cups_pdf, session_factory, settings
):
    """No second copy: refreshing follows the same CUPS job once the printer is resumed."""
    import subprocess

    from kiosk.services.documents import print_document, refresh_print_job

    document = _stored_document(session_factory)
    queue = f"KioskPaused{uuid.uuid4().hex[:6]}"
    cups_pdf.add_queue(queue)
    try:
        subprocess.run(["cupsdisable", queue], check=True, capture_output=True)
        backend = CupsBackend()
        job = print_document(
            session_factory, document, backend=backend, printer=queue, actor=None, timeout=0
        )
        assert job.status == "pending"
        assert "not finished yet" in job.error
        subprocess.run(["cupsenable", queue], check=True, capture_output=True)
        done = refresh_print_job(session_factory, job.job_id, backend=backend, timeout=60)
    finally:
        cups_pdf.remove_queue(queue)
    assert (done.status, done.attempts, done.error, done.job_ref) == (
        "completed",
        1,
        None,
        job.job_ref,
    )
    for path in arrived(cups_pdf.out_dir, "retry-test"):
        path.unlink()


def _stored_document(session_factory):
    from kiosk.services.checkin import submit_checkin
    from kiosk.services.documents import RenderedDocument
    from kiosk.storage import models
    from tests.fixtures.database import (
        TEST_NOW,
        TEST_ZONE,
        build_checklist,
        fixed_clock,
        make_submission,
    )

    visit_id = submit_checkin(
        session_factory,
        make_submission(),
        checklist=build_checklist(),
        zone=TEST_ZONE,
        clock=fixed_clock(),
    ).visit_id
    with session_factory.begin() as session:
        row = models.Document(
            visit_id=visit_id,
            kind="aftercare",
            sha256="0" * 64,
            filename="retry-test.pdf",
            pdf=_one_page_pdf(),
            staff_id=None,
            created_at=TEST_NOW,
        )
        session.add(row)
        session.flush()
        return RenderedDocument(row.pdf, row.sha256, row.kind, row.filename, row.id, visit_id)
