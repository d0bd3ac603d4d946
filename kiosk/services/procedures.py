"""Recording the procedure a nurse performed; it completes the visit."""

from __future__ import annotations

from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.domain.aftercare import Area
from kiosk.domain.staff import SignedIn
from kiosk.domain.visit import VisitStatus
from kiosk.services.audit import record_event, staff_actor
from kiosk.services.clock import Clock, now_from, utc_now
from kiosk.services.errors import ConflictError, NotFoundError, ValidationError
from kiosk.services.records import (
    AFTERCARE,
    bump_visit,
    clean_text,
    completed_sessions,
    explain_refused_update,
    require_visible,
    supersede_documents,
)
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
        return completed_sessions(session, patient_id) + 1


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
    chosen = _checked(areas, session_number)
    text = clean_text(notes, "notes") or ""
    now = now_from(clock)
    with transaction(sf) as session:
        require_signed_in(session, actor, now=now)
        staff_id = actor.staff_id
        new_version = bump_visit(
            session,
            visit_id,
            expected_version,
            now,
            status=VisitStatus.COMPLETED,
            only_from=(VisitStatus.CLEARED,),
            refused=_not_cleared,
        )
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


def correct_procedure(
    sf: SessionFactory,
    procedure_id: int,
    *,
    actor: SignedIn,
    areas: frozenset[Area],
    session_number: int,
    notes: str,
    reason: str,
    expected_version: int,
    clock: Clock = utc_now,
) -> int:
    """Correct a recorded procedure with a new record that supersedes it; returns its id.

    The old record stays as it was (procedures are append-only): the new one points at it
    and says why. The visit's version moves on, so open pages see the change, and its
    aftercare sheets are marked superseded: the next sheet renders from the corrected record.
    ConflictError when the record was corrected already or the visit changed meanwhile.
    """
    chosen = _checked(areas, session_number)
    text = clean_text(notes, "notes") or ""
    why = require_visible(
        clean_text(reason, "reason"), "reason", "Please say what was wrong with the record."
    )
    now = now_from(clock)
    with transaction(sf) as session:
        require_signed_in(session, actor, now=now)
        staff_id = actor.staff_id
        old = session.get(models.Procedure, procedure_id)
        if old is None:
            raise NotFoundError("That procedure record could not be found.")
        corrected = session.execute(
            select(models.Procedure.id).where(models.Procedure.supersedes_id == procedure_id)
        ).first()
        if corrected is not None:
            raise ConflictError("This record was corrected already; open the visit again.")
        new_version = bump_visit(session, old.visit_id, expected_version, now)
        procedure = models.Procedure(
            visit_id=old.visit_id,
            staff_id=staff_id,
            areas=sorted(a.value for a in chosen),
            session_number=session_number,
            notes=text,
            at=old.at,  # when it was done; the correction's own time is in the audit log
            supersedes_id=old.id,
            correction_reason=why,
        )
        session.add(procedure)
        try:
            session.flush()
        except IntegrityError as exc:  # another station corrected it this very moment
            raise ConflictError("This record was corrected already; open the visit again.") from exc
        superseded = supersede_documents(session, [old.visit_id], now, kinds=(AFTERCARE,))
        record_event(
            session,
            actor=staff_actor(staff_id),
            action="procedure.corrected",
            subject=f"visit:{old.visit_id}",
            details={
                "procedure_id": procedure.id,
                "supersedes_id": old.id,
                "areas": sorted(a.value for a in chosen),
                "session_number": session_number,
                "reason": why,
                "documents_superseded": superseded,
                "version": new_version,
            },
            at=now,
        )
        return procedure.id


def _checked(areas: frozenset[Area], session_number: int) -> frozenset[Area]:
    chosen = frozenset(Area(a) for a in areas)
    if not chosen:
        raise ValidationError("areas", "empty", "Choose at least one treated area.")
    if not 1 <= session_number <= MAX_SESSION_NUMBER:
        raise ValidationError("session_number", "out_of_range", "The session number starts at 1.")
    return chosen


def _not_cleared(session: Session, visit_id: int, expected_version: int) -> NoReturn:
    """Why a procedure could not be recorded: the visit is not cleared (or, as for every
    visit change, it is gone or changed first)."""
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
