"""A busy or absent database is a calm StorageUnavailable, and retrying then works."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker

from kiosk.domain.staff import Role, SignedIn
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import StorageUnavailable
from kiosk.services.review import list_queue
from kiosk.storage import models
from tests.fixtures.database import TEST_DAY, TEST_ZONE, build_checklist, make_submission, tiny_png
from tests.kiosk.services.helpers import count

# Never reaches the sign-in check: the server does not answer first.
SOMEONE = SignedIn(1, "A", Role.NURSE, "123", "test", "token", datetime(2026, 1, 1, tzinfo=UTC))


def test_a_locked_database_is_unavailable_and_the_retry_succeeds(sqlite_database):
    engine = sqlite_database.engine
    event.listen(engine, "connect", lambda conn, _record: conn.execute("PRAGMA busy_timeout=0"))
    engine.dispose()  # new connections get the impatient timeout
    submission = make_submission()
    blocker = sqlite3.connect(sqlite_database.sqlite_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageUnavailable) as caught:
            submit_checkin(
                sqlite_database.session_factory,
                submission,
                checklist=build_checklist(),
                zone=TEST_ZONE,
            )
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert "try again" in str(caught.value)
    assert "locked" not in str(caught.value)  # a calm message, not the driver's

    receipt = submit_checkin(
        sqlite_database.session_factory, submission, checklist=build_checklist(), zone=TEST_ZONE
    )
    assert receipt.created
    assert count(sqlite_database, models.Visit) == 1


def test_a_server_that_does_not_answer_is_unavailable():
    engine = create_engine(
        "postgresql+psycopg://postgres@127.0.0.1:9/clinic", connect_args={"connect_timeout": 2}
    )
    try:
        with pytest.raises(StorageUnavailable):
            list_queue(sessionmaker(engine), TEST_DAY, actor=SOMEONE, zone=TEST_ZONE)
    finally:
        engine.dispose()


def test_a_full_disk_is_unavailable_and_nothing_half_written(sqlite_database):
    """SQLITE_FULL, made real by capping the file at its current size."""
    engine = sqlite_database.engine
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    event.listen(
        engine, "connect", lambda conn, _record: conn.execute(f"PRAGMA max_page_count={pages}")
    )
    engine.dispose()
    submission = make_submission()
    big_png = tiny_png() + bytes(200_000)  # needs new pages the cap refuses
    submission = dataclasses.replace(
        submission, consent=dataclasses.replace(submission.consent, signature_png=big_png)
    )
    with pytest.raises(StorageUnavailable) as caught:
        submit_checkin(
            sqlite_database.session_factory, submission, checklist=build_checklist(), zone=TEST_ZONE
        )
    assert "full" in str(caught.value.__cause__)
    assert count(sqlite_database, models.Visit) == 0
    assert count(sqlite_database, models.AuditEvent) == 0
