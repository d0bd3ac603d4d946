"""Start-up checks: a damaged database is caught and explained; backups rotate, privately."""

from __future__ import annotations

import os
import sqlite3
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.config import load_settings
from kiosk.services.errors import ServiceError, ValidationError
from kiosk.services.health import DatabaseDamaged, check_database, require_healthy
from kiosk.services.rotation import list_backups, rotate_backups, take_daily_backup
from kiosk.storage import open_database, sqlite_url
from tests.fixtures.database import keyed
from tests.robustness.damage import fill, garble_second_half
from ui.main_window import MainWindow, open_backend


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def stepping_clock(start: datetime, step: timedelta):
    moments = iter(start + i * step for i in range(1000))
    return lambda: next(moments)


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})


@pytest.fixture
def damaged_file(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "clinic.sqlite3"
    db = keyed(open_database(sqlite_url(path)))
    fill(db, 60)
    db.dispose()
    assert garble_second_half(path) > 5
    return path


# -- health --------------------------------------------------------------------------------


def test_a_sound_database_passes(database) -> None:
    report = check_database(database)
    assert report.ok and report.problem is None
    assert report.backend == database.engine.dialect.name


def test_a_garbled_file_opens_but_fails_the_check(damaged_file: Path, tmp_path: Path) -> None:
    db = keyed(open_database(sqlite_url(damaged_file)))
    try:
        report = check_database(db)
        assert not report.ok
        assert "malformed" in report.problem or "corrupt" in report.problem
        with pytest.raises(DatabaseDamaged) as caught:
            require_healthy(db, tmp_path / "backups")
    finally:
        db.dispose()
    message = str(caught.value)
    assert "Do not delete" in message and str(tmp_path / "backups") in message


def test_open_backend_refuses_a_damaged_database(settings, damaged_file: Path) -> None:
    assert damaged_file == settings.data_dir / "clinic.sqlite3"
    with pytest.raises(DatabaseDamaged):
        open_backend(settings)
    assert damaged_file.exists()  # kept for IT, never deleted or "repaired"


def test_damaged_database_shows_the_problem_page_with_the_backup_folder(
    qtbot, settings, damaged_file: Path
) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.problem, timeout=15000)
    text = window.problem.body.text()
    assert "damaged" in text and "Do not delete it" in text
    assert f"restore the newest backup from {settings.backups_dir}" in text
    assert "Traceback" not in text
    assert window.problem.action.isVisible() and window.backend is None


# -- rotation ------------------------------------------------------------------------------


def test_rotation_keeps_exactly_the_newest_n(sqlite_database, tmp_path: Path) -> None:
    fill(sqlite_database, 3)
    folder = tmp_path / "backups"
    clock = stepping_clock(datetime(2026, 3, 1, 8, tzinfo=UTC), timedelta(days=1))
    made = [rotate_backups(sqlite_database, folder, keep=3, clock=clock) for _ in range(6)]
    kept = list_backups(folder)
    assert kept == made[-3:]
    # each kept backup with its signed audit checkpoint (docs/record.md); pruned together
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        name for p in made[-3:] for name in (p.name, f"{p.name}.audit-checkpoint.json")
    )
    assert mode(folder) == 0o700
    for backup in kept:
        assert mode(backup) == 0o600
        assert mode(backup.with_name(f"{backup.name}.audit-checkpoint.json")) == 0o600
        copy = sqlite3.connect(backup)
        try:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert copy.execute("SELECT count(*) FROM visits").fetchone() == (3,)
        finally:
            copy.close()


def test_rotation_leaves_other_files_alone(sqlite_database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o755)
    notes = folder / "README-from-IT.txt"
    notes.write_text("weekly copies go to the NAS")
    clock = stepping_clock(datetime(2026, 3, 1, tzinfo=UTC), timedelta(hours=1))
    for _ in range(3):
        rotate_backups(sqlite_database, folder, keep=1, clock=clock)
    assert notes.exists() and len(list_backups(folder)) == 1
    assert mode(folder) == 0o700


def test_rotation_refuses_to_keep_nothing(sqlite_database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        rotate_backups(sqlite_database, tmp_path / "b", keep=0)


def test_daily_backup_at_most_once_a_day(sqlite_database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    morning = datetime(2026, 3, 10, 7, tzinfo=UTC)
    first = take_daily_backup(sqlite_database, folder, 2, clock=lambda: morning)
    again = take_daily_backup(
        sqlite_database, folder, 2, clock=lambda: morning + timedelta(hours=9)
    )
    next_day = take_daily_backup(
        sqlite_database, folder, 2, clock=lambda: morning + timedelta(days=1)
    )
    assert first is not None and again is None and next_day is not None
    assert list_backups(folder) == [first, next_day]


def test_daily_backup_skips_postgresql(database, tmp_path: Path) -> None:
    result = take_daily_backup(database, tmp_path / "b", 2)
    if database.is_sqlite:
        assert result is not None
    else:
        assert result is None
        with pytest.raises(ServiceError, match="pg_dump"):
            rotate_backups(database, tmp_path / "b", keep=2)


def test_start_up_takes_one_backup_a_day(settings) -> None:
    first = open_backend(settings)
    first.database.dispose()
    second = open_backend(settings)
    second.database.dispose()
    backups = list_backups(settings.backups_dir)
    assert len(backups) == 1
    assert mode(backups[0]) == 0o600 and mode(settings.backups_dir) == 0o700


def test_a_failing_backup_does_not_stop_the_station(settings, caplog) -> None:
    settings.data_dir.mkdir(parents=True)
    settings.backups_dir.write_text("a file where the backup folder should be")
    backend = open_backend(settings)
    backend.database.dispose()
    assert "start-up backup" in caplog.text


def test_a_file_that_is_no_longer_a_database_gets_the_same_advice(qtbot, settings) -> None:
    """Page 1 itself overwritten: SQLite refuses to open it at all; the advice is the same."""
    path = settings.data_dir / "clinic.sqlite3"
    open_database(sqlite_url(path)).dispose()
    with path.open("r+b") as fh:
        fh.write(b"\x00garbage" * 512)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.problem, timeout=15000)
    text = window.problem.body.text()
    assert "Do not delete it" in text and str(settings.backups_dir) in text
    assert path.exists()


def test_the_backup_day_is_the_clinic_s_day(sqlite_database, tmp_path: Path) -> None:
    """New York evening and the next UTC morning are one clinic day: one backup, not two."""
    folder = tmp_path / "backups"
    zone = "America/New_York"
    evening = datetime(2026, 3, 11, 0, 30, tzinfo=UTC)  # 20:30 on 10 March in New York
    late = evening + timedelta(hours=3)  # 23:30 the same evening, already 11 March in UTC
    next_morning = evening + timedelta(hours=12)  # 08:30 on 11 March in New York
    taken = [
        take_daily_backup(sqlite_database, folder, 5, zone=zone, clock=lambda at=at: at)
        for at in (evening, late, next_morning)
    ]
    assert taken[0] is not None and taken[1] is None and taken[2] is not None


def test_an_unreachable_server_is_reported_not_raised() -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    from kiosk.storage import Database

    engine = create_engine(
        "postgresql+psycopg://kiosk@127.0.0.1:9/clinic", connect_args={"connect_timeout": 2}
    )
    try:
        report = check_database(Database(engine, sessionmaker(engine), engine.url))
    finally:
        engine.dispose()
    assert not report.ok and report.backend == "postgresql" and report.problem


def test_an_interrupted_backup_is_cleared_away_later(sqlite_database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / "clinic-20260301T080000000000Z.sqlite3.partial"
    fresh = folder / "clinic-20260310T080000000000Z.sqlite3.partial"
    for partial in (stale, fresh):
        partial.write_bytes(b"half a backup")
    now = datetime(2026, 3, 10, 8, 30, tzinfo=UTC)
    os.utime(stale, (now.timestamp() - 7200, now.timestamp() - 7200))
    os.utime(fresh, (now.timestamp() - 60, now.timestamp() - 60))
    rotate_backups(sqlite_database, folder, keep=2, clock=lambda: now)
    assert not stale.exists()
    assert fresh.exists()  # perhaps another station's copy in progress: left alone
    assert len(list_backups(folder)) == 1
