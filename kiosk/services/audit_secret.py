"""The clinic audit secret and the signed checkpoint that anchors the chain's head.

The secret (32 random bytes, ``audit.key`` in the data folder, owner-only) keys the audit
chain's HMAC. It lives outside the database, like the PIN pepper: a copy of the database, or
SQL access to it, is not enough to rewrite the log and re-hash it. Every station of a clinic
holds the same secret (docs/record.md says how it is made, backed up and shared).

The checkpoint (``audit-checkpoint.json``, owner-only, replaced atomically) records the head
this station last saw, and how far a full verification has gone, signed with the same secret.
A log that was truncated and had its head moved back no longer contains the anchored event, so
the next start-up (and ``audit verify``) says so. Backups carry a copy of it.

At start-up :func:`attach_audit_key` checks the secret against the newest event and refuses to
go on with a missing or wrong secret when a keyed chain exists: never a silent new chain.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import threading
import weakref
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from kiosk.files import create_random_key, read_key
from kiosk.services.audit import (
    KEYED_ACTION,
    canonical_json,
    event_hash,
    legacy_event_hash,
    record_event,
    take_pending_anchor,
    use_audit_key,
)
from kiosk.services.clock import utc_now
from kiosk.services.errors import ServiceError
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import Database, models

SECRET_BYTES = 32
SECRET_FILE = "audit.key"
CHECKPOINT_FILE = "audit-checkpoint.json"
_CHECKPOINT_FORMAT = 1


class AuditSecretProblem(ServiceError):
    """The audit secret or the checkpoint does not fit the log: a start-up problem for IT."""


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """The anchored head (``seq``, ``hash``) and how far a full verification reached."""

    seq: int
    hash: str
    verified_seq: int = 0
    verified_hash: str = models.GENESIS_HASH
    verified_visit_id: int = 0
    written_at: str = ""


def secret_path(data_dir: Path) -> Path:
    return Path(data_dir) / SECRET_FILE


def checkpoint_path(data_dir: Path) -> Path:
    return Path(data_dir) / CHECKPOINT_FILE


def read_secret(path: Path) -> bytes | None:
    """The secret, or None when the file does not exist; a damaged file is a problem."""
    path = Path(path)
    if not path.exists():
        return None
    secret = read_key(path)
    if len(secret) < SECRET_BYTES:
        raise AuditSecretProblem(
            f"The audit secret file {path} is damaged (too short). Restore it from the backup"
            " of the secret (docs/record.md); without it the audit log cannot be checked."
        )
    return secret


def create_secret(path: Path) -> bytes:
    """Make a new random secret (O_EXCL: two stations starting together keep one)."""
    path = Path(path)
    create_random_key(path, SECRET_BYTES)
    secret = read_secret(path)
    assert secret is not None
    return secret


def key_id(key: bytes) -> str:
    """A short public fingerprint of the secret, to compare stations without showing it."""
    return hmac.new(key, b"clinic-kiosk audit key id", hashlib.sha256).hexdigest()[:16]


# -- the checkpoint ------------------------------------------------------------------------


def _mac(key: bytes, fields: dict[str, object]) -> str:
    body = canonical_json({"format": _CHECKPOINT_FORMAT, **fields})
    return hmac.new(key, body.encode("utf-8"), hashlib.sha256).hexdigest()


def read_checkpoint(path: Path, key: bytes) -> Checkpoint | None:
    """The signed checkpoint, or None when there is none; a forged or foreign one is refused."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise AuditSecretProblem(f"The audit checkpoint {path} cannot be read ({exc}).") from exc
    if not isinstance(raw, dict):
        raise AuditSecretProblem(f"The audit checkpoint {path} is damaged.")
    mac = raw.pop("mac", "")
    raw.pop("format", None)
    try:
        checkpoint = Checkpoint(**raw)
    except TypeError as exc:
        raise AuditSecretProblem(f"The audit checkpoint {path} is damaged.") from exc
    if not isinstance(mac, str) or not hmac.compare_digest(mac, _mac(key, asdict(checkpoint))):
        raise AuditSecretProblem(
            f"The audit checkpoint {path} is not signed with this clinic's audit secret:"
            " it was edited, or the secret on this station is not the clinic's."
        )
    return checkpoint


def write_checkpoint(
    path: Path, key: bytes, checkpoint: Checkpoint, *, durable: bool = True
) -> None:
    """Replace the checkpoint atomically (temporary file, fsync, rename), owner-only."""
    path = Path(path)
    fields = asdict(checkpoint)
    fields["written_at"] = fields["written_at"] or utc_now().isoformat(timespec="seconds")
    text = json.dumps(
        {"format": _CHECKPOINT_FORMAT, **fields, "mac": _mac(key, fields)}, sort_keys=True
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def anchor_head(path: Path, key: bytes, seq: int, digest: str, *, durable: bool = True) -> None:
    """Move the checkpoint's anchor forward to (seq, digest); never backwards."""
    current = read_checkpoint(path, key)
    if current is not None and current.seq >= seq:
        return
    base = current or Checkpoint(seq=0, hash=models.GENESIS_HASH)
    write_checkpoint(
        path,
        key,
        Checkpoint(
            seq=seq,
            hash=digest,
            verified_seq=base.verified_seq,
            verified_hash=base.verified_hash,
            verified_visit_id=base.verified_visit_id,
        ),
        durable=durable,
    )


def check_anchor(sf: SessionFactory, checkpoint: Checkpoint) -> str | None:
    """None when the log still holds the anchored event; else what is wrong, in one line."""
    if checkpoint.seq == 0:
        return None
    with transaction(sf, read_only=True) as session:
        head_seq = session.execute(select(models.AuditHead.seq)).scalar_one()
        anchored = session.execute(
            select(models.AuditEvent.hash).where(models.AuditEvent.seq == checkpoint.seq)
        ).scalar_one_or_none()
    if head_seq < checkpoint.seq or anchored is None:
        return (
            f"the audit log ends at event {head_seq} but this station saw event"
            f" {checkpoint.seq}: the newest events were deleted and the head moved back"
            " (or an older backup was restored without its checkpoint)"
        )
    if anchored != checkpoint.hash:
        return f"event {checkpoint.seq}, anchored in the checkpoint, was rewritten"
    return None


# -- start-up --------------------------------------------------------------------------------


def attach_audit_key(database: Database, data_dir: Path) -> bytes:
    """Load (or, for a new or unkeyed log, make) the secret, check it, anchor the head.

    Raises AuditSecretProblem when a keyed log exists and the secret is missing or not the
    one it was written with, or when the log no longer holds the anchored head.
    """
    sf = database.session_factory
    path = secret_path(data_dir)
    key = read_secret(path)
    state = _newest_event_state(sf, key)
    if state == "keyed_other":
        if key is None:
            raise AuditSecretProblem(
                f"The audit secret file {path} is missing, but the audit log was written with"
                " one. Restore audit.key from the backup of the secret, or copy it from another"
                " station of this clinic (docs/record.md). A new secret would start a new,"
                " unverifiable log, so the station does not make one."
            )
        raise AuditSecretProblem(
            f"The audit secret in {path} is not the one the audit log was written with"
            f" (fingerprint {key_id(key)}). Copy audit.key from the station that holds the"
            " clinic's secret (docs/record.md)."
        )
    if key is None:
        key = create_secret(path)
    use_audit_key(database.engine, key)
    if state == "legacy":
        _close_legacy_chain(sf, key)
    where = checkpoint_path(data_dir)
    checkpoint = read_checkpoint(where, key)
    if checkpoint is not None:
        problem = check_anchor(sf, checkpoint)
        if problem:
            raise AuditSecretProblem(f"The audit log was cut short: {problem}.")
    with transaction(sf, read_only=True) as session:
        head = session.execute(select(models.AuditHead)).scalar_one()
    anchor_head(where, key, head.seq, head.hash)
    anchor_after_commits(sf, where, key)
    return key


def _newest_event_state(sf: SessionFactory, key: bytes | None) -> str:
    """'empty', 'keyed' (with ``key``), 'legacy' (unkeyed, never keyed) or 'keyed_other'."""
    with transaction(sf, read_only=True) as session:
        head = session.execute(select(models.AuditHead)).scalar_one()
        if head.seq == 0:
            return "empty"
        row = session.execute(
            select(models.AuditEvent).where(models.AuditEvent.seq == head.seq)
        ).scalar_one_or_none()
        ever_keyed = session.execute(
            select(func.count()).where(models.AuditEvent.action == KEYED_ACTION)
        ).scalar_one()
    if row is None:
        return "keyed_other"  # the head points at nothing: audit verify names it
    fields: dict[str, Any] = {
        "seq": row.seq,
        "at": row.at,
        "actor": row.actor,
        "action": row.action,
        "subject": row.subject,
        "details": row.details,
    }
    if key is not None and hmac.compare_digest(event_hash(key, row.prev_hash, **fields), row.hash):
        return "keyed"
    if not ever_keyed and legacy_event_hash(row.prev_hash, **fields) == row.hash:
        return "legacy"
    return "keyed_other"


def _close_legacy_chain(sf: SessionFactory, key: bytes) -> None:
    """The first keyed event records the unkeyed head; from it on every event is keyed."""
    with transaction(sf) as session:
        head = session.execute(
            select(models.AuditHead.seq, models.AuditHead.hash).with_for_update()
        ).one()
        newest = session.execute(
            select(models.AuditEvent.action).where(models.AuditEvent.seq == head.seq)
        ).scalar_one()
        if newest == KEYED_ACTION:
            return  # another station closed it a moment ago
        record_event(
            session,
            actor="system",
            action=KEYED_ACTION,
            subject="audit",
            details={"legacy_head_seq": head.seq, "legacy_head_hash": head.hash},
        )


# -- anchoring after each commit -----------------------------------------------------------

_ANCHORED: weakref.WeakSet[SessionFactory] = weakref.WeakSet()


class _AnchorWriter:
    """Moves checkpoints' anchors on one background thread, coalescing commits.

    A commit only hands over its (seq, hash): renaming a file costs milliseconds, more than a
    check-in itself. Without fsync: a lost update leaves an older anchor, still a true prefix.
    """

    def __init__(self) -> None:
        self._pending: dict[Path, tuple[bytes, int, str]] = {}
        self._busy = False
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def offer(self, path: Path, key: bytes, seq: int, digest: str) -> None:
        with self._cond:
            known = self._pending.get(path)
            if known is None or seq > known[1]:
                self._pending[path] = (key, seq, digest)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="audit-anchor", daemon=True)
                self._thread.start()
            self._cond.notify()

    def wait(self, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: not self._pending and not self._busy, timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: bool(self._pending))
                path, (key, seq, digest) = self._pending.popitem()
                self._busy = True
            try:
                # A failed anchor write is not a failed commit: the next start-up anchors again.
                with contextlib.suppress(OSError, AuditSecretProblem):
                    anchor_head(path, key, seq, digest, durable=False)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()


_WRITER = _AnchorWriter()


def wait_for_anchors(timeout: float = 5.0) -> bool:
    """Wait until every pending anchor is written (tests; a station closing down)."""
    return _WRITER.wait(timeout)


def anchor_after_commits(sf: SessionFactory, path: Path, key: bytes) -> None:
    """After each commit that appended events, move the checkpoint's anchor to the new head."""
    if sf in _ANCHORED:
        return
    _ANCHORED.add(sf)

    def after_commit(session: Session) -> None:
        pending = take_pending_anchor()
        if pending is not None:
            _WRITER.offer(path, key, *pending)

    def forget(session: Session, *_: object) -> None:
        take_pending_anchor()

    event.listen(sf, "after_commit", after_commit)
    event.listen(sf, "after_begin", forget)
    event.listen(sf, "after_rollback", forget)
