"""A visit worded in its reader's language, the patient's own words beside each line."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.checklist import Outcome
from kiosk.domain.interval import IntervalFlag


@dataclass(frozen=True, slots=True)
class ReadAnswer:
    item_key: str
    question: str  # in the reader's language
    answer: str
    reason: str | None  # the flag's reason, when the answer is flagged
    outcome: Outcome | None
    patient_question: str  # as the patient read it, in the visit's language
    patient_answer: str
    patient_reason: str | None


@dataclass(frozen=True, slots=True)
class ReadInterval:
    flag: IntervalFlag
    reason: str  # in the reader's language, dates in its style


@dataclass(frozen=True, slots=True)
class VisitReading:
    language: str  # the reader's
    patient_language: str
    answers: tuple[ReadAnswer, ...]
    interval: tuple[ReadInterval, ...]
    interval_source: str  # where the interval rule comes from (the leaflet), in words
    procedure_date: str
    earliest_eligible: str | None
