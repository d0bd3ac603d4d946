"""Storage errors that say what is wrong, to staff (cause and action), to the log (the cause,
never patient data) and to patients (a calm message; their draft kept).

Each kind is made for real: a file SQLite is told it may not grow (SQLite's own "database or
disk is full"), an immutable file (``chattr +i``: even root may not write it), a database
stamped by a newer release, an empty file where a clinic was, a file looser than owner-only,
another station holding the write lock. A read-only server and a silent network are in
test_stalled_network.py (PostgreSQL).
"""

from __future__ import annotations

import io
import logging
import shutil
import sqlite3
import stat
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from kiosk.config import load_settings
from kiosk.selfcheck import run_self_check
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import StorageUnavailable
from kiosk.storage import DatabaseUnavailable, open_database, sqlite_url
from kiosk.storage.problems import StorageCause
from tests.fixtures.database import TEST_ZONE, fixed_clock, keyed
from tests.robustness.payloads import CHECKLIST, tagged_submission
from ui.main_window import MainWindow


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})


@pytest.fixture
def clinic(settings) -> Path:
    path = settings.data_dir / "clinic.sqlite3"
    db = keyed(open_database(sqlite_url(path)))
    submit(db, 0)
    db.dispose()
    return path


def submit(db, index: int):
    return submit_checkin(
        db.session_factory,
        tagged_submission("desk", index),
        checklist=CHECKLIST,
        zone=TEST_ZONE,
        clock=fixed_clock(),
    )


def self_check(settings) -> str:
    out = io.StringIO()
    assert run_self_check(settings, out) == 1
    return out.getvalue()


def problem_page(qtbot, settings) -> str:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.problem, timeout=15000)
    return window.problem.body.text()


# -- a newer release's database --------------------------------------------------------------


def stamp_future(path: Path) -> None:
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
        raw.commit()


def test_a_newer_release_s_database_says_update_this_station(qtbot, settings, clinic) -> None:
    stamp_future(clinic)
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(sqlite_url(clinic))
    assert caught.value.cause is StorageCause.NEWER_SCHEMA
    wanted = "this database belongs to a newer version of the kiosk; update this station"
    assert wanted in str(caught.value)
    assert wanted in self_check(settings)
    page = problem_page(qtbot, settings)
    assert "newer version of the kiosk; update this station" in page
    assert "Try again" not in page.split("\n\n")[0]


def test_the_cli_says_it_in_one_line(clinic, settings, monkeypatch, capsys) -> None:
    from kiosk.cli import main

    stamp_future(clinic)
    monkeypatch.setenv("CLINIC_KIOSK_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("CLINIC_KIOSK_CONFIG", str(clinic.parent / "none.toml"))
    (clinic.parent / "none.toml").write_text("", encoding="utf-8")
    monkeypatch.delenv("CLINIC_KIOSK_DB", raising=False)
    assert main(["init-db"]) == 2
    err = capsys.readouterr().err
    assert "update this station" in err and err.count("\n") == 1
    assert "Can't locate revision" not in err


# -- an empty file where a clinic was -------------------------------------------------------


def test_an_empty_file_that_replaced_a_clinic_is_refused_pointing_at_restore(
    qtbot, settings, clinic
) -> None:
    for side in ("-wal", "-shm"):
        clinic.with_name(clinic.name + side).unlink(missing_ok=True)
    clinic.write_bytes(b"")
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(sqlite_url(clinic))
    assert caught.value.cause is StorageCause.EMPTY_FILE
    assert clinic.stat().st_size == 0  # not silently turned into a new, empty clinic
    assert "clinic-kiosk restore" in self_check(settings)
    page = problem_page(qtbot, settings)
    assert "restore" in page and str(settings.backups_dir) in page


# -- a file this station may not write ------------------------------------------------------


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not permitted here: {made.stderr.decode().strip()}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


def test_a_read_only_database_is_refused_at_start_up_and_self_check(
    qtbot, settings, clinic
) -> None:
    with immutable(clinic):
        with pytest.raises(DatabaseUnavailable) as caught:
            open_database(sqlite_url(clinic))
        assert caught.value.cause is StorageCause.READ_ONLY
        assert "may not be written" in self_check(settings)
        assert "may not write" in problem_page(qtbot, settings)


# -- a full disk ---------------------------------------------------------------------------


def test_a_full_disk_is_named_to_staff_and_in_the_log_without_patient_data(clinic, caplog) -> None:
    db = keyed(open_database(sqlite_url(clinic)))
    try:
        with db.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

        def no_room(dbapi_connection, _record):
            dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

        from sqlalchemy import event

        event.listen(db.engine, "connect", no_room)
        db.engine.dispose()
        caplog.set_level(logging.INFO)
        failed = None
        for index in range(1, 200):  # until the file has no free page left
            try:
                submit(db, index)
            except StorageUnavailable as exc:
                failed = exc
                break
        assert failed is not None, "the file never filled up"
        assert failed.cause == "disk_full"
        assert "disk that holds the clinic database is full" in failed.message
        assert "Nothing was lost" in failed.message
        logged = "\n".join(r.getMessage() for r in caplog.records)
        assert "disk_full" in logged
        patient = tagged_submission("desk", index).identity
        assert patient.last_name not in logged and patient.first_name not in logged
        assert patient.date_of_birth.isoformat() not in logged
    finally:
        db.dispose()


# -- another station holds the lock ---------------------------------------------------------


def test_a_lock_is_named_as_such(clinic) -> None:
    db = keyed(open_database(sqlite_url(clinic)))
    from sqlalchemy import event

    event.listen(db.engine, "connect", lambda c, _r: c.execute("PRAGMA busy_timeout=0"))
    db.engine.dispose()
    blocker = sqlite3.connect(clinic, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageUnavailable) as caught:
            submit(db, 5)
        assert caught.value.cause == "locked"
        assert "busy with another station" in caught.value.message
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
        db.dispose()


# -- a looser existing database -------------------------------------------------------------


def test_a_looser_database_is_tightened_with_a_log_line(clinic, caplog) -> None:
    clinic.chmod(0o644)
    caplog.set_level(logging.WARNING)
    open_database(sqlite_url(clinic)).dispose()
    assert stat.S_IMODE(clinic.stat().st_mode) == 0o600
    assert any("now owner-only" in r.getMessage() for r in caplog.records)
