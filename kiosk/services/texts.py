"""The texts patients were shown, kept once by SHA-256 for as long as the records.

A check-in stores the consent text it was signed under and the wording of every question (its
help, and the words of the chosen answer) in ``texts``: insert-once (ON CONFLICT DO NOTHING on
both databases, so the same wording shown to a thousand patients is one row) and append-only.
Answers and consents point at the exact wording, so a record prints years later from the
database alone, whatever the content files say then.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Insert, Table, select
from sqlalchemy.orm import Session

from kiosk.domain.checkin import CheckinSubmission
from kiosk.domain.checklist import Checklist
from kiosk.domain.consent import ConsentContent, text_sha256
from kiosk.storage import models

_TEXTS: Table = models.Base.metadata.tables["texts"]

# item_key -> (question sha, question wording, help sha or None, chosen label sha)
AnswerWording = tuple[str, str, str | None, str]


@dataclass(frozen=True, slots=True)
class ShownWording:
    rows: list[dict[str, Any]] = field(default_factory=list)  # texts rows to insert-once
    answers: dict[str, AnswerWording] = field(default_factory=dict)


def shown_texts(
    checklist: Checklist,
    submission: CheckinSubmission,
    consent: ConsentContent | None,
    now: datetime,
) -> ShownWording:
    """The rows for every wording this submission's patient saw, and each answer's pointers.

    ``consent`` is the consent content checked against the signed identity; without it (a
    caller that does not pass it) only the questions are kept.
    """
    rows: dict[str, dict[str, Any]] = {}

    def keep(kind: str, body: str, item_key: str = "", parts: dict[str, Any] | None = None) -> str:
        sha = text_sha256(body)
        rows.setdefault(
            sha,
            {
                "sha256": sha,
                "kind": kind,
                "language": checklist.language if kind != "consent" else consent_language,
                "version": checklist.version if kind != "consent" else consent_version,
                "item_key": item_key,
                "body": body,
                "parts": parts,
                "first_seen_at": now,
            },
        )
        return sha

    consent_language = consent.language if consent else ""
    consent_version = consent.version if consent else ""
    answers: dict[str, AnswerWording] = {}
    for answer in submission.answers:
        item = checklist.item(answer.item_key)
        question = keep("question", item.question, item.key)
        help_sha = keep("help", item.help, item.key) if item.help else None
        label = keep("label", checklist.label(item, answer.choice), item.key)
        answers[item.key] = (question, item.question, help_sha, label)
    dated = any(checklist.item(a.item_key).needs_day(a.choice) for a in submission.answers)
    if dated and checklist.day_question:
        keep("day_question", checklist.day_question)
    if consent is not None:
        keep("consent", consent.text, "", consent_parts(consent))
    return ShownWording(rows=list(rows.values()), answers=answers)


def consent_parts(consent: ConsentContent) -> dict[str, Any]:
    """The consent's structure; joining it as ConsentContent.text does gives the body."""
    return {
        "title": consent.title,
        "paragraphs": list(consent.paragraphs),
        "acknowledgements": [{"key": a.key, "text": a.text} for a in consent.acknowledgements],
    }


@functools.cache
def insert_texts_statement(dialect: str) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING in the dialect's own spelling, built once."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(_TEXTS).on_conflict_do_nothing(index_elements=["sha256"])
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(_TEXTS).on_conflict_do_nothing(index_elements=["sha256"])


def load_texts(session: Session, shas: Iterable[str | None]) -> dict[str, models.ShownText]:
    wanted = {s for s in shas if s}
    if not wanted:
        return {}
    rows = session.execute(
        select(models.ShownText).where(models.ShownText.sha256.in_(sorted(wanted)))
    ).scalars()
    return {row.sha256: row for row in rows}
