"""Helpers that fill a SQLite clinic database and then damage it the way a failing disk would."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from kiosk.services.checkin import submit_checkin
from kiosk.storage import Database
from tests.fixtures.database import TEST_ZONE, build_checklist, fixed_clock, make_submission


def fill(db: Database, count: int) -> None:
    """Store ``count`` check-ins, so the file has pages worth damaging."""
    checklist = build_checklist()
    for i in range(count):
        submission = make_submission(checklist, first_name=f"Ana{chr(97 + i % 26)}")
        submit_checkin(
            db.session_factory, submission, checklist=checklist, zone=TEST_ZONE, clock=fixed_clock()
        )


def checkpoint(path: Path) -> None:
    """Fold the WAL back into the main file, so the damage lands on real data."""
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def garble_second_half(path: Path, seed: int = 1) -> int:
    """Write random bytes over the second half of the file's pages; returns pages damaged.

    Page 1 (the header and schema) stays intact, so the file still opens and only an
    integrity check notices, which is the case start-up has to catch.
    """
    checkpoint(path)
    page_size = 4096
    pages = path.stat().st_size // page_size
    rng = random.Random(seed)
    damaged = range(pages // 2, pages)
    with path.open("r+b") as fh:
        for page in damaged:
            fh.seek(page * page_size)
            fh.write(rng.randbytes(page_size))
    return len(damaged)
