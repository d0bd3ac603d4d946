"""A print job as the screens and the command line see it (no database types)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.printing.backends import JobState

# Jobs that may still print later: the page offers cancel and retry for them.
OPEN_STATES = (JobState.PENDING.value, JobState.PRINTING.value, JobState.STUCK.value)


@dataclass(frozen=True, slots=True)
class PrintJobView:
    job_id: int
    document_id: int
    backend: str
    printer: str | None
    job_ref: str | None
    status: str  # JobState value
    attempts: int
    error: str | None  # English words (the command line); ``problem`` for translations
    problem: str | None = None  # kiosk.printing.problems code

    @property
    def failed(self) -> bool:
        return self.status == JobState.FAILED

    @property
    def stuck(self) -> bool:
        return self.status == JobState.STUCK

    @property
    def open(self) -> bool:
        """Still waiting at the printer: it may print later; cancel or retry it."""
        return self.status in OPEN_STATES


@dataclass(frozen=True, slots=True)
class PrintJobRow:
    """A row of the print-jobs page: the job and what it prints, for whom."""

    job: PrintJobView
    kind: str  # "aftercare", "consent_record"
    visit_id: int
    patient_name: str
    created_at: datetime
    updated_at: datetime
