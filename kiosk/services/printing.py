"""Print jobs that tell the truth: sent, followed for a bounded time, stuck, cancelled, retried.

Printing never holds a transaction while the printer works: one transaction creates the
PrintJob row, the backend runs, another records how it went. A job the printer has not finished
within the bound is ``stuck``, with the printer's own reason (paused, out of paper, jammed) as a
problem code; it may still print once the printer is fixed, so a retry first asks the printer
again (a job that has printed meanwhile is not sent twice), cancels the waiting copy, and only
then sends the document to the printer chosen *now* (not the one the job first went to).
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Protocol, cast

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from kiosk.domain.staff import SignedIn
from kiosk.files import write_private
from kiosk.printing.backends import (
    CancellableBackend,
    JobState,
    JobStatus,
    PrintBackend,
    PrintError,
    follow,
)
from kiosk.printing.problems import explain
from kiosk.services.audit import record_event, staff_actor
from kiosk.services.clock import Clock, now_from, utc_now
from kiosk.services.errors import ConflictError, NotFoundError, ValidationError
from kiosk.services.results.printing import OPEN_STATES, PrintJobRow, PrintJobView
from kiosk.services.signin import require_signed_in
from kiosk.services.transactions import MAX_PAGE, SessionFactory, transaction
from kiosk.storage import models

PRINT_TIMEOUT = 45.0  # seconds to follow a job; after that it is reported as stuck
# A pending or printing row is a station sending and following that job right now (a finished
# attempt is recorded as completed, failed or stuck). Longer than any follow plus the time to
# record it: after this the station is taken for gone and the job may be retried or cancelled.
IN_FLIGHT_BOUND = timedelta(seconds=3 * PRINT_TIMEOUT)


class _Document(Protocol):
    """What a print needs from a stored document (a RenderedDocument fits)."""

    @property
    def document_id(self) -> int: ...
    @property
    def pdf(self) -> bytes: ...
    @property
    def filename(self) -> str: ...


def print_document(
    sf: SessionFactory,
    document: _Document,
    *,
    backend: PrintBackend,
    printer: str | None,
    actor: SignedIn | None,
    timeout: float = PRINT_TIMEOUT,
    clock: Clock = utc_now,
) -> PrintJobView:
    """Create a PrintJob row, send the document, follow the job, record the outcome; the
    audit names ``actor`` (None: the command line)."""
    now = now_from(clock)
    with transaction(sf) as session:
        if actor is not None:
            require_signed_in(session, actor, now=now)
        if session.get(models.Document, document.document_id) is None:
            raise NotFoundError("That document could not be found; render it again.")
        job = models.PrintJob(
            document_id=document.document_id,
            backend=backend.name,
            printer=printer,
            status=JobState.PENDING.value,
            attempts=1,  # the try being made now (a retry's claim reserves the next one)
            created_at=now,
            updated_at=now,
        )
        session.add(job)
        session.flush()
        job_id = job.id
    return _attempt(
        sf, job_id, document.pdf, document.filename, backend, printer, timeout, clock, actor
    )


def retry_print(
    sf: SessionFactory,
    job_id: int,
    *,
    backend: PrintBackend,
    actor: SignedIn | None,
    printer: str | None = None,
    timeout: float = PRINT_TIMEOUT,
    clock: Clock = utc_now,
) -> PrintJobView:
    """Send a job's document again, to ``printer`` (the one chosen now; None: the default).

    A job still waiting at the printer is asked about first: if it has printed meanwhile it is
    recorded so and nothing is sent; otherwise it is cancelled before the new copy goes.
    A job that has printed is refused ("already_printed"): print the document for a new copy.
    Audited as a reprint by ``actor`` (None: the command line).
    """
    now = now_from(clock)
    with transaction(sf, read_only=True) as session:
        if actor is not None:
            require_signed_in(session, actor)
        job = _job(session, job_id)
        view = _view(job)
        in_flight = _in_flight(job, now)
        document = session.get(models.Document, job.document_id)
        if document is None or document.pdf is None:
            raise NotFoundError("The document of this print job is no longer stored.")
        pdf, filename = document.pdf, document.filename
    if view.status == JobState.COMPLETED:
        raise ValidationError(
            "job", "already_printed", "This job has printed already; print the document again."
        )
    if in_flight:
        raise ConflictError(_IN_FLIGHT)
    # Claim the job first (its next try): a second station pressing "Print again" on the same
    # view, or on the claimed one, loses (ConflictError) instead of sending another copy.
    attempt = view.attempts + 1
    _claim(sf, view, JobState.PENDING, clock, attempts=attempt)
    if view.job_ref and view.status in OPEN_STATES:
        if view.backend == backend.name:
            try:
                current = backend.status(view.job_ref)
            except PrintError:
                current = JobStatus(JobState.PENDING)
            if current.state is JobState.COMPLETED:  # it came out meanwhile: nothing to send
                at = now_from(clock)
                return _record_status(
                    sf, job_id, current, at, attempt=attempt, attempts=view.attempts
                )
        _withdraw(sf, view, backend, actor, clock, mark=False)
    return _attempt(sf, job_id, pdf, filename, backend, printer, timeout, clock, actor, attempt)


def cancel_print_job(
    sf: SessionFactory,
    job_id: int,
    *,
    backend: PrintBackend,
    actor: SignedIn | None,
    clock: Clock = utc_now,
) -> PrintJobView:
    """Withdraw a job still waiting at the printer, so it never prints; audited."""
    with transaction(sf, read_only=True) as session:
        if actor is not None:
            require_signed_in(session, actor)
        job = _job(session, job_id)
        view, in_flight = _view(job), _in_flight(job, now_from(clock))
    if not view.open:
        raise ValidationError(
            "job", "not_open", "This job is not waiting at the printer; nothing to cancel."
        )
    if in_flight:
        raise ConflictError(_IN_FLIGHT)
    _claim(sf, view, JobState.CANCELLED, clock, attempts=view.attempts)
    return _withdraw(sf, view, backend, actor, clock)


def refresh_print_job(
    sf: SessionFactory,
    job_id: int,
    *,
    backend: PrintBackend,
    timeout: float = 0.0,
    clock: Clock = utc_now,
) -> PrintJobView:
    """Ask the printer again about a job still waiting (a paused printer, a long queue)
    without sending a second copy; a finished job is returned as it is."""
    with transaction(sf, read_only=True) as session:
        job = _job(session, job_id)
        view, in_flight = _view(job), _in_flight(job, now_from(clock))
    if view.job_ref is None or not view.open or in_flight:  # in flight: its station records it
        return view
    try:
        status = follow(backend, view.job_ref, timeout)
    except PrintError as exc:
        status = JobStatus(JobState.FAILED, str(exc), exc.code)
    if not status.state.final:  # nobody follows it any more: waiting is being stuck
        status = JobStatus(JobState.STUCK, status.message, status.code)
    return _record_status(sf, job_id, status, now_from(clock), attempt=view.attempts)


def print_jobs(sf: SessionFactory, document_id: int) -> list[PrintJobView]:
    """The document's print jobs, newest first."""
    with transaction(sf, read_only=True) as session:
        rows = session.scalars(
            select(models.PrintJob)
            .where(models.PrintJob.document_id == document_id)
            .order_by(models.PrintJob.id.desc())
        ).all()
        return [_view(r) for r in rows]


def list_print_jobs(
    sf: SessionFactory, *, open_only: bool = False, limit: int = 100, offset: int = 0
) -> list[PrintJobRow]:
    """Every print job, newest first (``open_only``: those still waiting at a printer)."""
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise ValidationError("limit", "out_of_range")
    query = (
        select(models.PrintJob, models.Document.kind, models.Document.visit_id)
        .join(models.Document, models.Document.id == models.PrintJob.document_id)
        .order_by(models.PrintJob.id.desc())
        .limit(limit)
        .offset(offset)
    )
    if open_only:
        query = query.where(models.PrintJob.status.in_(OPEN_STATES))
    with transaction(sf, read_only=True) as session:
        found = session.execute(query).all()
        names = _patient_names(session, {visit_id for _, _, visit_id in found})
        return [
            PrintJobRow(
                _view(job), kind, visit_id, names.get(visit_id, ""), job.created_at, job.updated_at
            )
            for job, kind, visit_id in found
        ]


def _patient_names(session: Session, visit_ids: set[int]) -> dict[int, str]:
    if not visit_ids:
        return {}
    rows = session.execute(
        select(models.Visit.id, models.Patient.first_name, models.Patient.last_name)
        .join(models.Patient, models.Patient.id == models.Visit.patient_id)
        .where(models.Visit.id.in_(visit_ids))
    ).all()
    return {visit_id: f"{first} {last}" for visit_id, first, last in rows}


def _claim(
    sf: SessionFactory, view: PrintJobView, state: JobState, clock: Clock, *, attempts: int
) -> None:
    """Move the job from what ``view`` saw to ``state`` with ``attempts`` tries, or raise
    ConflictError when someone else changed it first (checked in the UPDATE's WHERE, as
    visits' versions are). A retry claims its try (``view.attempts + 1``), so no two claims
    can start from the same row: a station that read the job after another claimed it finds
    it in flight instead."""
    with transaction(sf) as session:
        result = session.execute(
            update(models.PrintJob)
            .where(
                models.PrintJob.id == view.job_id,
                models.PrintJob.status == view.status,
                models.PrintJob.attempts == view.attempts,
            )
            .values(status=state.value, attempts=attempts, updated_at=now_from(clock))
        )
        claimed = cast("CursorResult[Any]", result).rowcount
    if claimed != 1:
        raise ConflictError(
            "Another station changed this print job a moment ago; look at the list again."
        )


def _in_flight(job: models.PrintJob, now: datetime) -> bool:
    """A station is sending this job and following it now (see IN_FLIGHT_BOUND)."""
    waiting = job.status in (JobState.PENDING.value, JobState.PRINTING.value)
    return waiting and now - job.updated_at < IN_FLIGHT_BOUND


_IN_FLIGHT = (
    "A station is sending this job to the printer right now; look at the list again in a minute."
)


def _withdraw(
    sf: SessionFactory,
    view: PrintJobView,
    backend: PrintBackend,
    actor: SignedIn | None,
    clock: Clock,
    *,
    mark: bool = True,
) -> PrintJobView:
    """Cancel the job at the printer, audited; ``mark``: the row says "cancelled" (a retry
    keeps its claim instead and reuses the row for the new copy)."""
    if view.job_ref and view.backend == backend.name and isinstance(backend, CancellableBackend):
        backend.cancel(view.job_ref)
    at = now_from(clock)
    with transaction(sf) as session:
        job = _job(session, view.job_id)
        if mark:
            job.status = JobState.CANCELLED.value
            job.problem = "cancelled"
            job.error = explain("cancelled")
        job.updated_at = at
        record_event(
            session,
            actor=_actor(actor),
            action="print.cancelled",
            subject=f"document:{job.document_id}",
            details={"job_id": job.id, "job_ref": view.job_ref or "", "printer": job.printer or ""},
            at=at,
        )
        return _view(job)


def _attempt(
    sf: SessionFactory,
    job_id: int,
    pdf: bytes,
    filename: str,
    backend: PrintBackend,
    printer: str | None,
    timeout: float,
    clock: Clock,
    actor: SignedIn | None,
    attempt: int = 1,
) -> PrintJobView:
    """Send try ``attempt`` of the job (claimed by this station), follow it, record it."""
    job_ref: str | None = None
    with tempfile.TemporaryDirectory(prefix="clinic-kiosk-print-") as folder:
        path = Path(folder) / filename
        write_private(path, pdf)
        try:
            job_ref = backend.submit(path, printer, title=Path(filename).stem)
            _record_sent(sf, job_id, attempt, backend.name, printer, job_ref, now_from(clock))
            status = follow(backend, job_ref, timeout)
        except PrintError as exc:
            status = JobStatus(JobState.FAILED, str(exc), exc.code)
    if not status.state.final:  # the bound passed: say so, with the printer's reason
        status = JobStatus(
            JobState.STUCK, status.message or explain("stuck", printer=printer), status.code
        )
    return _record_attempt(
        sf, job_id, attempt, backend.name, printer, job_ref, status, now_from(clock), actor
    )


def _record_sent(
    sf: SessionFactory,
    job_id: int,
    attempt: int,
    backend_name: str,
    printer: str | None,
    job_ref: str,
    at: datetime,
) -> None:
    """Note the copy at the printer at once, so a station taking the job over after
    IN_FLIGHT_BOUND cancels this copy rather than an older one."""
    with transaction(sf) as session:
        session.execute(
            update(models.PrintJob)
            .where(models.PrintJob.id == job_id, models.PrintJob.attempts == attempt)
            .values(backend=backend_name, printer=printer, job_ref=job_ref, updated_at=at)
        )


def _record_attempt(
    sf: SessionFactory,
    job_id: int,
    attempt: int,
    backend_name: str,
    printer: str | None,
    job_ref: str | None,
    status: JobStatus,
    at: datetime,
    actor: SignedIn | None,
) -> PrintJobView:
    """Record how try ``attempt`` went, unless another station has taken the job over since
    (its try is the one that counts; this copy was cancelled by it)."""
    with transaction(sf) as session:
        job = _job(session, job_id, lock=True)
        if job.attempts != attempt:
            return _view(job)
        job.backend = backend_name
        job.printer = printer
        job.job_ref = job_ref
        _apply(job, status, at)
        details: dict[str, Any] = {
            "job_id": job.id,
            "status": job.status,
            "printer": printer or "",
            "attempt": job.attempts,
            "problem": job.problem or "",
        }
        if attempt > 1:
            details["reprint"] = True
        record_event(
            session,
            actor=_actor(actor),
            action="document.printed" if status.state is JobState.COMPLETED else "print.problem",
            subject=f"document:{job.document_id}",
            details=details,
            at=at,
        )
        return _view(job)


def _record_status(
    sf: SessionFactory,
    job_id: int,
    status: JobStatus,
    at: datetime,
    *,
    attempt: int,
    attempts: int | None = None,
) -> PrintJobView:
    """Record what the printer says of try ``attempt`` (nothing when the job has moved on to
    another try meanwhile); ``attempts``: the count to keep (a retry that found the earlier
    copy printed sent nothing, so its claimed try does not count)."""
    with transaction(sf) as session:
        job = _job(session, job_id, lock=True)
        if job.attempts != attempt:
            return _view(job)
        _apply(job, status, at)
        if attempts is not None:
            job.attempts = attempts
        if status.state.final:
            record_event(
                session,
                actor="system",
                action="document.printed"
                if status.state is JobState.COMPLETED
                else "print.problem",
                subject=f"document:{job.document_id}",
                details={"job_id": job.id, "status": job.status, "printer": job.printer or ""},
                at=at,
            )
        return _view(job)


def _apply(job: models.PrintJob, status: JobStatus, at: datetime) -> None:
    job.status = status.state.value
    job.updated_at = at
    if status.state is JobState.COMPLETED:
        job.error, job.problem = None, None
        return
    code = status.code or ("stuck" if status.state is JobState.STUCK else None)
    job.problem = code or ("job_failed" if status.state is JobState.FAILED else None)
    job.error = status.message or (
        explain(job.problem, printer=job.printer) if job.problem else None
    )
    if job.error is None and status.state is JobState.PENDING:
        job.error = "The printer has not finished yet; check it, then look again or print again."


def _actor(actor: SignedIn | None) -> str:
    return staff_actor(actor.staff_id if actor is not None else None)


def _job(session: Session, job_id: int, *, lock: bool = False) -> models.PrintJob:
    """The job's row; ``lock``: held until the transaction ends (PostgreSQL's FOR UPDATE;
    SQLite's writing transactions are serial already)."""
    job: models.PrintJob | None = session.get(models.PrintJob, job_id, with_for_update=lock)
    if job is None:
        raise NotFoundError("That print job could not be found.")
    return job


def _view(job: models.PrintJob) -> PrintJobView:
    return PrintJobView(
        job_id=job.id,
        document_id=job.document_id,
        backend=job.backend,
        printer=job.printer,
        job_ref=job.job_ref,
        status=job.status,
        attempts=job.attempts,
        error=job.error,
        problem=job.problem,
    )


def print_test_page(
    sf: SessionFactory,
    pdf: bytes,
    *,
    backend: PrintBackend,
    printer: str | None,
    actor: SignedIn | None,
    timeout: float = PRINT_TIMEOUT,
    clock: Clock = utc_now,
) -> JobStatus:
    """Send a test page (not a patient document: no job row) and follow it for ``timeout``.

    A page the printer has not finished by then is cancelled and reported with the printer's
    reason; the outcome is audited as ``printer.test_page``.
    """
    with tempfile.TemporaryDirectory(prefix="clinic-kiosk-test-") as folder:
        path = Path(folder) / "test-page.pdf"
        write_private(path, pdf)
        job_ref = None
        try:
            job_ref = backend.submit(path, printer, title="clinic-kiosk test page")
            status = follow(backend, job_ref, timeout)
        except PrintError as exc:
            status = JobStatus(JobState.FAILED, str(exc), exc.code)
    if not status.state.final:
        if job_ref and isinstance(backend, CancellableBackend):
            backend.cancel(job_ref)
        status = JobStatus(
            JobState.STUCK,
            status.message or explain("stuck", printer=printer),
            status.code or "stuck",
        )
    at = now_from(clock)
    with transaction(sf) as session:
        if actor is not None:
            require_signed_in(session, actor, now=at)
        record_event(
            session,
            actor=_actor(actor),
            action="printer.test_page",
            subject=f"printer:{printer or ''}"[:100],
            details={"status": status.state.value, "problem": status.code},
            at=at,
        )
    return status
