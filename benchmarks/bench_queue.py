"""The nurse's queue and name search at 10 000 and 100 000 visits.

Plain script:  python benchmarks/bench_queue.py [N]
Each is timed against a single indexed lookup (session.get(Visit, id) in a fresh session) on
the same database, alternating; and the 100 000-visit time against the 10 000-visit one, which
shows whether the query's cost grows with the table (it should not: both use indexes).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy.orm import Session, sessionmaker  # noqa: E402

from benchmarks.measure import Result, alternate, table  # noqa: E402
from benchmarks.synthetic_visits import QUEUE_DAY, ZONE, database_path  # noqa: E402
from kiosk.domain.staff import SignedIn  # noqa: E402
from kiosk.services.name_search import search_visits  # noqa: E402
from kiosk.services.review import list_queue  # noqa: E402
from kiosk.storage import models, open_database, sqlite_url  # noqa: E402

SIZES = (10_000, 100_000)
LOOKUP_TARGET = 10.0
GROWTH_TARGET = 2.0


BENCH_PIN, BENCH_PEPPER = "583920", bytes(32)


def bench_nurse(sf: sessionmaker[Session]) -> SignedIn:
    """A signed-in staff member for the queries (every staff read checks one)."""
    from kiosk.domain.staff import Role
    from kiosk.services.signin import LockoutPolicy, authenticate
    from kiosk.services.staff import create_staff, list_staff

    known = {m.name: m for m in list_staff(sf)}
    member = known.get("Benchmark Nurse") or create_staff(
        sf,
        name="Benchmark Nurse",
        pin=BENCH_PIN,
        role=Role.ADMIN,
        actor=None,
        pepper=BENCH_PEPPER,
    )
    return authenticate(
        sf,
        code=member.code,
        pin=BENCH_PIN,
        station="benchmark",
        pepper=BENCH_PEPPER,
        lockout=LockoutPolicy(),
    )


def queries(sf: sessionmaker[Session], visits: int) -> dict[str, Callable[[], None]]:
    """The two nurse queries and the indexed lookup they are compared with, on one database."""
    rng = random.Random(visits)
    nurse = bench_nurse(sf)

    def lookup() -> None:
        with sf() as session:
            assert session.get(models.Visit, rng.randint(1, visits)) is not None

    def queue() -> None:
        assert len(list_queue(sf, QUEUE_DAY, actor=nurse, zone=ZONE)) == 40

    def search() -> None:
        assert len(search_visits(sf, actor=nurse, text="Núñez")) == 3

    return {"lookup": lookup, "queue": queue, "search": search}


LABELS = {"queue": "today's queue (list_queue)", "search": "name search (search_visits)"}


def measure(n: int = 50) -> list[Result]:
    databases = {size: open_database(sqlite_url(database_path(size))) for size in SIZES}
    try:
        calls = {size: queries(db.session_factory, size) for size, db in databases.items()}
        small, large = SIZES
        results = []
        for query, label in LABELS.items():
            for size in SIZES:
                took, lookup = alternate(calls[size][query], calls[size]["lookup"], n)
                results.append(
                    Result(
                        f"{label} at {size:,} visits vs session.get(Visit, id)",
                        took * 1000,
                        lookup * 1000,
                        "ms",
                        LOOKUP_TARGET,
                    )
                )
            grown, before = alternate(calls[large][query], calls[small][query], n)
            results.append(
                Result(
                    f"{label}: {large:,} visits vs {small:,} (growth)",
                    grown * 1000,
                    before * 1000,
                    "ms",
                    GROWTH_TARGET,
                )
            )
        return results
    finally:
        for db in databases.values():
            db.dispose()


def main(n: int = 50) -> int:
    results = measure(n)
    print(table(results))
    return 0 if all(r.passed for r in results) else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 50))
