"""The backup procedure of docs/postgresql.md, done for real: pg_dump the clinic database,
drop it, restore the dump into a new empty database, and find every check-in, the audit
chain and the append-only rules intact. Uses a throwaway database on the test server.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from kiosk.services.audit import verify_audit_chain
from kiosk.services.checkin import submit_checkin
from kiosk.storage import open_database
from tests.fixtures.database import PG_ENV, TEST_ZONE, fixed_clock, keyed
from tests.robustness.payloads import CHECKLIST, tagged_submission, verify_stored

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} is not set"),
    pytest.mark.skipif(not shutil.which("pg_dump"), reason="pg_dump is not installed"),
]


def _admin():
    return create_engine(os.environ.get(PG_ENV, ""), isolation_level="AUTOCOMMIT")


def create_empty(name: str) -> None:
    engine = _admin()
    try:
        with engine.connect() as conn:
            conn.execute(text(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0"))
    finally:
        engine.dispose()


def drop(name: str) -> None:
    engine = _admin()
    try:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        engine.dispose()


@pytest.fixture
def clinic_url() -> Iterator[URL]:
    """A database of its own on the test server, as the clinic's would be; dropped after."""
    name = f"clinic_restore_{uuid.uuid4().hex[:12]}"
    create_empty(name)
    try:
        yield make_url(os.environ[PG_ENV]).set(database=name)
    finally:
        drop(name)


def libpq_args(url: URL) -> list[str]:
    return [
        f"--host={url.host or '127.0.0.1'}",
        f"--port={url.port or 5432}",
        f"--username={url.username or 'postgres'}",
        f"--dbname={url.database}",
    ]


def test_pg_dump_and_pg_restore_keep_everything(clinic_url: URL, tmp_path: Path) -> None:
    db = keyed(open_database(clinic_url))
    try:
        for index in range(12):
            submit_checkin(
                db.session_factory,
                tagged_submission("reception", index),
                checklist=CHECKLIST,
                zone=TEST_ZONE,
                clock=fixed_clock(),
            )
        before = verify_stored(db)
        assert before.problems == [] and len(before.submission_ids) == 12
    finally:
        db.dispose()

    dump = tmp_path / "clinic.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", f"--file={dump}", *libpq_args(clinic_url)],
        check=True,
        capture_output=True,
    )
    drop(clinic_url.database)  # the disk died
    create_empty(clinic_url.database)
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", *libpq_args(clinic_url), str(dump)],
        check=True,
        capture_output=True,
    )

    restored = keyed(open_database(clinic_url))  # what a station does on its next start
    try:
        after = verify_stored(restored)
        assert after.problems == []
        assert after.submission_ids == before.submission_ids
        chain = verify_audit_chain(restored.session_factory)
        assert chain.ok and chain.checked == 12
        with pytest.raises(DBAPIError), restored.engine.begin() as conn:
            conn.execute(text("UPDATE audit_events SET actor = 'someone else'"))
        receipt = submit_checkin(  # and the clinic carries on where it left off
            restored.session_factory,
            tagged_submission("reception", 12),
            checklist=CHECKLIST,
            zone=TEST_ZONE,
            clock=fixed_clock(),
        )
        assert receipt.created and verify_audit_chain(restored.session_factory).ok
    finally:
        restored.dispose()
