"""The nurse's side of a visit: the queue, search, the full detail, and the decision.

Decisions use optimistic concurrency: the caller says which ``version`` it saw, and the
UPDATE only matches that version, so two nurses deciding at once cannot both win.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, and_, case, func, or_, select, update
from sqlalchemy.orm import Session

from kiosk.domain.aftercare import Area
from kiosk.domain.checklist import (
    Answer,
    AnswerError,
    Checklist,
    Choice,
    Evaluation,
    Flag,
    Outcome,
    evaluate,
    validate_answer,
)
from kiosk.domain.patient import search_key
from kiosk.domain.visit import DECISION_STATUS, Decision, VisitStatus
from kiosk.services.audit import record_event, staff_actor
from kiosk.services.checkin import ChecklistSource, checklist_from, stored_search_key
from kiosk.services.clock import Clock, day_bounds_utc, now_from, utc_now
from kiosk.services.errors import ValidationError
from kiosk.services.records import (
    clean_text,
    explain_refused_update,
    get_active_staff,
    get_visit,
    refuse_unprintable,
)
from kiosk.services.transactions import SessionFactory, check_page, transaction
from kiosk.storage import models

__all__ = [
    "AnswerView",
    "ConsentView",
    "Decision",
    "Flag",
    "PatientSummary",
    "ProcedureView",
    "QueueMarker",
    "QueueRow",
    "ReviewView",
    "VisitDetail",
    "VisitStatus",
    "decide",
    "list_queue",
    "queue_changed_since",
    "search_visits",
    "visit_detail",
]


@dataclass(frozen=True, slots=True)
class QueueRow:
    visit_id: int
    checked_in_at: datetime  # aware UTC
    first_name: str
    last_name: str
    date_of_birth: date
    procedure_date: date
    status: VisitStatus
    flag_count: int
    worst_outcome: Outcome | None
    version: int


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


@dataclass(frozen=True, slots=True)
class QueueMarker:
    """Opaque to callers: compare by equality only."""

    visits: int
    last_visit_id: int
    version_total: int


def list_queue(
    sf: SessionFactory,
    day: date,
    *,
    zone: str,
    status: VisitStatus | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[QueueRow]:
    """The visits checked in on ``day`` (the clinic's day): flagged first, then by time."""
    check_page(limit, offset)
    start, end = day_bounds_utc(day, zone)
    query = _queue_select().where(
        models.Visit.checked_in_at >= start, models.Visit.checked_in_at < end
    )
    if status is not None:
        query = query.where(models.Visit.status == VisitStatus(status).value)
    flagged_first = case((models.Visit.flag_count > 0, 0), else_=1)
    query = query.order_by(flagged_first, models.Visit.checked_in_at, models.Visit.id)
    with transaction(sf, read_only=True) as session:
        return _rows(session, query.limit(limit).offset(offset))


def search_visits(
    sf: SessionFactory,
    *,
    text: str | None = None,
    date_of_birth: date | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[QueueRow]:
    """Visits of patients whose first or last name starts with ``text``; newest first.

    Case and accents do not matter ("jose" finds "José"). Either criterion may be omitted,
    not both.
    """
    check_page(limit, offset)
    refuse_unprintable(text or "", "text")
    key = stored_search_key(text or "", "")
    if not key and date_of_birth is None:
        raise ValidationError("text", "empty", "Type a name or a date of birth to search.")
    query = _queue_select()
    if date_of_birth is not None:
        query = query.where(models.Patient.date_of_birth == date_of_birth)
    query = query.order_by(models.Visit.checked_in_at.desc(), models.Visit.id.desc())
    with transaction(sf, read_only=True) as session:
        if key:
            dialect = session.get_bind().dialect.name
            query = query.where(
                or_(
                    _starts_with(models.Patient.search_key, key, dialect),
                    _starts_with(models.Patient.last_name_key, key, dialect),
                )
            )
        return _rows(session, query.limit(limit).offset(offset))


_AFTER_EVERY_CHARACTER = "\U0010ffff"  # a noncharacter: clean_name refuses it in names


def _starts_with(column: Any, key: str, dialect: str) -> Any:
    """A prefix match the database can answer from its index.

    SQLite uses an index for LIKE only with NOCASE collation, so it gets a BINARY range, which is
    exactly "starts with" for code-point ordered text. PostgreSQL keeps LIKE: with a linguistic
    collation a range is not exactly a prefix match.
    """
    if dialect == "sqlite":
        return and_(column >= key, column < key + _AFTER_EVERY_CHARACTER)
    return column.like(_escape_like(key) + "%", escape="\\")


def queue_changed_since(
    sf: SessionFactory,
    marker: QueueMarker | None,
    *,
    day: date | None = None,
    zone: str = "UTC",
) -> tuple[bool, QueueMarker]:
    """A cheap poll: has any visit been added or changed since ``marker`` (None: first call)?

    With ``day`` only that clinic day's visits are looked at, through the check-in time index,
    so a poll every few seconds costs the same with years of history as on the first day.
    """
    query = select(
        func.count(models.Visit.id),
        func.coalesce(func.max(models.Visit.id), 0),
        func.coalesce(func.sum(models.Visit.version), 0),
    )
    if day is not None:
        start, end = day_bounds_utc(day, zone)
        query = query.where(models.Visit.checked_in_at >= start, models.Visit.checked_in_at < end)
    with transaction(sf, read_only=True) as session:
        count, last_id, total = session.execute(query).one()
    current = QueueMarker(int(count), int(last_id), int(total))
    return current != marker, current


def visit_detail(
    sf: SessionFactory,
    visit_id: int,
    *,
    staff_id: int,
    checklist: ChecklistSource,
    clock: Clock = utc_now,
) -> VisitDetail:
    """Everything the nurse needs about one visit; recorded in the audit log as a view.

    The flags are re-evaluated from the stored answers with ``checklist`` (the visit's
    language's current checklist, or a ``checklist_for(language)`` callable).
    """
    now = now_from(clock)
    with transaction(sf) as session:
        visit = get_visit(session, visit_id)
        get_active_staff(session, staff_id)
        current = checklist_from(checklist, visit.language)
        evaluation, flags = _reevaluate(current, visit)
        detail = VisitDetail(
            visit_id=visit.id,
            version=visit.version,
            status=VisitStatus(visit.status),
            language=visit.language,
            station=visit.station,
            procedure_date=visit.procedure_date,
            checked_in_at=visit.checked_in_at,
            patient=PatientSummary(
                visit.patient.id,
                visit.patient.first_name,
                visit.patient.last_name,
                visit.patient.date_of_birth,
            ),
            answers=[
                AnswerView(a.item_key, Choice(a.choice), a.days_ago, flags.get(a.item_key))
                for a in visit.answers
            ],
            evaluation=evaluation,
            consent=_consent_view(session, visit.id, visit.patient),
            reviews=_reviews(session, visit.id),
            procedures=_procedures(session, visit.id),
            earlier_visits=_rows(
                session,
                _queue_select()
                .where(models.Visit.patient_id == visit.patient_id, models.Visit.id != visit.id)
                .order_by(models.Visit.checked_in_at.desc())
                .limit(50),
            ),
            session_count=_completed_sessions(session, visit.patient_id),
            zone=visit.zone,
            content_changed=current.sha256 != visit.checklist_sha256,
        )
        record_event(
            session,
            actor=staff_actor(staff_id),
            action="visit.viewed",
            subject=f"visit:{visit.id}",
            details={},
            at=now,
        )
    return detail


def decide(
    sf: SessionFactory,
    visit_id: int,
    *,
    staff_id: int,
    decision: Decision,
    expected_version: int,
    reason: str | None = None,
    note: str | None = None,
    suggested_date: date | None = None,
    clock: Clock = utc_now,
) -> int:
    """Clear or defer a visit; returns its new version.

    ConflictError when the visit changed since ``expected_version`` was read (the version
    check is in the UPDATE itself, so it holds on PostgreSQL under concurrent nurses too).
    """
    decision = Decision(decision)
    reason = clean_text(reason, "reason")
    note = clean_text(note, "note")
    if decision is Decision.DEFER and not reason:
        raise ValidationError("reason", "required", "Please give a reason for deferring.")
    now = now_from(clock)
    with transaction(sf) as session:
        get_active_staff(session, staff_id)
        open_statuses = (VisitStatus.SUBMITTED, VisitStatus.CLEARED, VisitStatus.DEFERRED)
        new_status = DECISION_STATUS[decision]
        result = session.execute(
            update(models.Visit)
            .where(
                models.Visit.id == visit_id,
                models.Visit.version == expected_version,
                models.Visit.status.in_([s.value for s in open_statuses]),
            )
            .values(status=new_status.value, version=models.Visit.version + 1, updated_at=now)
            .returning(models.Visit.version)
        )
        new_version = result.scalar_one_or_none()
        if new_version is None:
            explain_refused_update(session, visit_id, expected_version)
        session.add(
            models.Review(
                visit_id=visit_id,
                staff_id=staff_id,
                decision=decision.value,
                reason=reason,
                note=note,
                suggested_date=suggested_date,
                at=now,
            )
        )
        details: dict[str, Any] = {"version": new_version}
        if reason:
            details["reason"] = reason
        if suggested_date:
            details["suggested_date"] = suggested_date.isoformat()
        record_event(
            session,
            actor=staff_actor(staff_id),
            action=f"visit.{new_status.value}",
            subject=f"visit:{visit_id}",
            details=details,
            at=now,
        )
    return int(new_version)


def _queue_select() -> Select[Any]:
    return select(
        models.Visit.id,
        models.Visit.checked_in_at,
        models.Patient.first_name,
        models.Patient.last_name,
        models.Patient.date_of_birth,
        models.Visit.procedure_date,
        models.Visit.status,
        models.Visit.flag_count,
        models.Visit.worst_outcome,
        models.Visit.version,
    ).join(models.Patient, models.Visit.patient_id == models.Patient.id)


def _rows(session: Session, query: Select[Any]) -> list[QueueRow]:
    return [
        QueueRow(
            visit_id=r[0],
            checked_in_at=r[1],
            first_name=r[2],
            last_name=r[3],
            date_of_birth=r[4],
            procedure_date=r[5],
            status=VisitStatus(r[6]),
            flag_count=r[7],
            worst_outcome=Outcome(r[8]) if r[8] else None,
            version=r[9],
        )
        for r in session.execute(query)
    ]


def _reevaluate(checklist: Checklist, visit: models.Visit) -> tuple[Evaluation, dict[str, Flag]]:
    """Evaluate stored answers with today's checklist, skipping answers it no longer asks."""
    known = set(checklist.keys)
    answers = {
        a.item_key: Answer(a.item_key, Choice(a.choice), a.days_ago)
        for a in visit.answers
        if a.item_key in known
    }
    try:
        evaluation = evaluate(checklist, answers, visit.procedure_date)
    except AnswerError:
        # An item changed its kind since the patient answered: keep only what still fits.
        evaluation = evaluate(checklist, _fitting(checklist, answers), visit.procedure_date)
    return evaluation, {f.item_key: f for f in evaluation.flags}


def _fitting(checklist: Checklist, answers: dict[str, Answer]) -> dict[str, Answer]:
    kept = {}
    for key, answer in answers.items():
        try:
            validate_answer(checklist.item(key), answer)
        except AnswerError:
            continue
        kept[key] = answer
    return kept


def _consent_view(
    session: Session, visit_id: int, patient: models.Patient | None = None
) -> ConsentView | None:
    superseded = select(models.Consent.supersedes_id).where(
        models.Consent.supersedes_id.is_not(None)
    )
    consent = session.execute(
        select(models.Consent)
        .where(models.Consent.visit_id == visit_id, models.Consent.id.not_in(superseded))
        .order_by(models.Consent.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if consent is None:
        return None
    return ConsentView(
        version=consent.content_version,
        text_sha256=consent.text_sha256,
        typed_name=consent.typed_name,
        signature_png=consent.signature_png,
        signed_at=consent.signed_at,
        station=consent.station,
        acknowledgements=tuple(consent.acknowledgements),
        name_differs=patient is not None
        and search_key(consent.typed_name, "") != search_key(patient.first_name, patient.last_name),
        method=consent.method,
    )


def _reviews(session: Session, visit_id: int) -> list[ReviewView]:
    rows = session.execute(
        select(models.Review, models.Staff.name)
        .join(models.Staff, models.Review.staff_id == models.Staff.id)
        .where(models.Review.visit_id == visit_id)
        .order_by(models.Review.id)
    )
    return [
        ReviewView(
            r.id, r.staff_id, name, Decision(r.decision), r.reason, r.note, r.suggested_date, r.at
        )
        for r, name in rows
    ]


def _procedures(session: Session, visit_id: int) -> list[ProcedureView]:
    rows = session.execute(
        select(models.Procedure, models.Staff.name)
        .join(models.Staff, models.Procedure.staff_id == models.Staff.id)
        .where(models.Procedure.visit_id == visit_id)
        .order_by(models.Procedure.id)
    )
    return [
        ProcedureView(
            p.id,
            p.staff_id,
            name,
            frozenset(Area(a) for a in p.areas),
            p.session_number,
            p.notes,
            p.at,
        )
        for p, name in rows
    ]


def _completed_sessions(session: Session, patient_id: int) -> int:
    return int(
        session.execute(
            select(func.count(models.Procedure.id))
            .join(models.Visit, models.Procedure.visit_id == models.Visit.id)
            .where(
                models.Visit.patient_id == patient_id,
                models.Visit.status == VisitStatus.COMPLETED.value,
            )
        ).scalar_one()
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
