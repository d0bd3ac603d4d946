"""open_database: a private file, the connection rules, and a schema equal to the models."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import StatementError

from kiosk.storage import READ_ONLY, DatabaseUnavailable, open_database, sqlite_url
from kiosk.storage.database import alembic_config, migrate, packaged_head
from kiosk.storage.models import Base, Staff


def test_sqlite_file_is_created_private(tmp_path):
    path = tmp_path / "nested" / "clinic.sqlite3"
    db = open_database(sqlite_url(path))
    try:
        with db.engine.begin() as conn:  # a write, so the WAL file exists too
            conn.execute(text("UPDATE audit_head SET seq = seq"))
            wal = path.with_name(path.name + "-wal")
            modes = {stat.S_IMODE(p.stat().st_mode) for p in (path, wal)}
        assert modes == {0o600}
    finally:
        db.dispose()


def test_every_connection_gets_the_pragmas(sqlite_database):
    expected = {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "busy_timeout": 15000,
        "trusted_schema": 0,
        "secure_delete": 1,
    }
    with sqlite_database.engine.connect() as conn:
        seen = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in expected}
    assert seen == expected


def test_writing_transaction_takes_the_write_lock_at_begin(sqlite_database):
    """BEGIN IMMEDIATE: even a transaction that has only read holds the write lock."""
    other = sqlite3.connect(sqlite_database.sqlite_path, timeout=0, isolation_level=None)
    try:
        with sqlite_database.session_factory() as session, session.begin():
            session.execute(text("SELECT count(*) FROM staff"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again after commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_only_transaction_does_not_block_writers(sqlite_database):
    other = sqlite3.connect(sqlite_database.sqlite_path, timeout=0, isolation_level=None)
    try:
        with sqlite_database.session_factory() as session, session.begin():
            session.connection(execution_options={READ_ONLY: True})
            session.execute(text("SELECT count(*) FROM staff"))
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_migrated_schema_equals_the_models(database):
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_open_is_idempotent_and_keeps_data(tmp_path):
    url = sqlite_url(tmp_path / "clinic.sqlite3")
    first = open_database(url)
    with first.engine.begin() as conn:
        conn.execute(text("UPDATE audit_head SET seq = 0"))
    first.dispose()
    again = open_database(url)
    try:
        with again.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == packaged_head()  # the newest packaged revision
    finally:
        again.dispose()


def test_downgrade_to_base_and_back(database):
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}
    migrate(database.engine)
    assert "audit_events" in inspect(database.engine).get_table_names()


def test_naive_times_are_refused(database):
    with database.session_factory() as session, session.begin():
        session.add(Staff(name="x", role="nurse", pin_hash="h", created_at=datetime(2026, 1, 1)))
        with pytest.raises(StatementError, match="timezone-aware"):
            session.flush()


def test_a_file_that_cannot_be_created_is_explained(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(DatabaseUnavailable, match="not-a-folder"):
        open_database(sqlite_url(blocker / "clinic.sqlite3"))


def test_a_server_that_does_not_answer_is_explained():
    url = "postgresql+psycopg://kiosk:secret@127.0.0.1:9/clinic?connect_timeout=2"
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(url)
    assert "127.0.0.1:9" in str(caught.value)
    assert "secret" not in str(caught.value)
