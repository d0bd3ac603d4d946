"""The print backend interface: submit a PDF file, then ask how the job is doing.

Backends: :class:`kiosk.printing.cups.CupsBackend` (Linux/macOS kiosks),
:class:`kiosk.printing.folder.FolderBackend` (save the PDF), and ``ui.printing.qt_backend``
(Qt's printer support, the fallback that also serves Windows; it lives in ``ui`` as it needs Qt).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol, runtime_checkable


class JobState(StrEnum):
    PENDING = "pending"  # accepted, waiting (a paused or busy printer stays here)
    PRINTING = "printing"
    COMPLETED = "completed"
    FAILED = "failed"
    # the two below are a print job's, never a backend's: a job that did not finish within
    # the bound (it may still print when the printer is fixed), and one withdrawn by staff
    STUCK = "stuck"
    CANCELLED = "cancelled"

    @property
    def final(self) -> bool:
        return self in (JobState.COMPLETED, JobState.FAILED, JobState.CANCELLED)


@dataclass(frozen=True, slots=True)
class JobStatus:
    state: JobState
    message: str = ""  # plain words for the nurse when something is wrong
    code: str = ""  # kiosk.printing.problems code ("paused", "media-empty", ...), if known


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """A printer as the system sees it now; ``problem`` is a kiosk.printing.problems code."""

    name: str
    state: str  # "idle", "processing", "stopped" (IPP printer-state), or "unknown"
    reasons: tuple[str, ...] = ()
    accepting: bool = True
    message: str = ""
    problem: str | None = None

    @property
    def ready(self) -> bool:
        return self.problem is None


class PrintError(Exception):
    """The job could not be handed to the printer; the message says why in plain words and
    ``code`` names the problem (kiosk.printing.problems) for a translated message."""

    def __init__(self, message: str, code: str = "other", printer: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.printer = printer


@runtime_checkable
class PrintBackend(Protocol):
    name: str  # "cups", "qt", "folder": stored on the PrintJob row

    def submit(self, pdf_path: Path, printer: str | None, title: str = "") -> str:
        """Hand the PDF to ``printer`` (None: the default one); returns a job reference."""
        ...

    def status(self, job_ref: str) -> JobStatus:
        """Where the job stands now."""
        ...


@runtime_checkable
class CancellableBackend(PrintBackend, Protocol):
    """A backend whose jobs can wait (a queue) and so can be cancelled and diagnosed."""

    def cancel(self, job_ref: str) -> None:
        """Withdraw the job; no error when it is already finished or gone."""
        ...

    def printer_status(self, printer: str | None) -> PrinterStatus:
        """How the printer (None: the default one) is doing now."""
        ...

    def printers(self) -> list[str]:
        """The printers the system offers, to choose from."""
        ...


def follow(
    backend: PrintBackend,
    job_ref: str,
    timeout: float,
    *,
    interval: float = 0.25,
    sleep: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
) -> JobStatus:
    """Ask ``status`` until the job is final or ``timeout`` seconds pass; the last status."""
    deadline = monotonic() + timeout
    status = backend.status(job_ref)
    while not status.state.final and monotonic() < deadline:
        sleep(min(interval, max(0.0, deadline - monotonic())))
        interval = min(interval * 1.5, 2.0)
        status = backend.status(job_ref)
    return status
