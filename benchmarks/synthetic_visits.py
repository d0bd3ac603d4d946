"""A SQLite clinic database with N synthetic visits, built fast and cached under /tmp.

About 40 check-ins per clinic day, going back as many days as N needs, four visits per
patient on average, surnames varied like a real city's (made of syllables), one in four
after a common surname ("García Barcor"), plus one known patient, María José Núñez, with
three visits. The last day (QUEUE_DAY) has a full queue.
Rows go in with Core executemany: 100 000 visits take seconds, not the minutes the ORM needs.
The file is cached per size and schema, so later runs reuse it.
"""

from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, delete, insert, update

from kiosk.config import DatabaseTimeouts
from kiosk.services.checkin import stored_last_name_key, stored_search_key
from kiosk.storage import models, open_database, sqlite_url

ZONE = "America/New_York"
QUEUE_DAY = date(2026, 3, 10)
PER_DAY = 40
VISITS_PER_PATIENT = 4
KNOWN = ("María José", "Núñez", date(1988, 2, 29))
CACHE = Path(os.environ.get("CLINIC_KIOSK_BENCH_CACHE", "/tmp/clinic-kiosk-bench"))
_GENERATOR_VERSION = "3"

FIRST_NAMES = (
    "Ana", "Luis", "María", "José", "Emma", "Liam", "Olivia", "Noah", "Sofía", "Mateo",
    "Chloé", "Zoë", "Aarav", "Mei", "Fatima", "Omar", "Grace", "Lucas", "Isabella", "Ethan",
    "Amara", "Diego", "Hana", "Kofi", "Ingrid", "Pablo", "Renée", "Yusuf", "Nia", "Tomás",
)  # fmt: skip
COMMON_SURNAMES = ("García", "López", "Martínez")  # each before one surname in 12
SYLLABLES = (
    "bar", "ca", "del", "fer", "gar", "hil", "ja", "ko", "lan", "mar", "o", "pe", "qui",
    "ros", "sa", "ti", "ur", "va", "wil", "xi", "ya", "zal", "bel", "cor", "dra", "es",
)  # fmt: skip


def database_path(visits: int) -> Path:
    """The cached file for ``visits`` rows, built if missing."""
    return cached_file("visits", visits, _build)


def cached_file(kind: str, visits: int, build: Callable[[Path, int], None]) -> Path:
    """The cached ``kind`` file for ``visits`` rows under CACHE, per schema: built by
    ``build(path, visits)`` if missing (atomically, so runs can race)."""
    key = hashlib.sha256(f"{kind}:{schema_key()}".encode()).hexdigest()[:12]
    path = CACHE / f"{kind}-{visits}-{key}.sqlite3"
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".partial-{os.getpid()}")
        build(partial, visits)
        partial.replace(path)
    return path


def schema_key() -> str:
    """Changes when the generator or the schema (its revision files, names and contents,
    triggers included) changes."""
    digest = hashlib.sha256()
    for path in sorted(_migrations().glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"{_GENERATOR_VERSION}:{digest.hexdigest()}"


def _migrations() -> Path:
    return Path(models.__file__).resolve().parent / "migrations" / "versions"


def _build(path: Path, visits: int) -> None:
    database = open_database(sqlite_url(path))
    fill(database.engine, visits)
    database.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


# Loading a synthetic clinic is one long action: a station's bounds (30 s, then the watchdog
# drops the connection) are for a nurse's clicks, not for 100,000 rows. A server busy with
# the name triggers leaves a pipelined batch unacknowledged for longer than a station's
# 15 s link bound.
BULK_TIMEOUTS = DatabaseTimeouts(
    tcp_user_seconds=3600,
    statement_seconds=3600,
    lock_seconds=600,
    idle_in_transaction_seconds=3600,
    action_seconds=3600,
)


def fill(engine: Engine, visits: int) -> None:
    """Write the synthetic patients and visits into a migrated, empty database (any backend).

    The name indexes are filled by the patients' update triggers (as migration 0006 fills
    its own on an existing database), after the visits: one pass instead of one per visit.
    """
    rng = random.Random(visits)
    now = datetime(2026, 3, 10, 20, 0, tzinfo=UTC)
    patients = _patients(rng, max(1, visits // VISITS_PER_PATIENT), now)
    rows = _visits(rng, visits, len(patients), now)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":  # no per-row triggers while bulk loading
            connection.exec_driver_sql("SET LOCAL session_replication_role = replica")
        connection.execute(insert(models.Patient.__table__), patients)
        connection.execute(delete(models.PatientNamePrefix.__table__))
        connection.execute(delete(models.PatientNamePair.__table__))
        for start in range(0, len(rows), 50_000):
            connection.execute(insert(models.Visit.__table__), rows[start : start + 50_000])
    with engine.begin() as connection:
        connection.execute(
            update(models.Patient.__table__).values(search_key=models.Patient.search_key)
        )
    with engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.commit()


def _patients(rng: random.Random, count: int, now: datetime) -> list[dict]:
    seen: set[tuple[str, date]] = set()
    out: list[dict] = []

    def add(first: str, last: str, born: date) -> None:
        key = stored_search_key(first, last)
        if (key, born) in seen:
            return
        seen.add((key, born))
        out.append(
            {
                "id": len(out) + 1,
                "first_name": first,
                "last_name": last,
                "search_key": key,
                "last_name_key": stored_last_name_key(last),
                "date_of_birth": born,
                "created_at": now,
            }
        )

    add(*KNOWN)  # patient 1
    while len(out) < count:
        last = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
        if rng.randrange(4) == 0:
            last = f"{rng.choice(COMMON_SURNAMES)} {last}"
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 55))
        add(rng.choice(FIRST_NAMES), last, born)
    return out


def _visits(rng: random.Random, count: int, patients: int, now: datetime) -> list[dict]:
    tz = ZoneInfo(ZONE)
    days = -(-count // PER_DAY)
    known_slots = {0, count // 2, count - 1}  # the known patient came three times
    rows = []
    for index in range(count):
        day = QUEUE_DAY - timedelta(days=days - 1 - index // PER_DAY)
        local = datetime.combine(day, time(8, 0), tzinfo=tz) + timedelta(
            minutes=12 * (index % PER_DAY)
        )
        flags = rng.choice((0, 0, 0, 1, 2))
        past = day < QUEUE_DAY
        rows.append(
            {
                "id": index + 1,
                "patient_id": 1 if index in known_slots else rng.randint(2, patients),
                "submission_id": f"synthetic-{index}",
                "procedure_date": day,
                "checked_in_at": local.astimezone(UTC),
                "zone": ZONE,
                "status": "completed" if past else "submitted",
                "language": "en",
                "station": "tablet-1",
                "checklist_version": "synthetic",
                "checklist_sha256": "0" * 64,
                "flag_count": flags,
                "worst_outcome": "nurse_review" if flags else None,
                "version": 1,
                "updated_at": now,
            }
        )
    return rows
