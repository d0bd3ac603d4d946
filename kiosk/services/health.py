"""Is the clinic database sound enough to start a station on? Asked once at start-up.

SQLite gets ``PRAGMA quick_check`` (reads every page, a damaged file says so); PostgreSQL a
plain ``SELECT 1`` (the server keeps its own files sound; what can fail is reaching it).
A damaged database is never "repaired" here: the advice is to keep the file and restore the
newest backup, because deleting it would lose the day's check-ins.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from kiosk.storage import Database

log = logging.getLogger(__name__)

MAX_PROBLEMS_SHOWN = 5


@dataclass(frozen=True, slots=True)
class HealthReport:
    ok: bool
    backend: str  # "sqlite" or "postgresql"
    problem: str | None = None  # what the check said, for IT; None when ok


class DatabaseDamaged(RuntimeError):
    """The database file failed its integrity check; the message says what to do."""

    def __init__(self, report: HealthReport, backups_dir: Path | None = None) -> None:
        where = f" from {backups_dir}" if backups_dir else ""
        super().__init__(
            "The database file is damaged (integrity check failed: "
            f"{report.problem}). Do not delete it; restore the newest backup{where}."
        )
        self.report = report
        self.backups_dir = backups_dir


def check_database(db: Database) -> HealthReport:
    """Run the backend's integrity probe; never raises for a damaged or unreachable database."""
    backend = db.engine.dialect.name
    try:
        if db.is_sqlite:
            problems = _sqlite_quick_check(db)
            if problems:
                return HealthReport(False, backend, "; ".join(problems[:MAX_PROBLEMS_SHOWN]))
        else:
            with db.engine.connect() as connection:
                connection.execute(text("SELECT 1")).scalar_one()
    except (sqlite3.DatabaseError, sa_exc.DBAPIError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        log.warning("database health check failed: %s", reason)
        return HealthReport(False, backend, reason)
    return HealthReport(True, backend)


def require_healthy(db: Database, backups_dir: Path | None = None) -> HealthReport:
    """check_database, raising DatabaseDamaged (with the backup folder named) when it fails."""
    report = check_database(db)
    if not report.ok:
        raise DatabaseDamaged(report, backups_dir)
    return report


def _sqlite_quick_check(db: Database) -> list[str]:
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        try:
            rows = [str(r[0]) for r in cursor.execute("PRAGMA quick_check").fetchall()]
        finally:
            cursor.close()
    finally:
        raw.close()
    return [] if rows == ["ok"] else rows
