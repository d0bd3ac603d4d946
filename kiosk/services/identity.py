"""Correcting who a patient is: a mistyped name or date of birth, two records of one person.

Every change is a new row of ``identity_changes`` (append-only) holding what was before and
after, who changed it and why, and is audited; every change can be reversed by another row
that points at it (``revert`` for a correction, ``unmerge`` for a merge). The patient's
documents that printed the old identity are marked superseded, to be re-issued.

A merge moves the visits of one record (the duplicate) to the other and marks the duplicate
as merged into it: session counts and the interval rule then see all of the person's visits,
later check-ins under the duplicate's spelling land on the kept record, and the duplicate
leaves the name search. Merges are one level deep: a record others were merged into cannot
itself be merged away (unmerge those first).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kiosk.domain.patient import check_birth_date
from kiosk.domain.staff import SignedIn
from kiosk.domain.text_rules import TextRuleError, clean_name
from kiosk.services.audit import record_event, staff_actor
from kiosk.services.checkin import stored_last_name_key, stored_search_key
from kiosk.services.clock import Clock, now_from, utc_now
from kiosk.services.errors import ConflictError, NotFoundError, ValidationError
from kiosk.services.records import (
    clean_text,
    require_visible,
    supersede_documents,
)
from kiosk.services.results.identity import IdentityChangeView, IdentityResult
from kiosk.services.signin import require_signed_in
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models

__all__ = ["correct_identity", "identity_changes", "merge_patients", "revert_identity_change"]


def correct_identity(
    sf: SessionFactory,
    patient_id: int,
    *,
    actor: SignedIn,
    reason: str,
    first_name: str | None = None,
    last_name: str | None = None,
    date_of_birth: date | None = None,
    clock: Clock = utc_now,
) -> IdentityResult:
    """Correct a patient's name and/or date of birth (the fields given), with a reason."""
    why = _reason(reason)
    now = now_from(clock)
    with transaction(sf) as session:
        require_signed_in(session, actor, now=now)
        staff_id = actor.staff_id
        patient = _patient(session, patient_id)
        before = _identity(patient)
        after = _checked(
            first_name if first_name is not None else patient.first_name,
            last_name if last_name is not None else patient.last_name,
            date_of_birth if date_of_birth is not None else patient.date_of_birth,
            now.date(),
        )
        if after == before:
            raise ValidationError("identity", "unchanged", "Nothing was changed.")
        _apply(session, patient, after)
        return _record(session, "correction", patient, before, after, why, staff_id, now)


def merge_patients(
    sf: SessionFactory,
    *,
    duplicate_id: int,
    keep_id: int,
    actor: SignedIn,
    reason: str,
    clock: Clock = utc_now,
) -> IdentityResult:
    """Merge the record ``duplicate_id`` into ``keep_id``: its visits move to the kept record."""
    why = _reason(reason)
    if duplicate_id == keep_id:
        raise ValidationError("patient", "same", "Choose two different patient records.")
    now = now_from(clock)
    with transaction(sf) as session:
        require_signed_in(session, actor, now=now)
        staff_id = actor.staff_id
        keep = _patient(session, keep_id)
        duplicate = _patient(session, duplicate_id)
        merged_into_it = session.execute(
            select(models.Patient.id).where(models.Patient.merged_into_id == duplicate_id)
        ).first()
        if merged_into_it is not None:
            raise ValidationError(
                "patient",
                "holds_merges",
                "Other records were merged into this one; unmerge them first.",
            )
        visit_ids = _visit_ids(session, duplicate_id)
        _move(session, visit_ids, keep_id)
        duplicate.merged_into_id = keep_id
        session.flush()
        return _record(
            session,
            "merge",
            keep,
            _identity(duplicate),
            _identity(keep),
            why,
            staff_id,
            now,
            other=duplicate,
            visit_ids=visit_ids,
        )


def revert_identity_change(
    sf: SessionFactory,
    change_id: int,
    *,
    actor: SignedIn,
    reason: str,
    clock: Clock = utc_now,
) -> IdentityResult:
    """Undo a correction (the old name and date of birth come back) or a merge (unmerge).

    ConflictError when it was undone already, or when a later correction changed the
    identity again (undo that one first).
    """
    why = _reason(reason)
    now = now_from(clock)
    with transaction(sf) as session:
        require_signed_in(session, actor, now=now)
        staff_id = actor.staff_id
        change = session.get(models.IdentityChange, change_id)
        if change is None or change.kind not in ("correction", "merge"):
            raise NotFoundError("That correction or merge could not be found.")
        undone = session.execute(
            select(models.IdentityChange.id).where(models.IdentityChange.reverts_id == change_id)
        ).first()
        if undone is not None:
            raise ConflictError("This change was undone already.")
        patient = _patient(session, change.patient_id)
        if change.kind == "correction":
            if _identity(patient) != change.after:
                raise ConflictError("The record was changed again since; undo that first.")
            _apply(session, patient, change.before)
            return _record(
                session, "revert", patient, change.after, change.before, why, staff_id, now,
                reverts=change.id,
            )  # fmt: skip
        assert change.other_patient_id is not None
        duplicate = _patient(session, change.other_patient_id, merged_ok=True)
        still_here = [v for v in _visit_ids(session, patient.id) if v in set(change.visit_ids)]
        _move(session, still_here, duplicate.id)
        duplicate.merged_into_id = None
        session.flush()
        return _record(
            session, "unmerge", patient, change.after, change.before, why, staff_id, now,
            other=duplicate, visit_ids=still_here, reverts=change.id,
        )  # fmt: skip


def identity_changes(
    sf: SessionFactory, patient_id: int, *, actor: SignedIn
) -> list[IdentityChangeView]:
    """The patient's identity history, newest first (as the kept or the merged record).
    Staff only: ``actor`` must hold an open sign-in, as for every read of patient data."""
    changes = models.IdentityChange
    with transaction(sf, read_only=True) as session:
        require_signed_in(session, actor)
        undone = set(
            session.scalars(select(changes.reverts_id).where(changes.reverts_id.is_not(None)))
        )
        rows = session.execute(
            select(changes, models.Staff.name)
            .join(models.Staff, changes.staff_id == models.Staff.id)
            .where((changes.patient_id == patient_id) | (changes.other_patient_id == patient_id))
            .order_by(changes.id.desc())
        ).all()
        return [
            IdentityChangeView(
                change_id=c.id,
                kind=c.kind,
                patient_id=c.patient_id,
                other_patient_id=c.other_patient_id,
                before=dict(c.before),
                after=dict(c.after),
                visit_ids=tuple(c.visit_ids),
                reason=c.reason,
                staff_name=name,
                at=c.at,
                reverts_id=c.reverts_id,
                reverted=c.id in undone,
            )
            for c, name in rows
        ]


# -- helpers --------------------------------------------------------------------------------


def _reason(reason: str) -> str:
    text = clean_text(reason, "reason")
    return require_visible(text, "reason", "Please say why the record is changed.")


def _patient(session: Session, patient_id: int, *, merged_ok: bool = False) -> models.Patient:
    patient = session.get(models.Patient, patient_id)
    if patient is None:
        raise NotFoundError("That patient could not be found.")
    if patient.merged_into_id is not None and not merged_ok:
        raise ValidationError(
            "patient", "merged", "This record was merged into another; open that one."
        )
    return patient


def _identity(patient: models.Patient) -> dict[str, Any]:
    return {
        "first_name": patient.first_name,
        "last_name": patient.last_name,
        "date_of_birth": patient.date_of_birth.isoformat(),
    }


def _checked(first: str, last: str, dob: date, today: date) -> dict[str, Any]:
    try:
        return {
            "first_name": clean_name(first, "first_name"),
            "last_name": clean_name(last, "last_name"),
            "date_of_birth": check_birth_date(dob, today).isoformat(),
        }
    except TextRuleError as exc:  # IdentityError (the birth date) included
        raise ValidationError(exc.field, exc.code, str(exc)) from exc


def _apply(session: Session, patient: models.Patient, identity: dict[str, Any]) -> None:
    """Write the identity; refuse one that another record already has (merge instead)."""
    first, last = identity["first_name"], identity["last_name"]
    dob = date.fromisoformat(identity["date_of_birth"])
    key = stored_search_key(first, last)
    clash = session.execute(
        select(models.Patient.id).where(
            models.Patient.search_key == key,
            models.Patient.date_of_birth == dob,
            models.Patient.id != patient.id,
        )
    ).first()
    if clash is not None:
        raise ValidationError(
            "identity",
            "duplicate",
            "Another record has this name and date of birth: merge the two records instead.",
        )
    patient.first_name = first
    patient.last_name = last
    patient.search_key = key
    patient.last_name_key = stored_last_name_key(last)
    patient.date_of_birth = dob
    session.flush()


def _visit_ids(session: Session, patient_id: int) -> list[int]:
    return list(
        session.scalars(
            select(models.Visit.id)
            .where(models.Visit.patient_id == patient_id)
            .order_by(models.Visit.id)
        )
    )


def _move(session: Session, visit_ids: list[int], patient_id: int) -> None:
    if visit_ids:
        session.execute(
            update(models.Visit)
            .where(models.Visit.id.in_(visit_ids))
            .values(patient_id=patient_id, version=models.Visit.version + 1)
            .execution_options(synchronize_session=False)
        )


def _record(
    session: Session,
    kind: str,
    patient: models.Patient,
    before: dict[str, Any],
    after: dict[str, Any],
    reason: str,
    staff_id: int,
    now: datetime,
    *,
    other: models.Patient | None = None,
    visit_ids: list[int] | None = None,
    reverts: int | None = None,
) -> IdentityResult:
    affected = visit_ids if visit_ids is not None else _visit_ids(session, patient.id)
    change = models.IdentityChange(
        patient_id=patient.id,
        kind=kind,
        before=before,
        after=after,
        other_patient_id=other.id if other is not None else None,
        visit_ids=affected,
        reason=reason,
        reverts_id=reverts,
        staff_id=staff_id,
        at=now,
    )
    session.add(change)
    session.flush()
    superseded = supersede_documents(session, affected, now) if affected else []
    details: dict[str, Any] = {
        "change_id": change.id,
        "patient_id": patient.id,
        "fields": sorted(k for k in after if before.get(k) != after.get(k)),
        "visits": len(affected),
        "documents_superseded": superseded,
    }
    if other is not None:
        details["other_patient_id"] = other.id
    if reverts is not None:
        details["reverts_id"] = reverts
    record_event(
        session,
        actor=staff_actor(staff_id),
        action=f"patient.{kind}",
        subject=f"patient:{patient.id}",
        details=details,
        at=now,
    )
    return IdentityResult(change.id, patient.id, tuple(affected), tuple(superseded))
