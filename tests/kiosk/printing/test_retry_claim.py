"""Print again and Cancel on one stuck job from two stations, step by step (no CUPS needed).

The CUPS test races two threads; these put the second station at the moments that race can
only hit by chance: after the first has claimed the job and while it is still sending.
"""

from __future__ import annotations

import threading
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.printing.backends import JobState, JobStatus, PrinterStatus
from kiosk.services.errors import ConflictError
from kiosk.services.printing import (
    IN_FLIGHT_BOUND,
    cancel_print_job,
    list_print_jobs,
    print_document,
    refresh_print_job,
    retry_print,
)
from tests.fixtures.database import TEST_NOW, fixed_clock
from tests.kiosk.printing.stored import stored_document


class Queue:
    """A print queue: jobs wait (a paused printer) unless ``printing``; ``gate`` holds the
    station that sends a job while it follows that job (a station caught sending, its copy
    already at the printer); cancelled jobs never print."""

    name = "cups"

    def __init__(self) -> None:
        self.jobs: dict[str, str] = {}  # job ref -> "waiting", "printed", "cancelled"
        self.gate: threading.Event | None = None
        self.sending = threading.Event()  # set once the held station follows its job
        self.held: str | None = None
        self.printing = False  # jobs print as soon as they are sent

    def submit(self, pdf_path: Path, printer: str | None, title: str = "") -> str:
        ref = f"{printer}-{len(self.jobs) + 1}"
        self.jobs[ref] = "printed" if self.printing else "waiting"
        if self.gate is not None:
            self.held = ref
        return ref

    def status(self, job_ref: str) -> JobStatus:
        if job_ref == self.held and self.gate is not None:
            gate, self.held = self.gate, None
            self.sending.set()
            assert gate.wait(10)
        state = self.jobs[job_ref]
        if state == "printed":
            return JobStatus(JobState.COMPLETED)
        if state == "cancelled":
            return JobStatus(JobState.FAILED, "cancelled", "cancelled")
        return JobStatus(JobState.PENDING, "paused", "paused")

    def cancel(self, job_ref: str) -> None:
        if self.jobs[job_ref] == "waiting":
            self.jobs[job_ref] = "cancelled"

    def printer_status(self, printer: str | None) -> PrinterStatus:
        return PrinterStatus(printer or "", "idle")

    def printers(self) -> list[str]:
        return ["Front"]

    def printed(self) -> list[str]:
        return [ref for ref, state in self.jobs.items() if state == "printed"]


@pytest.fixture
def stuck(session_factory):
    queue = Queue()
    document = stored_document(session_factory)
    job = print_document(
        session_factory, document, backend=queue, printer="Paused", timeout=0, actor=None
    )
    assert (job.status, job.attempts) == ("stuck", 1)
    return queue, job


def _retry_in_background(session_factory, queue: Queue, job_id: int) -> list[object]:
    """Station A presses Print again; it waits at ``queue.gate`` while following its copy."""
    outcome: list[object] = []
    queue.gate = threading.Event()
    queue.printing = True
    worker = threading.Thread(
        target=lambda: outcome.append(
            retry_print(
                session_factory, job_id, backend=queue, printer="Front", timeout=0, actor=None
            )
        )
    )
    worker.start()
    assert queue.sending.wait(10)
    outcome.append(worker)
    return outcome


def test_a_second_station_that_reads_the_claimed_job_does_not_send_it_again(session_factory, stuck):
    queue, job = stuck
    queue.sending.clear()
    outcome = _retry_in_background(session_factory, queue, job.job_id)
    worker = outcome.pop()
    try:
        with pytest.raises(ConflictError, match="sending this job"):
            retry_print(
                session_factory, job.job_id, backend=queue, printer="Front", timeout=0, actor=None
            )
        with pytest.raises(ConflictError, match="sending this job"):
            cancel_print_job(session_factory, job.job_id, backend=queue, actor=None)
        waiting = refresh_print_job(session_factory, job.job_id, backend=queue)
        assert (waiting.status, waiting.attempts) == ("pending", 2)  # untouched: A records it
    finally:
        assert queue.gate is not None
        queue.gate.set()
        worker.join(10)
    (done,) = outcome
    assert (done.status, done.attempts, done.printer) == ("completed", 2, "Front")
    assert queue.printed() == [done.job_ref]
    assert queue.jobs[job.job_ref] == "cancelled"
    rows = list_print_jobs(session_factory)
    assert [(r.job.job_id, r.job.status, r.job.attempts) for r in rows] == [
        (job.job_id, "completed", 2)
    ]


def test_two_retries_from_the_same_view_send_one_copy(session_factory, stuck, monkeypatch):
    """Both stations read the stuck job before either claims it: the claim's WHERE decides."""
    from kiosk.services import printing

    queue, job = stuck
    queue.printing = True
    real_claim = printing._claim
    late: list[ConflictError] = []

    def claim_twice(sf, view, state, clock, *, attempts):
        real_claim(sf, view, state, clock, attempts=attempts)
        try:  # the other station, holding the same view, claims right after
            real_claim(sf, view, state, clock, attempts=attempts)
        except ConflictError as exc:
            late.append(exc)

    monkeypatch.setattr(printing, "_claim", claim_twice)
    done = retry_print(
        session_factory, job.job_id, backend=queue, printer="Front", timeout=0, actor=None
    )
    assert len(late) == 1
    assert (done.status, done.attempts) == ("completed", 2)
    assert len(queue.printed()) == 1


def test_a_station_gone_while_sending_leaves_a_job_another_may_take_over(session_factory, stuck):
    """Past IN_FLIGHT_BOUND the job is free again; the late station's record does not
    overwrite the one that took over, and its copy (noted when sent) is the one cancelled."""
    queue, job = stuck
    queue.sending.clear()
    slow_gate = queue.gate = threading.Event()
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.append(
            retry_print(
                session_factory,
                job.job_id,
                backend=queue,
                printer="Slow",
                timeout=0,
                actor=None,
                clock=fixed_clock(TEST_NOW),
            )
        )
    )
    worker.start()
    try:
        assert queue.sending.wait(10)
        slow_copy = "Slow-2"
        assert list_print_jobs(session_factory)[0].job.job_ref == slow_copy  # noted when sent
        queue.gate, queue.printing = None, True
        taken = retry_print(
            session_factory,
            job.job_id,
            backend=queue,
            printer="Front",
            timeout=0,
            actor=None,
            clock=fixed_clock(TEST_NOW + IN_FLIGHT_BOUND + timedelta(seconds=1)),
        )
    finally:
        slow_gate.set()  # the slow station resumes and follows its (cancelled) copy
        worker.join(10)
    assert (taken.status, taken.attempts, taken.printer) == ("completed", 3, "Front")
    assert queue.jobs[slow_copy] == "cancelled"
    (late,) = result
    assert (late.status, late.attempts, late.printer) == ("completed", 3, "Front")
    assert queue.printed() == [taken.job_ref]
