"""What the kiosk hands to the check-in service when the patient signs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from kiosk.domain.checklist import Answer
from kiosk.domain.consent import Stroke
from kiosk.domain.patient import Identity


@dataclass(frozen=True, slots=True)
class Acknowledged:
    """One ticked statement, bound to the text that was on screen when it was ticked."""

    key: str
    text_sha256: str  # SHA-256 of the consent text on screen when this box was ticked


# "drawn": strokes on the pad. "typed": the typed full name adopted as the signature with one
# deliberate action (no strokes; signature_png is the name rendered by the kiosk).
SignatureMethod = Literal["drawn", "typed"]
SIGNATURE_METHODS: tuple[SignatureMethod, ...] = ("drawn", "typed")


@dataclass(frozen=True, slots=True)
class SignedConsent:
    version: str
    text_sha256: str  # of the exact text on screen at signing (consent_identity)
    typed_name: str
    strokes: tuple[Stroke, ...]  # pad coordinates, kept as vectors; () when typed
    signature_png: bytes  # the strokes drawn as an image, or the typed name rendered
    acknowledgements: tuple[Acknowledged, ...]  # each ticked statement and its text identity
    method: SignatureMethod = "drawn"


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
