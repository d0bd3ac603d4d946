"""Dated backups kept in one private folder, the newest N kept, at most one a day at start-up.

Each copy comes from the storage room's :func:`kiosk.services.backup.backup_database`
(SQLite's online backup API, integrity-checked, 0600). Only files this module named are ever
pruned, so whatever else IT keeps in the folder is left alone.
"""

from __future__ import annotations

import logging
import os
import re
from datetime import UTC, datetime
from pathlib import Path

from kiosk.services.backup import backup_database, checkpoint_beside
from kiosk.services.clock import Clock, local_day, now_from, utc_now
from kiosk.services.errors import ValidationError
from kiosk.storage import Database

log = logging.getLogger(__name__)

PREFIX = "clinic-"
SUFFIX = ".sqlite3"
_STAMP = "%Y%m%dT%H%M%S%fZ"
STALE_PARTIAL_SECONDS = 3600
_NAME = re.compile(r"clinic-\d{8}T\d{12}Z\.sqlite3")


def rotate_backups(
    db: Database, folder: Path, keep: int, *, clock: Clock = utc_now, key: bytes | None = None
) -> Path:
    """Write a new dated backup into ``folder`` (0700), then delete all but the newest ``keep``.

    Returns the new backup's path. ServiceError from backup_database (PostgreSQL, disk
    trouble) passes through; nothing is pruned then.
    """
    if keep < 1:
        raise ValidationError("keep", "out_of_range", "Keep at least one backup.")
    folder = private_folder(folder)
    now = now_from(clock)
    _remove_stale_partials(folder, now)
    dest = backup_database(db, folder / f"{PREFIX}{now.strftime(_STAMP)}{SUFFIX}", key=key)
    os.chmod(dest, 0o600)
    for old in list_backups(folder)[:-keep]:
        old.unlink(missing_ok=True)
        checkpoint_beside(old).unlink(missing_ok=True)
    return dest


def take_daily_backup(
    db: Database,
    folder: Path,
    keep: int,
    *,
    zone: str = "UTC",
    clock: Clock = utc_now,
    key: bytes | None = None,
) -> Path | None:
    """rotate_backups unless one was taken on this clinic day (in ``zone``) already;
    encrypted with the clinic backup ``key`` when there is one.

    PostgreSQL is skipped: its backups are pg_dump's job on the server.
    """
    if not db.is_sqlite:
        return None
    now = now_from(clock)
    today = local_day(now, zone)
    if any(local_day(_taken_at(p), zone) == today for p in list_backups(folder)):
        return None
    return rotate_backups(db, folder, keep, clock=lambda: now, key=key)


def list_backups(folder: Path) -> list[Path]:
    """This module's backups in ``folder``, oldest first (the names sort by time)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _NAME.fullmatch(p.name) and p.is_file())


def _remove_stale_partials(folder: Path, now: datetime) -> None:
    """A backup cut short (power cut, killed station) leaves a ``.partial``; after an hour it
    is certainly nobody's work in progress."""
    for partial in folder.glob(f"{PREFIX}*{SUFFIX}.partial"):
        age = now.timestamp() - partial.stat().st_mtime
        if _NAME.fullmatch(partial.name.removesuffix(".partial")) and age > STALE_PARTIAL_SECONDS:
            log.info("removing an interrupted backup: %s", partial.name)
            partial.unlink(missing_ok=True)


def _taken_at(backup: Path) -> datetime:
    stamp = backup.name.removeprefix(PREFIX).removesuffix(SUFFIX)
    return datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)


def newest_backup(folder: Path) -> Path | None:
    found = list_backups(folder)
    return found[-1] if found else None


def private_folder(folder: Path) -> Path:
    """Create ``folder`` if needed and make it readable by its owner only."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(folder, 0o700)
    return folder
