"""clinic-kiosk commands, run in-process on a fresh data folder each test."""

import io
import stat
import sys
from pathlib import Path

import pytest

from kiosk.cli import main


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CLINIC_KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CLINIC_KIOSK_DB", raising=False)
    return tmp_path / "data"


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


def test_init_db_creates_a_private_sqlite_file(data_dir: Path, monkeypatch, capsys) -> None:
    assert run(["init-db"], monkeypatch) == 0
    db_file = data_dir / "clinic.sqlite3"
    assert db_file.exists()
    assert stat.S_IMODE(db_file.stat().st_mode) == 0o600
    assert "Database ready" in capsys.readouterr().out


def test_staff_lifecycle_from_standard_input(data_dir: Path, monkeypatch, capsys) -> None:
    assert run(["staff", "add", "Ana Pérez", "--role", "admin"], monkeypatch, "135790\n") == 0
    assert "Added admin Ana Pérez" in capsys.readouterr().out
    assert run(["staff", "list"], monkeypatch) == 0
    listing = capsys.readouterr().out
    assert "Ana Pérez" in listing and "active" in listing
    staff_id = listing.split()[0]
    assert run(["staff", "reset-pin", staff_id], monkeypatch, "740258\n") == 0
    assert run(["staff", "disable", staff_id], monkeypatch) == 2  # the last administrator
    assert "last administrator" in capsys.readouterr().err
    assert run(["staff", "add", "Bo Lind"], monkeypatch, "583920\n") == 0
    capsys.readouterr()
    assert run(["staff", "list"], monkeypatch) == 0
    nurse_id = next(ln.split()[0] for ln in capsys.readouterr().out.splitlines() if "Bo Lind" in ln)
    assert run(["staff", "disable", nurse_id], monkeypatch) == 0
    capsys.readouterr()
    assert run(["staff", "list"], monkeypatch) == 0
    assert "disabled" in capsys.readouterr().out
    assert run(["audit", "verify"], monkeypatch) == 0
    assert "Audit log intact" in capsys.readouterr().out


def test_staff_add_prints_the_staff_code_and_unlock_works(data_dir, monkeypatch, capsys) -> None:
    assert run(["staff", "add", "Ana Pérez", "--role", "admin"], monkeypatch, "583920\n") == 0
    added = capsys.readouterr().out
    code = added.split("staff code ")[1][:3]
    assert code.isdigit()
    assert run(["staff", "list"], monkeypatch) == 0
    assert f"code {code}" in capsys.readouterr().out
    assert run(["staff", "unlock", "1"], monkeypatch) == 0
    assert "Unlocked staff account 1" in capsys.readouterr().out


@pytest.mark.parametrize("pin", ["111111", "654321", "19900101", "246810", "123456"])
def test_weak_pins_from_the_issue_are_refused_at_the_command_line(
    data_dir: Path, monkeypatch, capsys, pin: str
) -> None:
    assert run(["staff", "add", "Bo", "--role", "admin"], monkeypatch, pin + "\n") == 2
    err = capsys.readouterr().err
    assert err.startswith("clinic-kiosk: ") and err.count("\n") == 1
    assert run(["staff", "list"], monkeypatch) == 0
    assert "No staff accounts yet" in capsys.readouterr().out


@pytest.mark.parametrize("pin", ["12345", "abcdef", ""])
def test_bad_pin_is_one_clear_line(data_dir: Path, monkeypatch, capsys, pin: str) -> None:
    status = run(["staff", "add", "Bo"], monkeypatch, pin + "\n" if pin else "")
    err = capsys.readouterr().err
    assert status == 2
    assert err.startswith("clinic-kiosk: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_bad_configuration_is_one_clear_line(tmp_path: Path, monkeypatch, capsys) -> None:
    config = tmp_path / "bad.toml"
    config.write_text('[idle]\npatient_seconds = "never"\n', encoding="utf-8")
    assert main(["--config", str(config), "init-db"]) == 2
    err = capsys.readouterr().err
    assert str(config) in err and "idle.patient_seconds" in err and "Traceback" not in err


def test_backup_writes_a_private_copy(data_dir: Path, tmp_path: Path, monkeypatch, capsys) -> None:
    assert run(["staff", "add", "Bo", "--role", "admin"], monkeypatch, "975310\n") == 0
    dest = tmp_path / "backup.sqlite3"
    assert run(["backup", str(dest)], monkeypatch) == 0
    assert dest.exists() and stat.S_IMODE(dest.stat().st_mode) == 0o600
    import sqlite3

    with sqlite3.connect(dest) as copy:
        assert copy.execute("select count(*) from staff").fetchone()[0] == 1


def test_demo_database_is_separate_and_has_a_morning(data_dir: Path, monkeypatch, capsys) -> None:
    assert run(["demo"], monkeypatch) == 0
    out = capsys.readouterr().out
    assert "246810" in out and "Demo Nurse 102" in out
    assert (data_dir / "demo" / "clinic.sqlite3").exists()
    assert not (data_dir / "clinic.sqlite3").exists()
    assert run(["--demo", "staff", "list"], monkeypatch) == 0
    listing = capsys.readouterr().out
    assert "Demo Nurse" in listing and "Demo Admin" in listing
    assert run(["--demo", "audit", "verify"], monkeypatch) == 0
    # The demo PIN works in the demo clinic only; the real clinic's command line refuses it.
    assert run(["--demo", "staff", "add", "Eve", "--role", "admin"], monkeypatch, "246810\n") == 0
    capsys.readouterr()
    assert run(["staff", "add", "Eve", "--role", "admin"], monkeypatch, "246810\n") == 2
    assert "demo PIN" in capsys.readouterr().err
    # A second run starts the demo afresh rather than piling up check-ins.
    assert run(["demo"], monkeypatch) == 0


def test_launch_without_a_launcher_is_refused(data_dir: Path, monkeypatch, capsys) -> None:
    assert run([], monkeypatch) == 2
    assert "graphical kiosk" in capsys.readouterr().err


def test_write_config_prints_a_valid_example(tmp_path: Path, monkeypatch, capsys) -> None:
    assert main(["write-config"]) == 0
    path = tmp_path / "c.toml"
    path.write_text(capsys.readouterr().out, encoding="utf-8")
    from kiosk.config import load_settings

    assert load_settings(path, {}).clinic.timezone == "America/New_York"


def test_unreachable_database_is_one_clear_line(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("CLINIC_KIOSK_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("CLINIC_KIOSK_DB", "postgresql+psycopg://kiosk:secret@127.0.0.1:1/none")
    assert main(["init-db"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("clinic-kiosk: ") and err.count("\n") == 1
    assert "secret" not in err and "Traceback" not in err
