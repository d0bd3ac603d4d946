"""What the kiosk hands to the check-in service when the patient signs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kiosk.domain.checklist import Answer
from kiosk.domain.consent import Stroke
from kiosk.domain.patient import Identity


@dataclass(frozen=True, slots=True)
class SignedConsent:
    version: str
    text_sha256: str  # of the exact text shown (kiosk.domain.consent.consent_identity)
    typed_name: str
    strokes: tuple[Stroke, ...]  # pad coordinates, kept as vectors
    signature_png: bytes  # the same strokes drawn as an image
    acknowledgements: tuple[str, ...]  # keys of the acknowledgements ticked


@dataclass(frozen=True, slots=True)
class CheckinSubmission:
    """One patient's finished check-in.

    ``submission_id`` is made once per draft (uuid4 hex) and makes a retried submit idempotent:
    the service writes it at most once, however often the kiosk retries.
    """

    submission_id: str
    identity: Identity
    language: str
    procedure_date: date
    station: str
    checklist_version: str
    checklist_sha256: str
    answers: tuple[Answer, ...]
    consent: SignedConsent
