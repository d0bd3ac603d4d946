"""Name search at 100 000 and 1 000 000 visits, on SQLite (and PostgreSQL when asked).

Plain script:  python benchmarks/bench_search.py [N]
Any part of a name (a surname inside "María José Núñez"), a prefix ("bar"), a common first
name ("maria", thousands of patients), one letter ("b"), and two or three words: two common
names rarely together ("jose maria": one patient), often together ("maria garcia"), two
letters ("a b"), three words ("nunez maria jose"), and the pair table's known weak spot (a
rare word sharing a common one's first four letters, "ana garcel"). Each is timed against
one indexed lookup (session.get(Visit, id) in a fresh session) on the same database,
alternating; and at 1 000 000 visits against 100 000, which shows whether the search's cost
grows with the clinic's history (it should not: the name indexes are read newest first and
stop after a page). With CLINIC_KIOSK_BENCH_PG=postgresql+psycopg://... the same on
PostgreSQL, in a schema of its own that is built once (several minutes) and kept.
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from benchmarks.bench_queue import bench_nurse  # noqa: E402
from benchmarks.measure import Result, alternate, table  # noqa: E402
from benchmarks.synthetic_visits import (  # noqa: E402
    BULK_TIMEOUTS,
    database_path,
    fill,
    schema_key,
)
from kiosk.services.audit import use_audit_key  # noqa: E402
from kiosk.services.name_search import search_visits  # noqa: E402
from kiosk.storage import Database, models, open_database, sqlite_url  # noqa: E402

SIZES = (100_000, 1_000_000)
LOOKUP_TARGET = 10.0
GROWTH_TARGET = 2.0
PG_ENV = "CLINIC_KIOSK_BENCH_PG"
BENCH_AUDIT_KEY = b"clinic-kiosk search benchmark!!!"  # 32 bytes, these databases only
# (label, typed, how many rows the first page must hold, target against the lookup)
SEARCHES = (
    ("a surname inside a name", "Núñez", 3, LOOKUP_TARGET),
    ("a surname prefix", "bar", 100, LOOKUP_TARGET),
    ("a common first name", "maria", 100, LOOKUP_TARGET),
    ("one letter", "b", 100, LOOKUP_TARGET),
    ("two common words, one patient", "jose maria", 3, LOOKUP_TARGET),
    ("two common words, often together", "maria garcia", 100, LOOKUP_TARGET),
    ("two letters", "a b", 100, LOOKUP_TARGET),
    ("three words, any order", "nunez maria jose", 3, LOOKUP_TARGET),
    # The pair table cuts each word to four letters: a rare word whose first four are a
    # common word's ("garcel", "García") is checked over every "ana garc…" patient, which
    # grows with the clinic. Shown, with no target of its own.
    ("a rare word sharing a common one's start", "ana garcel", 0, float("inf")),
)


def calls(sf: sessionmaker[Session], visits: int) -> dict[str, Callable[[], None]]:
    rng = random.Random(visits)
    nurse = bench_nurse(sf)

    def lookup() -> None:
        with sf() as session:
            assert session.get(models.Visit, rng.randint(1, visits)) is not None

    out: dict[str, Callable[[], None]] = {"lookup": lookup}
    for label, typed, rows, _target in SEARCHES:

        def search(typed: str = typed, rows: int = rows) -> None:
            assert len(search_visits(sf, actor=nurse, text=typed)) == rows, typed

        out[label] = search
    return out


def postgres_database(url: str, visits: int) -> Database:
    """A schema on the server holding ``visits`` synthetic visits, built once and kept."""
    key = hashlib.sha256(schema_key().encode()).hexdigest()[:8]
    schema = f"bench_visits_{visits}_{key}"
    admin = create_engine(url)
    try:
        with admin.begin() as conn:
            built = conn.execute(
                text("SELECT 1 FROM pg_tables WHERE schemaname = :s AND tablename = 'bench_done'"),
                {"s": schema},
            ).first()
            if built is None:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    finally:
        admin.dispose()
    db = open_database(
        make_url(url).update_query_dict({"options": f"-csearch_path={schema}"}),
        timeouts=BULK_TIMEOUTS,
    )
    if built is None:
        fill(db.engine, visits)
        with db.engine.begin() as conn:
            conn.execute(text("CREATE TABLE bench_done (id integer)"))
    return db


def measure(n: int = 30, backends: tuple[str, ...] | None = None) -> list[Result]:
    if backends is None:
        backends = ("sqlite", "postgresql") if os.environ.get(PG_ENV) else ("sqlite",)
    results: list[Result] = []
    for backend in backends:
        if backend == "sqlite":
            dbs = {size: open_database(sqlite_url(database_path(size))) for size in SIZES}
            name = "SQLite"
        else:
            dbs = {size: postgres_database(os.environ[PG_ENV], size) for size in SIZES}
            name = "PostgreSQL"
        try:
            results.extend(_measure(dbs, name, n))
        finally:
            for db in dbs.values():
                db.dispose()
    return results


def _measure(dbs: dict[int, Database], backend: str, n: int) -> list[Result]:
    for db in dbs.values():  # the benchmark nurse's sign-in is audited: the chain is keyed
        use_audit_key(db.engine, BENCH_AUDIT_KEY)
    timed = {size: calls(db.session_factory, size) for size, db in dbs.items()}
    small, large = SIZES
    results = []
    for label, typed, _rows, target in SEARCHES:
        for size in SIZES:
            took, lookup = alternate(timed[size][label], timed[size]["lookup"], n)
            results.append(
                Result(
                    f'name search, {label} ("{typed}"), {backend}, {size:,} visits'
                    " vs session.get(Visit, id)",
                    took * 1000,
                    lookup * 1000,
                    "ms",
                    target,
                )
            )
        grown, before = alternate(timed[large][label], timed[small][label], n)
        results.append(
            Result(
                f'name search, {label} ("{typed}"), {backend}: {large:,} visits vs {small:,}'
                " (growth)",
                grown * 1000,
                before * 1000,
                "ms",
                GROWTH_TARGET if target != float("inf") else target,
            )
        )
    return results


def main(n: int = 30) -> int:
    results = measure(n)
    print(table(results))
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
