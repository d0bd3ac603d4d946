"""The audit log: every staff action and every submission, hash-chained.

Each event's hash is ``sha256(prev_hash + canonical JSON of the event)`` where the event
includes its sequence number, so an edited, deleted or reordered row breaks the chain. Appends
are serialised through the single ``audit_head`` row (``SELECT ... FOR UPDATE`` on PostgreSQL;
SQLite's ``BEGIN IMMEDIATE`` already holds the one write lock), and the head also remembers the
newest hash, so deleting the newest events is caught too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from kiosk.domain.staff import SignedIn
from kiosk.services.clock import day_bounds_utc, utc_now
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models
from kiosk.storage.models import GENESIS_HASH

_HEAD: Table = models.Base.metadata.tables["audit_head"]
_EVENTS: Table = models.Base.metadata.tables["audit_events"]
# Statements are built once, so SQLAlchemy finds each compiled form in its cache directly.
# The chain's head, locked to the end of the transaction (SQLite: BEGIN IMMEDIATE already is).
READ_HEAD = select(_HEAD.c.seq, _HEAD.c.hash).where(_HEAD.c.id == 1).with_for_update()
_APPEND = insert(_EVENTS)
_MOVE_HEAD = update(_HEAD).where(_HEAD.c.id == 1)  # SET seq, hash from the parameters
# PostgreSQL: the same two writes in one statement (a data-modifying WITH), one round trip.
_APPEND_AND_MOVE_HEAD = insert(_EVENTS).add_cte(
    update(_HEAD)
    .where(_HEAD.c.id == 1)
    .values(seq=bindparam("head_seq"), hash=bindparam("head_hash"))
    .cte("moved_head")
)

ChainHead = tuple[int, str]  # (seq, hash) of the newest event, as READ_HEAD returns them


@dataclass(frozen=True, slots=True)
class AuditReport:
    ok: bool
    checked: int
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class AuditEventView:
    seq: int
    at: datetime
    actor: str
    action: str
    subject: str
    details: dict[str, Any]


def canonical_json(value: Any) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    prev_hash: str, *, seq: int, at: datetime, actor: str, action: str, subject: str, details: str
) -> str:
    body = canonical_json(
        {
            "seq": seq,
            "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
            "actor": actor,
            "action": action,
            "subject": subject,
            "details": details,
        }
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def record_event(
    session: Session,
    *,
    actor: str,
    action: str,
    subject: str,
    details: dict[str, Any],
    at: datetime | None = None,
) -> None:
    """Append one event inside the caller's transaction.

    The caller's pending ORM changes are flushed first (as the head lookup's autoflush did);
    the event itself is written with Core statements, no unit of work.
    """
    session.flush()
    conn = session.connection()
    head = conn.execute(READ_HEAD).one()
    append_event(
        conn,
        (head.seq, head.hash),
        actor=actor,
        action=action,
        subject=subject,
        details=details,
        at=at,
    )


def append_event(
    conn: Connection,
    head: ChainHead,
    *,
    actor: str,
    action: str,
    subject: str,
    details: dict[str, Any],
    at: datetime | None = None,
) -> None:
    """Append one event after ``head``, which must come from READ_HEAD in this transaction.

    For callers that fold the head lookup into a statement of their own (check-in does, to
    save PostgreSQL a round trip); otherwise use record_event.
    """
    when = (at or utc_now()).astimezone(UTC)
    prev_seq, prev_hash = head
    seq = prev_seq + 1
    text = canonical_json(details)
    digest = event_hash(
        prev_hash, seq=seq, at=when, actor=actor, action=action, subject=subject, details=text
    )
    event = {
        "seq": seq,
        "at": when,
        "actor": actor,
        "action": action,
        "subject": subject,
        "details": text,
        "prev_hash": prev_hash,
        "hash": digest,
    }
    if conn.dialect.name == "postgresql":
        conn.execute(_APPEND_AND_MOVE_HEAD, {**event, "head_seq": seq, "head_hash": digest})
    else:
        conn.execute(_APPEND, event)
        conn.execute(_MOVE_HEAD, {"seq": seq, "hash": digest})


def staff_actor(staff_id: int | None) -> str:
    return "system" if staff_id is None else f"staff:{staff_id}"


def verify_audit_chain(sf: SessionFactory, *, batch: int = 1000) -> AuditReport:
    """Walk the chain from the first event up to the head; report the first break found.

    The head is read first and only events up to it are checked, so events appended by
    another station while this runs (PostgreSQL reads committed rows) are not mistaken
    for tampering.
    """
    checked = 0
    expected_prev = GENESIS_HASH
    with transaction(sf, read_only=True) as session:
        head = session.execute(select(models.AuditHead)).scalar_one()
        rows = session.execute(
            select(models.AuditEvent)
            .where(models.AuditEvent.seq <= head.seq)
            .order_by(models.AuditEvent.seq)
            .execution_options(yield_per=batch)
        ).scalars()
        try:
            for row in rows:
                problem = _check_row(row, checked + 1, expected_prev)
                if problem:
                    return AuditReport(False, checked, problem)
                checked += 1
                expected_prev = row.hash
        finally:
            rows.close()  # a server-side cursor on PostgreSQL
    if head.seq != checked or head.hash != expected_prev:
        return AuditReport(
            False,
            checked,
            f"the log ends at event {checked} but {head.seq} were written:"
            " the newest events were deleted or the log was replaced",
        )
    return AuditReport(True, checked)


def _check_row(row: models.AuditEvent, expected_seq: int, expected_prev: str) -> str | None:
    if row.seq != expected_seq:
        return f"event {expected_seq} is missing (deleted?); the next one found is {row.seq}"
    if row.prev_hash != expected_prev:
        return f"event {row.seq} does not follow event {row.seq - 1} (deleted or reordered?)"
    digest = event_hash(
        row.prev_hash,
        seq=row.seq,
        at=row.at,
        actor=row.actor,
        action=row.action,
        subject=row.subject,
        details=row.details,
    )
    if digest != row.hash:
        return f"event {row.seq} ({row.action}) was changed after it was written"
    return None


def list_events(
    sf: SessionFactory,
    limit: int = 200,
    offset: int = 0,
    *,
    staff_id: int | None = None,
    visit_id: int | None = None,
    day: date | None = None,
    zone: str = "UTC",
    actor: SignedIn | None = None,
) -> list[AuditEventView]:
    """Newest first. ``staff_id``: what that staff member did or had done to their account;
    ``visit_id``: the visit and its documents; ``day``: that clinic day in ``zone``. From a
    station ``actor`` must be a signed-in administrator (None: the command line)."""
    from kiosk.services.signin import require_signed_in

    query = select(models.AuditEvent).order_by(models.AuditEvent.seq.desc())
    if staff_id is not None:
        who = f"staff:{staff_id}"
        query = query.where(or_(models.AuditEvent.actor == who, models.AuditEvent.subject == who))
    if day is not None:
        start, end = day_bounds_utc(day, zone)
        query = query.where(models.AuditEvent.at >= start, models.AuditEvent.at < end)
    with transaction(sf, read_only=True) as session:
        if actor is not None:
            require_signed_in(session, actor, admin=True)
        if visit_id is not None:
            documents = session.execute(
                select(models.Document.id).where(models.Document.visit_id == visit_id)
            ).scalars()
            subjects = [f"visit:{visit_id}", *(f"document:{d}" for d in documents)]
            query = query.where(models.AuditEvent.subject.in_(subjects))
        rows = session.execute(query.limit(limit).offset(offset)).scalars()
        return [
            AuditEventView(
                seq=r.seq,
                at=r.at,
                actor=r.actor,
                action=r.action,
                subject=r.subject,
                details=json.loads(r.details),
            )
            for r in rows
        ]
