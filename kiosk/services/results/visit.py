"""One visit as the nurse sees it: the patient, answers, consent, decisions, procedures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kiosk.domain.aftercare import Area
from kiosk.domain.checklist import Checklist, Choice, Evaluation, Flag, Outcome
from kiosk.domain.interval import NO_EARLIER_PROCEDURE, IntervalCheck
from kiosk.domain.visit import Decision, VisitStatus
from kiosk.services.results.queue import QueueRow
from kiosk.services.results.reading import VisitReading


@dataclass(frozen=True, slots=True)
class PatientSummary:
    patient_id: int
    first_name: str
    last_name: str
    date_of_birth: date


@dataclass(frozen=True, slots=True)
class AnswerView:
    item_key: str
    choice: Choice
    days_ago: int | None
    flag: Flag | None
    # The words the patient was shown (stored by SHA-256 at check-in; None before that
    # was kept): the question and the answer they chose, in the visit's language.
    shown_question: str | None = None
    shown_answer: str | None = None


@dataclass(frozen=True, slots=True)
class ConsentView:
    version: str
    text_sha256: str
    typed_name: str
    signature_png: bytes
    signed_at: datetime
    station: str
    acknowledgements: tuple[str, ...] = ()
    # The typed signing name is not the checked-in patient's (case and accents aside): the
    # nurse asks who signed before going on.
    name_differs: bool = False
    method: str = "drawn"  # drawn | typed (the typed name adopted as the signature)


@dataclass(frozen=True, slots=True)
class ReviewView:
    review_id: int
    staff_id: int
    staff_name: str
    decision: Decision
    reason: str | None
    note: str | None
    suggested_date: date | None
    at: datetime


@dataclass(frozen=True, slots=True)
class ProcedureView:
    procedure_id: int
    staff_id: int
    staff_name: str
    areas: frozenset[Area]
    session_number: int
    notes: str
    at: datetime
    supersedes_id: int | None = None  # this record corrects that one
    correction_reason: str | None = None
    superseded: bool = False  # a later record corrects this one
    visit_id: int | None = None
    procedure_date: date | None = None  # the visit's procedure date


@dataclass(frozen=True, slots=True)
class ClosureView:
    """Why a cancelled visit ended: ``kind`` is "cancelled" or "no_show"."""

    kind: str
    reason: str | None
    staff_name: str
    at: datetime


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document made for the visit; ``superseded_at`` set: a correction came later, so
    it must be issued again (its PDF says something the record no longer does)."""

    document_id: int
    kind: str
    created_at: datetime
    superseded_at: datetime | None


@dataclass(frozen=True, slots=True)
class VisitDetail:
    visit_id: int
    version: int
    status: VisitStatus
    language: str
    station: str
    procedure_date: date
    checked_in_at: datetime
    patient: PatientSummary
    answers: list[AnswerView]
    evaluation: Evaluation
    consent: ConsentView | None
    reviews: list[ReviewView]
    procedures: list[ProcedureView]
    earlier_visits: list[QueueRow]
    session_count: int  # completed procedures of this patient, this visit's included
    zone: str = "UTC"
    content_changed: bool = False  # the checklist was edited since the patient answered
    # The leaflet's interval rule against the patient's earlier completed procedures.
    interval: IntervalCheck = NO_EARLIER_PROCEDURE
    # The patient's earlier procedures (current records, newest first), notes included.
    history: tuple[ProcedureView, ...] = ()
    closure: ClosureView | None = None
    identity_changes: int = 0  # corrections and merges recorded for this patient
    documents: tuple[DocumentView, ...] = ()

    @property
    def to_reissue(self) -> tuple[str, ...]:
        """Kinds of document superseded by a correction and not made again since."""
        current = {d.kind for d in self.documents if d.superseded_at is None}
        return tuple(sorted({d.kind for d in self.documents if d.superseded_at} - current))

    @property
    def outcome(self) -> Outcome | None:
        """The most serious of the checklist's and the interval's outcomes."""
        outcomes = [o for o in (self.evaluation.outcome, self.interval.outcome) if o]
        return max(outcomes, key=lambda o: o.severity, default=None)

    @property
    def earliest_eligible(self) -> date | None:
        dates = [d for d in (self.evaluation.earliest_eligible, self.interval.earliest) if d]
        return max(dates, default=None)


@dataclass(frozen=True, slots=True)
class VisitBundle:
    """A visit's detail and the checklist its answers are worded in (None: wording missing)."""

    detail: VisitDetail
    checklist: Checklist | None
    # The visit in the reader's language with the patient's words beside it (None when
    # not asked for, or the content for it is missing).
    reading: VisitReading | None = None
