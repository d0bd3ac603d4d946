"""The audit log: every staff action and every submission, in a keyed hash chain.

Each event's hash is ``HMAC-SHA256(clinic audit secret, prev_hash + canonical JSON of the
event)`` where the event includes its sequence number, so an edited, deleted or reordered row
breaks the chain, and the program's own code cannot re-hash a rewritten chain without the
secret, which lives outside the database (kiosk.services.audit_secret). Appends are serialised
through the single ``audit_head`` row (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite's
``BEGIN IMMEDIATE`` already holds the one write lock). The head is also anchored outside the
database by a signed checkpoint file, so truncating the log and moving the head back is caught.

Chains written before the secret existed (plain SHA-256) are kept: the first keyed event,
``audit.keyed``, records the old head, and from there on every event is keyed.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import weakref
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from kiosk.services.clock import utc_now
from kiosk.services.results.audit import AuditReport
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
KEYED_ACTION = "audit.keyed"  # the first keyed event of a chain begun before the secret

# The clinic audit secret of each open database, attached once at start-up (attach_audit_key).
_KEYS: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()
# The head this thread's open transaction appended, anchored after its commit (audit_secret).
_PENDING = threading.local()


class AuditKeyMissing(RuntimeError):
    """An append was attempted on a database whose audit secret was never attached."""


def use_audit_key(engine: Engine, key: bytes) -> None:
    """Register the clinic audit secret for every append made through ``engine``."""
    if len(key) < 32:
        raise ValueError("the audit secret must be at least 32 bytes")
    _KEYS[engine] = key


def take_pending_anchor() -> ChainHead | None:
    """The (seq, hash) this thread appended since its transaction began, and forget it."""
    pending: ChainHead | None = getattr(_PENDING, "anchor", None)
    _PENDING.anchor = None
    return pending


def audit_key(engine: Engine) -> bytes:
    try:
        return _KEYS[engine]
    except KeyError:
        raise AuditKeyMissing(
            "the audit secret is not loaded: the log cannot be extended without it"
        ) from None


def canonical_json(value: Any) -> str:
    """One spelling per value: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def event_hash(
    key: bytes,
    prev_hash: str,
    *,
    seq: int,
    at: datetime,
    actor: str,
    action: str,
    subject: str,
    details: str,
) -> str:
    """The keyed hash of one event: HMAC-SHA256 with the clinic audit secret."""
    body = _event_body(seq=seq, at=at, actor=actor, action=action, subject=subject, details=details)
    return hmac.new(key, (prev_hash + body).encode("utf-8"), hashlib.sha256).hexdigest()


def legacy_event_hash(
    prev_hash: str, *, seq: int, at: datetime, actor: str, action: str, subject: str, details: str
) -> str:
    """The unkeyed hash of events written before the audit secret existed."""
    body = _event_body(seq=seq, at=at, actor=actor, action=action, subject=subject, details=details)
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def _event_body(
    *, seq: int, at: datetime, actor: str, action: str, subject: str, details: str
) -> str:
    return canonical_json(
        {
            "seq": seq,
            "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
            "actor": actor,
            "action": action,
            "subject": subject,
            "details": details,
        }
    )


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
    key = audit_key(conn.engine)
    when = (at or utc_now()).astimezone(UTC)
    prev_seq, prev_hash = head
    seq = prev_seq + 1
    text = canonical_json(details)
    digest = event_hash(
        key, prev_hash, seq=seq, at=when, actor=actor, action=action, subject=subject, details=text
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
    _PENDING.anchor = (seq, digest)


def staff_actor(staff_id: int | None) -> str:
    return "system" if staff_id is None else f"staff:{staff_id}"


def engine_of(sf: SessionFactory) -> Engine:
    bind = sf.kw.get("bind")
    if not isinstance(bind, Engine):
        raise TypeError("the session factory is not bound to an engine")
    return bind


def verify_audit_chain(
    sf: SessionFactory,
    *,
    batch: int = 1000,
    start: ChainHead | None = None,
    on_event: Callable[[Any], None] | None = None,
) -> AuditReport:
    """Walk the chain up to the head with the clinic secret; report the first break found.

    ``start`` (seq, hash) begins after an anchored checkpoint instead of at the first event:
    the event at ``seq`` must still carry ``hash``. ``on_event`` sees every checked event (the
    record verifier collects each visit's signed digests from it). The head is read first and
    only events up to it are checked, so events appended by another station while this runs
    are not mistaken for tampering.
    """
    key = audit_key(engine_of(sf))
    checked = 0
    from_seq, expected_prev = start or (0, GENESIS_HASH)
    keyed = start is not None  # a checkpoint is only ever written over a keyed chain
    with transaction(sf, read_only=True) as session:
        head = session.execute(select(models.AuditHead)).scalar_one()
        if start is not None and from_seq > 0:
            anchored = session.execute(
                select(models.AuditEvent.hash).where(models.AuditEvent.seq == from_seq)
            ).scalar_one_or_none()
            if anchored != expected_prev or head.seq < from_seq:
                return AuditReport(
                    False,
                    0,
                    f"event {from_seq}, anchored in the checkpoint, is gone or changed:"
                    " the log was truncated or rewritten",
                )
        rows = session.execute(
            select(_EVENTS)  # Core rows: the walk reads every event, ORM objects cost double
            .where(_EVENTS.c.seq > from_seq, _EVENTS.c.seq <= head.seq)
            .order_by(_EVENTS.c.seq)
            .execution_options(yield_per=batch)
        )
        try:
            for row in rows:
                problem, keyed = _check_row(key, row, from_seq + checked + 1, expected_prev, keyed)
                if problem:
                    return AuditReport(False, checked, problem)
                if on_event is not None:
                    on_event(row)
                checked += 1
                expected_prev = row.hash
        finally:
            rows.close()  # a server-side cursor on PostgreSQL
    if head.seq != from_seq + checked or head.hash != expected_prev:
        return AuditReport(
            False,
            checked,
            f"the log ends at event {from_seq + checked} but {head.seq} were written:"
            " the newest events were deleted or the log was replaced",
        )
    if not keyed and checked:
        return AuditReport(
            False,
            checked,
            "no event in the log is signed with this clinic's audit secret: the log was"
            " rewritten, or it was never opened by a station holding the secret",
        )
    return AuditReport(True, checked)


def _check_row(
    key: bytes, row: Any, expected_seq: int, expected_prev: str, keyed: bool
) -> tuple[str | None, bool]:
    """(problem, keyed from here on). Before the first keyed event, unkeyed hashes are legacy."""
    if row.seq != expected_seq:
        return f"event {expected_seq} is missing (deleted?); the next one found is {row.seq}", keyed
    if row.prev_hash != expected_prev:
        return f"event {row.seq} does not follow event {row.seq - 1} (deleted or reordered?)", keyed
    fields = {
        "seq": row.seq,
        "at": row.at,
        "actor": row.actor,
        "action": row.action,
        "subject": row.subject,
        "details": row.details,
    }
    if hmac.compare_digest(event_hash(key, row.prev_hash, **fields), row.hash):
        if not keyed and row.seq > 1 and row.action != KEYED_ACTION:
            return (
                f"event {row.seq} is keyed but the log before it was never closed by an"
                f" '{KEYED_ACTION}' event",
                keyed,
            )
        return None, True
    if not keyed and legacy_event_hash(row.prev_hash, **fields) == row.hash:
        return None, False
    return f"event {row.seq} ({row.action}) was changed after it was written", keyed
