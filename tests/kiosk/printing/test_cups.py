"""Printing through a real CUPS server into a cups-pdf queue.

cups-pdf re-renders the job through Ghostscript (the text layer is lost), so these tests check
that the job completed and that a PDF with pages arrived; the words are checked on the PDF the
app made (tests/kiosk/documents).
"""

from __future__ import annotations

import io
import subprocess
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.printing.backends import JobState, PrintError, follow
from kiosk.printing.cups import CupsBackend
from tests.kiosk.printing.stored import stored_document

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


def test_retry_after_a_printer_is_configured_uses_the_printer_chosen_now(
    cups_pdf, session_factory, settings, tmp_path
):
    """The job first went to a printer that does not exist; the retry goes where the admin
    points now (not to the job's old printer), once, and the failure read in plain words."""
    from kiosk.services.documents import print_document, retry_print

    document = stored_document(session_factory)
    backend = CupsBackend()
    job = print_document(
        session_factory, document, backend=backend, printer="Gone", timeout=60, actor=None
    )
    assert (job.status, job.problem, job.job_ref, job.attempts) == (
        "failed",
        "printer_missing",
        None,
        1,
    )
    assert "The printer Gone does not exist on this computer" in job.error
    queue = f"KioskRetry{uuid.uuid4().hex[:6]}"
    cups_pdf.add_queue(queue)
    try:
        again = retry_print(
            session_factory, job.job_id, backend=backend, printer=queue, timeout=60, actor=None
        )
    finally:
        cups_pdf.remove_queue(queue)
    assert (again.status, again.attempts, again.error, again.printer) == (
        "completed",
        2,
        None,
        queue,
    ), again
    assert again.job_ref.startswith(f"{queue}-")
    for path in arrived(cups_pdf.out_dir, "retry-test"):
        path.unlink()


@pytest.fixture
def paused_queue(cups_pdf):
    """A queue of this test's own, paused, removed afterwards (never pause a shared queue)."""
    queue = f"KioskPaused{uuid.uuid4().hex[:6]}"
    cups_pdf.add_queue(queue)
    subprocess.run(["cupsdisable", queue], check=True, capture_output=True)
    try:
        yield queue
    finally:
        cups_pdf.remove_queue(queue)


def test_a_paused_printer_makes_a_stuck_job_with_the_reason_then_resumes_once(
    cups_pdf, paused_queue, session_factory, settings
):
    """No second copy: refreshing follows the same CUPS job once the printer is resumed."""
    from kiosk.services.documents import print_document, refresh_print_job

    document = stored_document(session_factory)
    backend = CupsBackend()
    job = print_document(
        session_factory, document, backend=backend, printer=paused_queue, timeout=1, actor=None
    )
    assert (job.status, job.problem) == ("stuck", "paused")
    assert (
        job.error
        == f"The printer {paused_queue} is paused. Resume it (or ask IT to), then print again."
    )
    subprocess.run(["cupsenable", paused_queue], check=True, capture_output=True)
    done = refresh_print_job(session_factory, job.job_id, backend=backend, timeout=60)
    assert (done.status, done.attempts, done.error, done.job_ref) == (
        "completed",
        1,
        None,
        job.job_ref,
    )
    for path in arrived(cups_pdf.out_dir, "retry-test"):
        path.unlink()


def test_retry_of_a_stuck_job_cancels_it_first_so_nothing_prints_twice(
    cups_pdf, paused_queue, session_factory, settings, database
):
    from kiosk.services.documents import print_document, retry_print
    from tests.kiosk.services.helpers import audit_actions

    document = stored_document(session_factory)
    backend = CupsBackend()
    stuck = print_document(
        session_factory, document, backend=backend, printer=paused_queue, timeout=1, actor=None
    )
    assert stuck.stuck and stuck.open
    again = retry_print(
        session_factory,
        stuck.job_id,
        backend=backend,
        printer=cups_pdf.queue,
        timeout=60,
        actor=None,
    )
    assert (again.status, again.printer, again.attempts) == ("completed", cups_pdf.queue, 2)
    old = backend.status(stuck.job_ref)  # CUPS itself says the first copy was withdrawn
    assert (old.state, old.code) == (JobState.FAILED, "cancelled")
    subprocess.run(["cupsenable", paused_queue], check=True, capture_output=True)
    assert backend.status(stuck.job_ref).state is JobState.FAILED  # resuming prints nothing
    assert "print.cancelled" in audit_actions(database)
    for path in arrived(cups_pdf.out_dir, "retry-test"):
        path.unlink()


def test_cancel_withdraws_a_stuck_job(cups_pdf, paused_queue, session_factory, settings):
    from kiosk.services.documents import cancel_print_job, print_document
    from kiosk.services.errors import ValidationError

    document = stored_document(session_factory)
    backend = CupsBackend()
    stuck = print_document(
        session_factory, document, backend=backend, printer=paused_queue, timeout=0, actor=None
    )
    cancelled = cancel_print_job(session_factory, stuck.job_id, backend=backend, actor=None)
    assert (cancelled.status, cancelled.problem) == ("cancelled", "cancelled")
    assert backend.status(stuck.job_ref).code == "cancelled"
    with pytest.raises(ValidationError) as caught:  # twice is a clear refusal, not a crash
        cancel_print_job(session_factory, stuck.job_id, backend=backend, actor=None)
    assert caught.value.code == "not_open"


@pytest.mark.parametrize(("paper", "media"), [("letter", "Letter"), ("a4", "A4")])
def test_the_paper_size_reaches_cups(cups_pdf, paused_queue, sample_pdf, paper, media):
    """The job waits on the paused queue, so CUPS can be asked what it was told."""
    backend = CupsBackend(paper=paper)
    ref = backend.submit(sample_pdf, paused_queue, title="media-test")
    job_id = ref.rpartition("-")[2]
    request = (
        "{\n OPERATION Get-Job-Attributes\n GROUP operation-attributes-tag\n"
        " ATTR charset attributes-charset utf-8\n"
        " ATTR naturalLanguage attributes-natural-language en\n"
        " ATTR uri printer-uri $uri\n"
        f" ATTR integer job-id {job_id}\n"
        " ATTR keyword requested-attributes media\n}\n"
    )
    test_file = sample_pdf.with_suffix(".test")
    test_file.write_text(request)
    out = subprocess.run(
        ["ipptool", "-tv", f"ipp://localhost/printers/{paused_queue}", str(test_file)],
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout
    backend.cancel(ref)
    assert f"media (keyword) = {media}\n" in out


def test_no_printer_and_no_default_destination_is_said_plainly(cups_pdf, sample_pdf):
    backend = CupsBackend()
    if backend.default_printer() is not None:
        pytest.skip("this machine has a default printer")
    with pytest.raises(PrintError) as caught:
        backend.submit(sample_pdf, None)
    assert caught.value.code == "no_printer"
    assert "No printer is chosen" in str(caught.value)
    assert backend.printer_status(None).problem == "no_printer"


def test_printer_status_of_a_real_queue(cups_pdf, paused_queue):
    backend = CupsBackend()
    ready = backend.printer_status(cups_pdf.queue)
    assert (ready.state, ready.problem, ready.ready) == ("idle", None, True)
    paused = backend.printer_status(paused_queue)
    assert (paused.state, paused.problem) == ("stopped", "paused")
    assert backend.printer_status("NoSuchQueue").problem == "printer_missing"


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


def test_cli_retry_goes_to_the_printer_an_admin_chose_after_the_failure(
    cups_pdf, tmp_path, monkeypatch, capsys
):
    """`print --retry JOB` used to reuse the job's empty printer and fail again."""
    import dataclasses

    from kiosk.cli import main
    from kiosk.config import load_settings
    from kiosk.domain.clinic import ClinicDetails
    from kiosk.services.audit_secret import attach_audit_key
    from kiosk.services.clinic import save_clinic
    from kiosk.services.documents import print_document
    from kiosk.storage import open_database

    monkeypatch.setenv("CLINIC_KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CLINIC_KIOSK_DB", raising=False)
    monkeypatch.delenv("CLINIC_KIOSK_PRINTER", raising=False)
    monkeypatch.setenv("CLINIC_KIOSK_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "none.toml").write_text("")
    settings = load_settings()
    settings.data_dir.mkdir(parents=True)
    db = open_database(settings.database_url)
    attach_audit_key(db, settings.data_dir)
    try:
        sf = db.session_factory
        document = stored_document(sf)
        failed = print_document(
            sf, document, backend=CupsBackend(), printer="Gone", timeout=5, actor=None
        )
        assert failed.status == "failed"
        details = ClinicDetails("Bright Skin Clinic", "", "555-0100", "America/New_York")
        save_clinic(sf, dataclasses.replace(details, printer=cups_pdf.queue), actor=None)
    finally:
        db.dispose()
    assert main(["print", "--retry", str(failed.job_id)]) == 0, capsys.readouterr().err
    assert f"completed on {cups_pdf.queue}" in capsys.readouterr().out
    assert main(["print", "--retry", str(failed.job_id)]) == 2  # printed: never a second copy
    err = capsys.readouterr().err.strip()
    assert err == "clinic-kiosk: This job has printed already; print the document again."
    for path in arrived(cups_pdf.out_dir, "retry-test"):
        path.unlink()


def test_two_stations_retrying_one_stuck_job_print_it_once(
    cups_pdf, paused_queue, session_factory, settings
):
    """Both press "Print again" on the same stuck job: one claims it, the other is told."""
    import threading

    from kiosk.services.documents import print_document, retry_print
    from kiosk.services.errors import ConflictError
    from kiosk.services.printing import list_print_jobs

    title = f"twice-{uuid.uuid4().hex[:10]}"  # the output folder is shared: a name of its own
    document = stored_document(session_factory, f"{title}.pdf")
    backend = CupsBackend()
    stuck = print_document(
        session_factory, document, backend=backend, printer=paused_queue, timeout=0, actor=None
    )
    outcomes: list[object] = []
    start = threading.Barrier(2)

    def station() -> None:
        start.wait()
        try:
            outcomes.append(
                retry_print(
                    session_factory,
                    stuck.job_id,
                    backend=backend,
                    printer=cups_pdf.queue,
                    timeout=60,
                    actor=None,
                )
            )
        except ConflictError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=station) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    printed = [o for o in outcomes if not isinstance(o, Exception)]
    refused = [o for o in outcomes if isinstance(o, ConflictError)]
    assert len(printed) == 1 and len(refused) == 1, outcomes
    assert (printed[0].status, printed[0].attempts) == ("completed", 2)
    assert [(r.job.job_id, r.job.status) for r in list_print_jobs(session_factory)] == [
        (stuck.job_id, "completed")
    ]  # one row per job, the retry's
    # CUPS's own record: the waiting copy was withdrawn, the one retry printed
    assert backend.status(stuck.job_ref).code == "cancelled"
    assert backend.status(printed[0].job_ref).state is JobState.COMPLETED
    copies = arrived(cups_pdf.out_dir, title)
    assert len(copies) <= 1  # cups-pdf may still be moving the file into place under load
    for path in copies:
        path.unlink()


def test_without_ipptool_a_paused_queue_is_still_named(
    cups_pdf, paused_queue, sample_pdf, monkeypatch
):
    import kiosk.printing.cups as cups_module

    real_which = cups_module.shutil.which
    monkeypatch.setattr(
        cups_module.shutil, "which", lambda name: None if name == "ipptool" else real_which(name)
    )
    backend = CupsBackend()
    ref = backend.submit(sample_pdf, paused_queue, title="lpstat-paused")
    try:
        status = backend.status(ref)
        assert (status.state, status.code) == (JobState.PENDING, "paused")
        assert backend.printer_status(paused_queue).problem == "paused"
    finally:
        backend.cancel(ref)
