"""Small lookups and checks shared by the review and procedure services."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Any, NoReturn

from sqlalchemy import select, update
from sqlalchemy.orm import Session

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


_ALLOWED_CONTROLS = frozenset("\t\n\r")


def refuse_unprintable(text: str, field: str) -> None:
    """Control characters and lone surrogates come from broken input, never from a person."""
    for ch in text:
        category = unicodedata.category(ch)
        if (category == "Cc" and ch not in _ALLOWED_CONTROLS) or category == "Cs":
            raise ValidationError(
                field, "bad_character", f"The {field} holds a character that cannot be stored."
            )


def require_visible(text: str | None, field: str, message: str) -> str:
    """A reason must say something: at least one letter, digit or sign a person can see."""
    if text is None or not any(unicodedata.category(ch)[0] in "LNPS" for ch in text):
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
