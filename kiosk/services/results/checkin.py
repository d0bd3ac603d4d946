"""What a stored check-in returns to the kiosk."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SubmissionReceipt:
    visit_id: int
    patient_id: int
    created: bool  # False: this submission was already stored (a retry)


@dataclass(frozen=True, slots=True)
class ReturningPatient:
    patient_id: int
    previous_visits: int
