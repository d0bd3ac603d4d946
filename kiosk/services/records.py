"""Small lookups and checks shared by the review and procedure services."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any, NoReturn

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kiosk.domain.text_rules import TextRuleError, check_free_text, has_visible_text
from kiosk.domain.visit import VisitStatus
from kiosk.services.errors import ConflictError, NotFoundError, ValidationError
from kiosk.storage import models

MAX_TEXT = 2000  # a reason, a note: a few paragraphs at most


def get_visit(session: Session, visit_id: int) -> models.Visit:
    visit = session.get(models.Visit, visit_id)
    if visit is None:
        raise NotFoundError("That visit could not be found.")
    return visit


def explain_refused_update(session: Session, visit_id: int, expected_version: int) -> NoReturn:
    """A guarded visit UPDATE matched nothing: raise why (absent, changed first, or closed)."""
    row = session.execute(
        select(models.Visit.version, models.Visit.status).where(models.Visit.id == visit_id)
    ).first()
    if row is None:
        raise NotFoundError("That visit could not be found.")
    if row.version != expected_version:
        raise ConflictError()
    raise ValidationError(
        "status", "closed", f"This visit is {row.status}; it cannot be changed that way."
    )


Refusal = Callable[[Session, int, int], NoReturn]  # (session, visit_id, expected_version)


def bump_visit(
    session: Session,
    visit_id: int,
    expected_version: int,
    now: datetime,
    *,
    status: VisitStatus | None = None,
    only_from: Iterable[VisitStatus] | None = None,
    refused: Refusal = explain_refused_update,
) -> int:
    """The one guarded UPDATE every change to a visit makes; returns the new version.

    The version the nurse saw moves on by one (and the status to ``status``), only while the
    visit still has that version (and, with ``only_from``, one of those statuses); the check
    is in the UPDATE itself, so it holds between stations on PostgreSQL too. When nothing
    matched, ``refused`` raises why."""
    where = [models.Visit.id == visit_id, models.Visit.version == expected_version]
    if only_from is not None:
        where.append(models.Visit.status.in_([s.value for s in only_from]))
    values: dict[str, Any] = {"version": models.Visit.version + 1, "updated_at": now}
    if status is not None:
        values["status"] = status.value
    new_version = session.execute(
        update(models.Visit).where(*where).values(values).returning(models.Visit.version)
    ).scalar_one_or_none()
    if new_version is None:
        refused(session, visit_id, expected_version)
    return int(new_version)


def completed_sessions(session: Session, patient_id: int) -> int:
    """The patient's completed procedures (current records: a correction counts once)."""
    return int(
        session.execute(
            select(func.count(models.Procedure.id))
            .join(models.Visit, models.Procedure.visit_id == models.Visit.id)
            .where(
                models.Visit.patient_id == patient_id,
                models.Visit.status == VisitStatus.COMPLETED.value,
                current_procedure(),
            )
        ).scalar_one()
    )


def current_procedure() -> Any:
    """A WHERE clause: procedure records no later record corrects (supersedes)."""
    corrected = select(models.Procedure.supersedes_id).where(
        models.Procedure.supersedes_id.is_not(None)
    )
    return models.Procedure.id.not_in(corrected)


def clean_text(value: str | None, field: str) -> str | None:
    """Free text from a nurse: trimmed, bounded, no NUL; empty becomes None."""
    if value is None:
        return None
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise ValidationError(field, "too_long", f"Please keep the {field} under {MAX_TEXT}.")
    refuse_unprintable(text, field)
    return text or None


def refuse_unprintable(text: str, field: str) -> None:
    """Free text's rule (kiosk.domain.text_rules), refused as a ValidationError."""
    try:
        check_free_text(text, field)
    except TextRuleError as exc:
        raise ValidationError(
            field, exc.code, f"The {field} holds a character that cannot be stored."
        ) from exc


def require_visible(text: str | None, field: str, message: str) -> str:
    """A reason must say something: at least one letter, digit or sign a person can see
    (refused as "required", the code a screen shows for an empty reason)."""
    if text is None or not has_visible_text(text):
        raise ValidationError(field, "required", message)
    return text


AFTERCARE = "aftercare"  # Document.kind values (kiosk.services.documents uses the same)
CONSENT_RECORD = "consent_record"


def supersede_documents(
    session: Session, visit_ids: list[int], now: datetime, *, kinds: tuple[str, ...] | None = None
) -> list[int]:
    """Mark the visits' current documents superseded (they must be re-issued); their ids."""
    where = [
        models.Document.visit_id.in_(visit_ids),
        models.Document.superseded_at.is_(None),
    ]
    if kinds is not None:
        where.append(models.Document.kind.in_(kinds))
    ids = sorted(session.scalars(select(models.Document.id).where(*where)))
    if ids:
        session.execute(
            update(models.Document).where(models.Document.id.in_(ids)).values(superseded_at=now)
        )
    return ids
