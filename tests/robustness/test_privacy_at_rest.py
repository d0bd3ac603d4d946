"""Privacy at rest: clinic files are the owner's alone, and our logs carry no patient identity.

Files: the SQLite database, its -wal and -shm companions, backups and the pepper are 0600;
the data folder and the backup folder 0700, whatever the umask. Logs: a check-in, a failed
sign-in, a search and a decision, and a database failing in the middle of a check-in, log
nothing that names the patient or gives their date of birth (kiosk.* loggers, at DEBUG).
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from kiosk.config import load_settings
from kiosk.domain.patient import Identity
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import AuthError, StorageUnavailable
from kiosk.services.name_search import search_visits
from kiosk.services.review import Decision, decide, visit_detail
from kiosk.services.rotation import rotate_backups
from kiosk.services.staff import LockoutPolicy, authenticate
from kiosk.storage import open_database, sqlite_url
from tests.fixtures.database import (
    TEST_PEPPER,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    keyed,
    make_submission,
)
from ui.store import open_store
from ui.store import take_daily_backup as daily_backup

FIRST, LAST = "Xiomara", "Quintanilla-Wójcik"
BORN = date(1987, 11, 23)
CHECKLIST = build_checklist()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The most careless umask a kiosk account could have: new files would be world-writable."""
    previous = os.umask(0)
    yield
    os.umask(previous)


def the_submission():
    return make_submission(CHECKLIST, identity=Identity(FIRST, LAST, BORN))


# -- files ---------------------------------------------------------------------------------


def test_database_and_its_wal_and_shm_are_private(tmp_path: Path, loose_umask) -> None:
    path = tmp_path / "data" / "clinic.sqlite3"
    db = keyed(open_database(sqlite_url(path)))
    try:
        submit_checkin(
            db.session_factory,
            the_submission(),
            checklist=CHECKLIST,
            zone=TEST_ZONE,
            clock=fixed_clock(),
        )
        companions = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
        assert all(p.exists() for p in companions)  # open connection: WAL mode at work
        for file in (path, *companions):
            assert mode(file) == 0o600, file.name
    finally:
        db.dispose()


def test_backups_and_their_folder_are_private(sqlite_database, tmp_path: Path, loose_umask):
    backup = rotate_backups(sqlite_database, tmp_path / "backups", keep=2)
    assert mode(backup) == 0o600
    assert mode(backup.parent) == 0o700


def test_station_start_up_makes_the_data_folder_private(tmp_path: Path, loose_umask) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o777)
    os.chmod(data, 0o755)  # created earlier by hand, readable by everyone
    settings = load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(data)})
    store = open_store(settings)
    daily_backup(store, settings)
    try:
        assert mode(data) == 0o700
        assert mode(settings.data_dir / "clinic.sqlite3") == 0o600
        assert mode(settings.staff.pepper_path) == 0o600
        assert mode(settings.backups_dir) == 0o700
        assert all(mode(b) == 0o600 for b in settings.backups_dir.iterdir())
    finally:
        store.database.dispose()


# -- logs ----------------------------------------------------------------------------------


def identity_traces() -> list[str]:
    """Every way the patient's identity could show up in a log line."""
    return [
        FIRST,
        LAST,
        FIRST.casefold(),
        LAST.casefold(),
        "quintanilla",
        "wójcik",
        BORN.isoformat(),
        BORN.strftime("%d/%m/%Y"),
        BORN.strftime("%m/%d/%Y"),
        "1987, 11, 23",  # repr(date)
    ]


def ours(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name.split(".")[0] in ("kiosk", "ui")]


def assert_no_identity(records: list[logging.LogRecord]) -> None:
    for record in records:
        text = record.getMessage() + (str(record.exc_info[1]) if record.exc_info else "")
        for trace in identity_traces():
            assert trace not in text, f"{record.name} logged {trace!r}: {text[:300]}"


def test_a_visit_from_check_in_to_decision_logs_no_identity(
    nurse, session_factory, admin, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    receipt = submit_checkin(
        session_factory, the_submission(), checklist=CHECKLIST, zone=TEST_ZONE, clock=fixed_clock()
    )
    with pytest.raises(AuthError):
        authenticate(
            session_factory,
            code=admin.code,
            station="front-desk",
            pin="000000",
            pepper=TEST_PEPPER,
            lockout=LockoutPolicy(),
        )
    assert search_visits(session_factory, actor=nurse, text=LAST[:5])
    detail = visit_detail(session_factory, receipt.visit_id, actor=admin, checklist=CHECKLIST)
    assert detail.patient.first_name == FIRST
    decide(
        session_factory,
        receipt.visit_id,
        actor=admin,
        decision=Decision.CLEAR,
        expected_version=detail.version,
    )
    assert_no_identity(ours(caplog))


def test_a_database_failing_mid_check_in_logs_no_identity(sqlite_database, caplog) -> None:
    """The disk fails exactly when the patient row is written: the log says so, namelessly."""

    def fail_patient_insert(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("INSERT INTO patients"):
            statement = statement.replace("INSERT INTO patients", "INSERT INTO disk_failed", 1)
        return statement, parameters

    event.listen(sqlite_database.engine, "before_cursor_execute", fail_patient_insert, retval=True)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(StorageUnavailable):
        submit_checkin(
            sqlite_database.session_factory,
            the_submission(),
            checklist=CHECKLIST,
            zone=TEST_ZONE,
            clock=fixed_clock(),
        )
    records = ours(caplog)
    assert any("unavailable" in r.getMessage() for r in records)  # the failure was logged
    assert_no_identity(records)
