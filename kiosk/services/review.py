"""The nurse's side of a visit: the queue, the full detail, and the decision (search:
name_search.py).

Decisions use optimistic concurrency: the caller says which ``version`` it saw, and the
UPDATE only matches that version, so two nurses deciding at once cannot both win.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlalchemy import Select, case, func, select
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
from kiosk.domain.interval import (
    LEAFLET_RULES,
    NO_EARLIER_PROCEDURE,
    IntervalCheck,
    IntervalRules,
    check_interval,
)
from kiosk.domain.patient import search_key
from kiosk.domain.staff import SignedIn
from kiosk.domain.text_rules import has_visible_text
from kiosk.domain.visit import DECISION_STATUS, OPEN_STATUSES, Decision, VisitStatus
from kiosk.services.audit import record_event, staff_actor
from kiosk.services.checkin import ChecklistSource, checklist_from
from kiosk.services.clock import Clock, day_bounds_utc, local_day, now_from, utc_now
from kiosk.services.errors import ValidationError
from kiosk.services.records import (
    bump_visit,
    clean_text,
    completed_sessions,
    current_procedure,
    get_visit,
)
from kiosk.services.results.queue import QueueMarker, QueueRow
from kiosk.services.results.visit import (
    AnswerView,
    ClosureView,
    ConsentView,
    DocumentView,
    PatientSummary,
    ProcedureView,
    ReviewView,
    VisitDetail,
)
from kiosk.services.signin import require_signed_in
from kiosk.services.transactions import SessionFactory, check_page, transaction
from kiosk.storage import models

__all__ = [
    "Decision",
    "Flag",
    "VisitStatus",
    "decide",
    "list_queue",
    "queue_changed_since",
    "visit_detail",
]


def list_queue(
    sf: SessionFactory,
    day: date,
    *,
    actor: SignedIn,
    zone: str,
    status: VisitStatus | None = None,
    limit: int = 100,
    offset: int = 0,
    interval_rules: IntervalRules = LEAFLET_RULES,
) -> list[QueueRow]:
    """The visits checked in on ``day`` (the clinic's day): flagged first, then by time.

    Each row also carries the interval rule's outcome (``interval_outcome``), so a patient
    back two weeks after a procedure does not look unflagged.
    """
    check_page(limit, offset)
    start, end = day_bounds_utc(day, zone)
    query = queue_select().where(
        models.Visit.checked_in_at >= start, models.Visit.checked_in_at < end
    )
    if status is not None:
        query = query.where(models.Visit.status == VisitStatus(status).value)
    flagged_first = case((models.Visit.flag_count > 0, 0), else_=1)
    query = query.order_by(flagged_first, models.Visit.checked_in_at, models.Visit.id)
    with transaction(sf, read_only=True) as session:
        require_signed_in(session, actor)
        rows = queue_rows(session, query.limit(limit).offset(offset))
        return _with_interval(session, rows, interval_rules)


def queue_changed_since(
    sf: SessionFactory,
    marker: QueueMarker | None,
    *,
    actor: SignedIn,
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
        require_signed_in(session, actor)
        count, last_id, total = session.execute(query).one()
    current = QueueMarker(int(count), int(last_id), int(total))
    return current != marker, current


def visit_detail(
    sf: SessionFactory,
    visit_id: int,
    *,
    actor: SignedIn,
    checklist: ChecklistSource,
    clock: Clock = utc_now,
    interval_rules: IntervalRules = LEAFLET_RULES,
) -> VisitDetail:
    """Everything the nurse needs about one visit; recorded in the audit log as a view.

    The flags are re-evaluated from the stored answers with ``checklist`` (the visit's
    language's current checklist, or a ``checklist_for(language)`` callable). The interval
    since the patient's last completed procedure is checked with ``interval_rules`` (the
    clinic's ``interval.toml``; the leaflet's numbers by default).
    """
    now = now_from(clock)
    with transaction(sf) as session:
        require_signed_in(session, actor, now=now)
        visit = get_visit(session, visit_id)
        current = checklist_from(checklist, visit.language)
        evaluation, flags = _reevaluate(current, visit)
        history = _patient_history(session, visit.patient_id, visit.id)
        shown = _shown_texts(session, visit.answers)
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
                AnswerView(
                    a.item_key,
                    Choice(a.choice),
                    a.days_ago,
                    flags.get(a.item_key),
                    shown.get(a.question_sha256 or ""),
                    shown.get(a.label_sha256 or ""),
                )
                for a in visit.answers
            ],
            evaluation=evaluation,
            consent=_consent_view(session, visit.id, visit.patient),
            reviews=_reviews(session, visit.id),
            procedures=_procedures(session, visit.id),
            earlier_visits=queue_rows(
                session,
                queue_select()
                .where(models.Visit.patient_id == visit.patient_id, models.Visit.id != visit.id)
                .order_by(models.Visit.checked_in_at.desc())
                .limit(50),
            ),
            session_count=completed_sessions(session, visit.patient_id),
            zone=visit.zone,
            content_changed=current.sha256 != visit.checklist_sha256,
            interval=check_interval(
                interval_rules,
                visit.procedure_date,
                [p.procedure_date for p in history if p.procedure_date is not None],
            ),
            history=tuple(history),
            closure=_closure(session, visit.id),
            identity_changes=_identity_changes(session, visit.patient_id),
            documents=_documents(session, visit.id),
        )
        record_event(
            session,
            actor=staff_actor(actor.staff_id),
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
    actor: SignedIn,
    decision: Decision,
    expected_version: int,
    reason: str | None = None,
    note: str | None = None,
    suggested_date: date | None = None,
    over_reschedule: bool = False,
    before_earliest: bool = False,
    checklist: ChecklistSource | None = None,
    clock: Clock = utc_now,
    interval_rules: IntervalRules = LEAFLET_RULES,
) -> int:
    """Clear or defer a visit; returns its new version.

    Decisions match their weight: clearing a visit flagged "reschedule" needs
    ``over_reschedule`` and a note; a suggested date before the earliest safe date (known
    when ``checklist`` is given) needs ``before_earliest`` and a note; a past date is refused;
    a reason or note must hold visible characters. Each refusal is a ValidationError whose
    ``code`` the screen turns into words.

    ConflictError when the visit changed since ``expected_version`` was read (the version
    check is in the UPDATE itself, so it holds on PostgreSQL under concurrent nurses too).
    """
    decision = Decision(decision)
    reason = _visible_text(reason, "reason")
    note = _visible_text(note, "note")
    if decision is Decision.DEFER and not reason:
        raise ValidationError("reason", "required", "Please give a reason for deferring.")
    now = now_from(clock)
    with transaction(sf) as session:
        require_signed_in(session, actor, now=now)
        staff_id = actor.staff_id
        visit = session.get(models.Visit, visit_id)
        if visit is not None:
            _check_weight(
                visit,
                decision,
                interval=interval_for(session, visit, interval_rules),
                note=note,
                suggested_date=suggested_date if decision is Decision.DEFER else None,
                over_reschedule=over_reschedule,
                before_earliest=before_earliest,
                checklist=checklist,
                today=local_day(now, visit.zone),
            )
        new_status = DECISION_STATUS[decision]
        new_version = bump_visit(
            session, visit_id, expected_version, now, status=new_status, only_from=OPEN_STATUSES
        )
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
    return new_version


def _visible_text(value: str | None, field: str) -> str | None:
    """Free text cleaned as ``clean_text`` does, and refused when nothing in it shows."""
    text = clean_text(value, field)
    if text is not None and not has_visible_text(text):
        raise ValidationError(
            field, "invisible", f"The {field} holds no visible characters; please type it again."
        )
    return text


def _check_weight(
    visit: models.Visit,
    decision: Decision,
    *,
    interval: IntervalCheck = NO_EARLIER_PROCEDURE,
    note: str | None,
    suggested_date: date | None,
    over_reschedule: bool,
    before_earliest: bool,
    checklist: ChecklistSource | None,
    today: date,
) -> None:
    """The confirmations a weighty decision needs (see :func:`decide`). The flags are the
    ones stored at check-in and, with ``checklist``, the ones the nurse sees now; the
    interval rule's (too soon after the last procedure) count the same."""
    evaluation = (
        _reevaluate(checklist_from(checklist, visit.language), visit)[0]
        if checklist is not None
        else None
    )
    rescheduled = (
        visit.worst_outcome == Outcome.RESCHEDULE.value
        or (evaluation is not None and evaluation.outcome is Outcome.RESCHEDULE)
        or interval.outcome is Outcome.RESCHEDULE
    )
    if decision is Decision.CLEAR and rescheduled:
        if not over_reschedule:
            raise ValidationError(
                "decision",
                "confirm_reschedule",
                "This visit is flagged to reschedule; confirm that you clear it anyway.",
            )
        if not note:
            raise ValidationError(
                "note", "required_over_reschedule", "Please note why you clear it anyway."
            )
    if suggested_date is None:
        return
    if suggested_date < today:
        raise ValidationError(
            "suggested_date", "in_past", "The suggested date is in the past; choose a later one."
        )
    dates = [
        d
        for d in (evaluation.earliest_eligible if evaluation else None, interval.earliest)
        if d is not None
    ]
    earliest = max(dates, default=None)
    if earliest is not None and suggested_date < earliest:
        if not before_earliest:
            raise ValidationError(
                "suggested_date",
                "before_earliest",
                f"The suggested date is before the earliest safe date, {earliest.isoformat()}.",
            )
        if not note:
            raise ValidationError(
                "note",
                "required_before_earliest",
                "Please note why the date is before the earliest safe date.",
            )


def queue_select() -> Select[Any]:
    """The columns of a queue row, visits joined to their patients (the queue and search)."""
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
        models.Visit.patient_id,
    ).join(models.Patient, models.Visit.patient_id == models.Patient.id)


def queue_rows(session: Session, query: Select[Any]) -> list[QueueRow]:
    """The rows of a query built on :func:`queue_select`."""
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
            patient_id=r[10],
        )
        for r in session.execute(query)
    ]


def interval_for(
    session: Session, visit: models.Visit, rules: IntervalRules = LEAFLET_RULES
) -> IntervalCheck:
    """The interval rule for one visit against the patient's other completed visits."""
    days = session.scalars(
        select(models.Visit.procedure_date).where(
            models.Visit.patient_id == visit.patient_id,
            models.Visit.id != visit.id,
            models.Visit.status == VisitStatus.COMPLETED.value,
        )
    )
    return check_interval(rules, visit.procedure_date, list(days))


def _with_interval(session: Session, rows: list[QueueRow], rules: IntervalRules) -> list[QueueRow]:
    """The rows with the interval rule's outcome, from one query for the page's patients."""
    patients = {r.patient_id for r in rows if r.patient_id is not None}
    if not patients:
        return rows
    done: dict[int, list[tuple[int, date]]] = {}
    for visit_id, patient_id, day in session.execute(
        select(models.Visit.id, models.Visit.patient_id, models.Visit.procedure_date).where(
            models.Visit.patient_id.in_(patients),
            models.Visit.status == VisitStatus.COMPLETED.value,
        )
    ):
        done.setdefault(patient_id, []).append((visit_id, day))
    out = []
    for row in rows:
        earlier = [day for v, day in done.get(row.patient_id or 0, []) if v != row.visit_id]
        check = check_interval(rules, row.procedure_date, earlier)
        out.append(
            dataclasses.replace(row, interval_outcome=check.outcome) if check.outcome else row
        )
    return out


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
    """Every record of the visit's procedure, the corrected ones marked superseded."""
    return _procedure_views(session, models.Procedure.visit_id == visit_id)


def _patient_history(session: Session, patient_id: int, visit_id: int) -> list[ProcedureView]:
    """The current procedure records of the patient's other completed visits, newest first."""
    views = _procedure_views(
        session,
        models.Visit.patient_id == patient_id,
        models.Visit.id != visit_id,
        models.Visit.status == VisitStatus.COMPLETED.value,
        current_procedure(),
    )
    return sorted(views, key=lambda v: (v.procedure_date, v.at), reverse=True)


def _procedure_views(session: Session, *where: Any) -> list[ProcedureView]:
    superseded = set(
        session.scalars(
            select(models.Procedure.supersedes_id)
            .join(models.Visit, models.Procedure.visit_id == models.Visit.id)
            .where(models.Procedure.supersedes_id.is_not(None), *where)
        )
    )
    rows = session.execute(
        select(models.Procedure, models.Staff.name, models.Visit.procedure_date)
        .join(models.Staff, models.Procedure.staff_id == models.Staff.id)
        .join(models.Visit, models.Procedure.visit_id == models.Visit.id)
        .where(*where)
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
            supersedes_id=p.supersedes_id,
            correction_reason=p.correction_reason,
            superseded=p.id in superseded,
            visit_id=p.visit_id,
            procedure_date=day,
        )
        for p, name, day in rows
    ]


def _closure(session: Session, visit_id: int) -> ClosureView | None:
    row = session.execute(
        select(models.VisitClosure, models.Staff.name)
        .join(models.Staff, models.VisitClosure.staff_id == models.Staff.id)
        .where(models.VisitClosure.visit_id == visit_id)
        .order_by(models.VisitClosure.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    closure, name = row
    return ClosureView(closure.kind, closure.reason, name, closure.at)


def _shown_texts(session: Session, answers: list[models.Answer]) -> dict[str, str]:
    """The stored wording behind the answers' question and label hashes, by hash."""
    hashes = {h for a in answers for h in (a.question_sha256, a.label_sha256) if h}
    if not hashes:
        return {}
    rows = session.execute(
        select(models.ShownText.sha256, models.ShownText.body).where(
            models.ShownText.sha256.in_(hashes)
        )
    )
    return {sha: body for sha, body in rows}


def _documents(session: Session, visit_id: int) -> tuple[DocumentView, ...]:
    rows = session.execute(
        select(
            models.Document.id,
            models.Document.kind,
            models.Document.created_at,
            models.Document.superseded_at,
        )
        .where(models.Document.visit_id == visit_id)
        .order_by(models.Document.id)
    )
    return tuple(DocumentView(*row) for row in rows)


def _identity_changes(session: Session, patient_id: int) -> int:
    return int(
        session.execute(
            select(func.count(models.IdentityChange.id)).where(
                models.IdentityChange.patient_id == patient_id
            )
        ).scalar_one()
    )
