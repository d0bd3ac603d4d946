"""A full check-in (answers + consent + audit, one transaction) against one committed row.

Plain script:  python benchmarks/bench_checkin.py [N]
Both go through the same session factory and transaction() on the same SQLite file (WAL,
BEGIN IMMEDIATE, one commit each), so the ratio is what the check-in's work costs on top of a
commit. Every check-in is a new patient (the slower path: the patient row is created too).
"""

from __future__ import annotations

import itertools
import os
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Column, Integer, MetaData, String, Table, insert  # noqa: E402

from benchmarks.measure import Result, alternate, table  # noqa: E402
from kiosk.content import load_content  # noqa: E402
from kiosk.services.audit_secret import attach_audit_key  # noqa: E402
from kiosk.services.checkin import submit_checkin  # noqa: E402
from kiosk.services.transactions import transaction  # noqa: E402
from kiosk.storage import Database, open_database, sqlite_url  # noqa: E402
from tests.fixtures.database import (  # noqa: E402
    TEST_ZONE,
    _postgres_database,
    fixed_clock,
    make_submission,
)

TARGET = 3.0
PG_URL_ENV = "CLINIC_KIOSK_BENCH_PG"
_scratch = MetaData()
bench_rows = Table(
    "bench_rows",
    _scratch,
    Column("id", Integer, primary_key=True),
    Column("note", String(64)),
)


def letters(n: int) -> str:
    """0 -> 'a', 25 -> 'z', 26 -> 'ba': a different valid name part for every check-in."""
    out = ""
    while True:
        n, digit = divmod(n, 26)
        out = chr(ord("a") + digit) + out
        if n == 0:
            return out


def timed_on(database: Database, n: int) -> tuple[float, float]:
    """Median seconds of a check-in and of a one-row commit, alternated, on ``database``."""
    _scratch.create_all(database.engine)
    sf = database.session_factory
    content = load_content("en")
    counter = itertools.count()
    clock = fixed_clock()

    def checkin() -> None:
        name = "Ana" + letters(next(counter))
        submission = make_submission(content.checklist, consent=content.consent, first_name=name)
        submit_checkin(
            sf,
            submission,
            checklist=content.checklist,
            consent=content.consent,
            zone=TEST_ZONE,
            clock=clock,
        )

    def one_row() -> None:
        with transaction(sf) as session:
            session.execute(insert(bench_rows).values(note="one row"))

    return alternate(checkin, one_row, n)


def measure(n: int = 30) -> list[Result]:
    """SQLite always; PostgreSQL too when CLINIC_KIOSK_BENCH_PG holds a server URL."""
    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-checkin-"))
    database = open_database(sqlite_url(folder / "clinic.sqlite3"))
    try:
        attach_audit_key(database, folder)  # as a station does: the chain is keyed
        timings = {"SQLite": timed_on(database, n)}
    finally:
        database.dispose()
    if os.environ.get(PG_URL_ENV):
        with contextmanager(_postgres_database)(os.environ[PG_URL_ENV]) as server:
            attach_audit_key(server, folder / "pg")
            timings["PostgreSQL"] = timed_on(server, n)
    return [
        Result(
            f"check-in (answers + consent + audit) vs one committed insert, {backend}",
            full * 1000,
            single * 1000,
            "ms",
            TARGET,
        )
        for backend, (full, single) in timings.items()
    ]


def main(n: int = 30) -> int:
    results = measure(n)
    print(table(results))
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
