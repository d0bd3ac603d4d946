"""Recording the procedure a nurse performed; it completes the visit."""

from __future__ import annotations

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kiosk.domain.aftercare import Area
from kiosk.domain.staff import SignedIn
from kiosk.domain.visit import VisitStatus
from kiosk.services.audit import record_event, staff_actor
from kiosk.services.clock import Clock, now_from, utc_now
from kiosk.services.errors import NotFoundError, ValidationError
from kiosk.services.records import clean_text, explain_refused_update
from kiosk.services.signin import require_signed_in
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models

MAX_SESSION_NUMBER = 100


def propose_session_number(sf: SessionFactory, patient_id: int, *, actor: SignedIn) -> int:
    """The patient's completed procedures so far, plus one; the nurse may change it."""
    with transaction(sf, read_only=True) as session:
        require_signed_in(session, actor)
        if session.get(models.Patient, patient_id) is None:
            raise NotFoundError("That patient could not be found.")
        done = session.execute(
            select(func.count(models.Procedure.id))
            .join(models.Visit, models.Procedure.visit_id == models.Visit.id)
            .where(
                models.Visit.patient_id == patient_id,
                models.Visit.status == VisitStatus.COMPLETED.value,
            )
        ).scalar_one()
    return int(done) + 1


def record_procedure(
    sf: SessionFactory,
    visit_id: int,
    *,
    actor: SignedIn,
    areas: frozenset[Area],
    session_number: int,
    notes: str,
    expected_version: int,
    clock: Clock = utc_now,
) -> int:
    """Record the procedure on a cleared visit and mark it completed; returns the procedure id.

    ConflictError when the visit changed since ``expected_version``; ValidationError when the
    visit was not cleared first or the input is impossible.
    """
    chosen = frozenset(Area(a) for a in areas)
    if not chosen:
        raise ValidationError("areas", "empty", "Choose at least one treated area.")
    if not 1 <= session_number <= MAX_SESSION_NUMBER:
        raise ValidationError("session_number", "out_of_range", "The session number starts at 1.")
    text = clean_text(notes, "notes") or ""
    now = now_from(clock)
    with transaction(sf) as session:
        require_signed_in(session, actor, now=now)
        staff_id = actor.staff_id
        new_version = session.execute(
            update(models.Visit)
            .where(
                models.Visit.id == visit_id,
                models.Visit.version == expected_version,
                models.Visit.status == VisitStatus.CLEARED.value,
            )
            .values(
                status=VisitStatus.COMPLETED.value,
                version=models.Visit.version + 1,
                updated_at=now,
            )
            .returning(models.Visit.version)
        ).scalar_one_or_none()
        if new_version is None:
            _refuse(session, visit_id, expected_version)
        procedure = models.Procedure(
            visit_id=visit_id,
            staff_id=staff_id,
            areas=sorted(a.value for a in chosen),
            session_number=session_number,
            notes=text,
            at=now,
        )
        session.add(procedure)
        session.flush()
        record_event(
            session,
            actor=staff_actor(staff_id),
            action="procedure.recorded",
            subject=f"visit:{visit_id}",
            details={
                "procedure_id": procedure.id,
                "areas": sorted(a.value for a in chosen),
                "session_number": session_number,
                "version": new_version,
            },
            at=now,
        )
        return procedure.id


def _refuse(session: Session, visit_id: int, expected_version: int) -> None:
    status = session.execute(
        select(models.Visit.status, models.Visit.version).where(models.Visit.id == visit_id)
    ).first()
    if status is not None and status.version == expected_version:
        raise ValidationError(
            "status",
            "not_cleared",
            "A procedure can only be recorded on a visit a nurse has cleared"
            f" (this one is {status.status}).",
        )
    explain_refused_update(session, visit_id, expected_version)
