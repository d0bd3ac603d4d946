"""Backup and restore never corrupt the clinic: the slips IT staff make, and a crash before.

- ``clinic-kiosk backup clinic.sqlite3`` in the data folder (or through a symlink, or onto
  the -wal) is refused before anything is opened; the live database stays whole.
- A restore after a station was SIGKILLed (its -wal and -shm left behind) installs exactly the
  copy: the old WAL is moved aside with the old file, never replayed onto the copy.
- An encrypted backup restores with the clinic key and is refused with any other key.
- A restore is refused while a station has the database open, and for a copy that fails a
  check (damaged, broken audit chain, newer release).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from kiosk.cli import main
from kiosk.services.audit import verify_audit_chain
from kiosk.services.audit_secret import attach_audit_key
from kiosk.services.backup import (
    BackupRefused,
    backup_database,
    checkpoint_beside,
    create_backup_key,
    load_backup_key,
    restore_database,
)
from kiosk.services.checkin import submit_checkin
from kiosk.storage import Database, open_database, sqlite_url
from tests.fixtures.database import TEST_ZONE, fixed_clock
from tests.robustness.payloads import CHECKLIST, tagged_submission, verify_stored

REPO = Path(__file__).resolve().parents[2]


def station(path: Path) -> Database:
    """The database as a station opens it: migrated, with the clinic audit secret of its data
    folder attached (made on first use) and the checkpoint moved after each commit."""
    db = open_database(sqlite_url(path))
    attach_audit_key(db, path.parent)
    return db


def submit(db: Database, station: str, index: int) -> None:
    submit_checkin(
        db.session_factory,
        tagged_submission(station, index),
        checklist=CHECKLIST,
        zone=TEST_ZONE,
        clock=fixed_clock(),
    )


def visit_ids(path: Path) -> set[str]:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as raw:
        return {r[0] for r in raw.execute("SELECT submission_id FROM visits")}


def integrity(path: Path) -> list[tuple[str]]:
    with closing(sqlite3.connect(path)) as raw:
        return raw.execute("PRAGMA integrity_check").fetchall()


@pytest.fixture
def clinic(tmp_path: Path, monkeypatch) -> Path:
    """A data folder with a clinic database holding 5 check-ins; the CLI pointed at it."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    monkeypatch.setenv("CLINIC_KIOSK_DATA_DIR", str(data))
    monkeypatch.setenv("CLINIC_KIOSK_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "none.toml").write_text("", encoding="utf-8")
    monkeypatch.delenv("CLINIC_KIOSK_DB", raising=False)
    monkeypatch.delenv("CLINIC_KIOSK_BACKUP_KEY", raising=False)
    db = station(data / "clinic.sqlite3")
    for index in range(5):
        submit(db, "desk", index)
    db.dispose()
    return data / "clinic.sqlite3"


# -- backup onto itself -----------------------------------------------------------------


@pytest.mark.parametrize("how", ["relative", "symlink", "hardlink", "wal", "shm", "absolute"])
def test_a_backup_onto_the_live_database_is_refused(clinic: Path, monkeypatch, capsys, how):
    db = station(clinic)  # a station is running: -wal and -shm exist
    try:
        submit(db, "live", 0)
        monkeypatch.chdir(clinic.parent)
        if how == "symlink":
            link = clinic.parent.parent / "looks-harmless.sqlite3"
            link.symlink_to(clinic)
            dest = str(link)
        elif how == "hardlink":
            link = clinic.parent.parent / "another-name.sqlite3"
            os.link(clinic, link)
            dest = str(link)
        else:
            dest = {
                "relative": "clinic.sqlite3",
                "wal": "clinic.sqlite3-wal",
                "shm": "./clinic.sqlite3-shm",
                "absolute": str(clinic),
            }[how]
        assert main(["backup", dest]) == 2
        err = capsys.readouterr().err
        assert "live database" in err and err.count("\n") == 1 and "Traceback" not in err
        submit(db, "live", 1)  # the station goes on writing as if nothing happened
    finally:
        db.dispose()
    assert integrity(clinic) == [("ok",)]
    assert len(visit_ids(clinic)) == 7


def test_a_backup_beside_the_pepper_is_refused(clinic: Path, capsys) -> None:
    pepper_folder = clinic.parent  # the default pepper_file is data_dir/pepper.key
    assert main(["backup", str(pepper_folder / "copy.sqlite3")]) == 2
    assert "pepper" in capsys.readouterr().err
    assert not (pepper_folder / "copy.sqlite3").exists()


def test_the_cli_backup_is_private_and_restorable(clinic: Path, tmp_path: Path, capsys) -> None:
    dest = tmp_path / "offsite" / "copy.sqlite3"
    os.umask(0o000)
    try:
        assert main(["backup", str(dest)]) == 0
    finally:
        os.umask(0o022)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert visit_ids(dest) == visit_ids(clinic)


# -- restore after a crash --------------------------------------------------------------

_CRASHER = textwrap.dedent(
    """
    import os, signal, sys
    from kiosk.services.checkin import submit_checkin
    from pathlib import Path
    from kiosk.services.audit_secret import attach_audit_key
    from kiosk.storage import open_database, sqlite_url
    from tests.fixtures.database import TEST_ZONE, fixed_clock
    from tests.robustness.payloads import CHECKLIST, tagged_submission
    db = open_database(sqlite_url(sys.argv[1]))
    attach_audit_key(db, Path(sys.argv[1]).parent)
    for i in range(int(sys.argv[2])):
        submit_checkin(db.session_factory, tagged_submission("after", i),
                       checklist=CHECKLIST, zone=TEST_ZONE, clock=fixed_clock())
    os.kill(os.getpid(), signal.SIGKILL)  # no checkpoint, no clean-up: the WAL stays
    """
)


def test_restore_after_a_sigkill_left_a_wal_installs_exactly_the_copy(
    clinic: Path, tmp_path: Path, capsys
) -> None:
    backup = tmp_path / "backups" / "copy.sqlite3"
    db = station(clinic)
    backup_database(db, backup)
    db.dispose()
    before = visit_ids(backup)
    crashed = subprocess.run(
        [sys.executable, "-c", _CRASHER, str(clinic), "12"], cwd=REPO, capture_output=True
    )
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr.decode()[-2000:]
    wal = clinic.with_name(clinic.name + "-wal")
    assert wal.stat().st_size > 0  # the crash left committed pages in the WAL only

    assert main(["restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "before-restore" in out
    assert not wal.exists() and not clinic.with_name(clinic.name + "-shm").exists()
    assert integrity(clinic) == [("ok",)]
    assert stat.S_IMODE(clinic.stat().st_mode) == 0o600
    restored = station(clinic)  # what a station does at start-up
    try:
        assert visit_ids(clinic) == before
        assert verify_audit_chain(restored.session_factory).ok
        assert verify_stored(restored).problems == []
        submit(restored, "next-day", 0)  # and the clinic goes on
    finally:
        restored.dispose()
    # nothing was thrown away: the crashed database is kept, whole, with its WAL
    aside = sorted(clinic.parent.glob("clinic.sqlite3.before-restore-*"))
    assert [p.name.rsplit("Z", 1)[1] for p in aside] == ["", "-shm", "-wal"]
    old = aside[0]
    assert integrity(old) == [("ok",)]
    assert len(visit_ids(old)) == 5 + 12


def test_restore_is_refused_while_a_station_has_the_database_open(
    clinic: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "copy.sqlite3"
    db = station(clinic)
    backup_database(db, backup)
    db.dispose()
    running = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from kiosk.storage import open_database, sqlite_url;"
            " db = open_database(sqlite_url(sys.argv[1]));"
            " db.engine.connect(); print('open', flush=True); sys.stdin.read()",
            str(clinic),
        ],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert running.stdout.readline() == b"open\n"
        with pytest.raises(BackupRefused, match="a station is using the database"):
            restore_database(backup, clinic)
        assert not list(clinic.parent.glob("*.before-restore-*"))
    finally:
        running.communicate(b"")
    restore_database(backup, clinic)  # once the station has closed, it goes through


# -- encryption -------------------------------------------------------------------------


def test_an_encrypted_backup_restores_with_its_key_only(clinic: Path, tmp_path: Path) -> None:
    key_path = create_backup_key(tmp_path / "keys" / "clinic.key", clinic.parent)
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    key = load_backup_key(key_path, clinic.parent)
    backup = tmp_path / "backups" / "copy.sqlite3"
    db = station(clinic)
    backup_database(db, backup, key=key)
    db.dispose()
    raw = backup.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"desk-00000" not in raw

    wrong = Fernet.generate_key()
    with pytest.raises(BackupRefused, match="cannot be decrypted with this key"):
        restore_database(backup, clinic, key=wrong)
    with pytest.raises(BackupRefused, match="encrypted"):
        restore_database(backup, clinic)
    assert not list(clinic.parent.glob("*.before-restore-*"))  # nothing was touched
    tampered = tmp_path / "tampered.sqlite3"
    tampered.write_bytes(raw[:-10] + bytes(10))
    shutil.copy(checkpoint_beside(backup), checkpoint_beside(tampered))
    with pytest.raises(BackupRefused, match="cannot be decrypted"):
        restore_database(tampered, clinic, key=key)

    report = restore_database(backup, clinic, key=key)
    assert report.audit_events >= 5
    assert visit_ids(clinic) == {f"desk-{i:05d}" for i in range(5)}


def test_the_cli_encrypts_with_the_configured_key_and_refuses_a_key_in_the_data_folder(
    clinic: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    assert main(["backup-key", str(clinic.parent / "backup.key")]) == 2
    assert "inside the data folder" in capsys.readouterr().err
    key_path = tmp_path / "usb" / "clinic.key"
    assert main(["backup-key", str(key_path)]) == 0
    assert main(["backup-key", str(key_path)]) == 2  # never overwritten
    monkeypatch.setenv("CLINIC_KIOSK_BACKUP_KEY", str(key_path))
    dest = tmp_path / "offsite" / "copy.sqlite3"
    assert main(["backup", str(dest)]) == 0
    assert "(encrypted)" in capsys.readouterr().out
    assert not dest.read_bytes().startswith(b"SQLite format 3")
    assert main(["restore", str(dest)]) == 0
    assert len(visit_ids(clinic)) == 5


# -- copies that fail a check -----------------------------------------------------------


def test_a_copy_with_a_broken_audit_chain_is_refused(clinic: Path, tmp_path: Path) -> None:
    backup = tmp_path / "copy.sqlite3"
    db = station(clinic)
    backup_database(db, backup)
    db.dispose()
    with closing(sqlite3.connect(backup)) as raw:
        triggers = [
            r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        ]
        for name in triggers:
            raw.execute(f'DROP TRIGGER "{name}"')
        raw.execute("UPDATE audit_events SET actor = 'someone else' WHERE seq = 2")
        raw.commit()
    with pytest.raises(BackupRefused, match="audit log is damaged"):
        restore_database(backup, clinic)
    assert len(visit_ids(clinic)) == 5


def test_a_copy_from_a_newer_release_or_a_damaged_one_is_refused(
    clinic: Path, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.sqlite3"
    db = station(clinic)
    backup_database(db, newer)
    db.dispose()
    with closing(sqlite3.connect(newer)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999_future'")
        raw.commit()
    with pytest.raises(BackupRefused, match="newer version of the kiosk"):
        restore_database(newer, clinic)
    garbled = tmp_path / "garbled.sqlite3"
    data = bytearray(newer.read_bytes())
    data[4096:8192] = bytes(range(256)) * 16
    garbled.write_bytes(bytes(data))
    with pytest.raises(BackupRefused):
        restore_database(garbled, clinic)
    assert integrity(clinic) == [("ok",)] and len(visit_ids(clinic)) == 5


def test_a_copy_without_its_signed_checkpoint_is_refused(clinic: Path, tmp_path: Path) -> None:
    """To the station it would look exactly like a truncated log (docs/record.md)."""
    backup = tmp_path / "copy.sqlite3"
    db = station(clinic)
    backup_database(db, backup)
    db.dispose()
    checkpoint_beside(backup).unlink()
    with pytest.raises(BackupRefused, match="audit checkpoint"):
        restore_database(backup, clinic)
    assert len(visit_ids(clinic)) == 5
