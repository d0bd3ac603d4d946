"""Backups of a SQLite database with SQLite's online backup API (safe while in use)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from kiosk.services.errors import ServiceError
from kiosk.storage import Database


def backup_database(db: Database, dest: Path) -> Path:
    """Copy the live database to ``dest`` (mode 0600), consistent even while stations write.

    The copy is written beside ``dest`` and renamed into place only once it passed an
    integrity check, so a half-written backup never looks like a good one. PostgreSQL is
    refused: its backups are pg_dump's job.
    """
    if not db.is_sqlite:
        raise ServiceError(
            "This clinic uses a PostgreSQL server: back it up there with pg_dump"
            " (for example: pg_dump --format=custom --file=clinic.dump <database>)."
        )
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        _copy(db, partial)
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _anchor_backup(db, dest)
    return dest


def checkpoint_beside(backup: Path) -> Path:
    """Where a backup's signed audit checkpoint is kept: restore both together."""
    return backup.with_name(backup.name + ".audit-checkpoint.json")


def _anchor_backup(db: Database, dest: Path) -> None:
    """Sign the copy's audit head beside it, so a restore keeps the truncation check.

    Restoring a backup moves the log back on purpose: putting this file in place as the
    station's ``audit-checkpoint.json`` says so; without it the station refuses to start.
    """
    from kiosk.services.audit import AuditKeyMissing, audit_key
    from kiosk.services.audit_secret import Checkpoint, write_checkpoint

    try:
        key = audit_key(db.engine)
    except AuditKeyMissing:
        return  # a copy made without the secret (a tool, a test): no checkpoint to sign
    copy = sqlite3.connect(dest)
    try:
        seq, digest = copy.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    finally:
        copy.close()
    write_checkpoint(checkpoint_beside(dest), key, Checkpoint(seq=seq, hash=digest))


def _copy(db: Database, target: Path) -> None:
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # type: ignore[union-attr]
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            result = copy.execute("PRAGMA integrity_check").fetchone()
        finally:
            copy.close()
    except sqlite3.Error as exc:
        raise ServiceError(f"The backup could not be written to {target.parent}: {exc}") from exc
    finally:
        raw.close()
    if result is None or result[0] != "ok":
        raise ServiceError(f"The backup failed its integrity check: {result}")
