"""Backups: SQLite's online backup API to a private file; PostgreSQL is pg_dump's job."""

from __future__ import annotations

import sqlite3
import stat

import pytest

from kiosk.services.backup import backup_database
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import ServiceError
from tests.fixtures.database import TEST_ZONE, build_checklist, make_submission


def test_backup_copies_the_live_database_privately(sqlite_database, tmp_path):
    submit_checkin(
        sqlite_database.session_factory,
        make_submission(),
        checklist=build_checklist(),
        zone=TEST_ZONE,
    )
    dest = tmp_path / "backups" / "clinic-2026-03-10.sqlite3"
    written = backup_database(sqlite_database, dest)

    assert written == dest
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert not dest.with_name(dest.name + ".partial").exists()
    copy = sqlite3.connect(dest)
    try:
        names = copy.execute("SELECT first_name, last_name FROM patients").fetchall()
        mode = copy.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        copy.close()
    assert names == [("Ana", "García")]
    assert mode == "delete"  # one self-contained file, no -wal beside it


def test_backup_replaces_an_older_copy(sqlite_database, tmp_path):
    dest = tmp_path / "clinic.bak"
    dest.write_bytes(b"old")
    backup_database(sqlite_database, dest)
    assert dest.read_bytes().startswith(b"SQLite format 3\x00")


def test_postgresql_is_refused_with_advice(database, tmp_path):
    if database.is_sqlite:
        pytest.skip("the refusal is PostgreSQL's")
    with pytest.raises(ServiceError, match="pg_dump"):
        backup_database(database, tmp_path / "x")
    assert not (tmp_path / "x").exists()
