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

    @property
    def final(self) -> bool:
        return self in (JobState.COMPLETED, JobState.FAILED)


@dataclass(frozen=True, slots=True)
class JobStatus:
    state: JobState
    message: str = ""  # plain words for the nurse when something is wrong


class PrintError(Exception):
    """The job could not be handed to the printer; the message says why in plain words."""


@runtime_checkable
class PrintBackend(Protocol):
    name: str  # "cups", "qt", "folder": stored on the PrintJob row

    def submit(self, pdf_path: Path, printer: str | None, title: str = "") -> str:
        """Hand the PDF to ``printer`` (None: the default one); returns a job reference."""
        ...

    def status(self, job_ref: str) -> JobStatus:
        """Where the job stands now."""
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
