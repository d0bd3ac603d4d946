"""``audit verify`` and a missing secret, from the command line: one line per finding."""

from __future__ import annotations

import sqlite3

from kiosk.cli import main
from tests.kiosk.test_cli import data_dir, run  # data_dir: the fixture

__all__ = ["data_dir"]


def test_audit_verify_names_a_changed_answer_and_a_missing_secret(data_dir, monkeypatch, capsys):
    assert run(["demo"], monkeypatch) == 0  # a demo clinic: check-ins, staff, a keyed log
    assert run(["--demo", "audit", "verify", "--full"], monkeypatch) == 0
    assert "Audit log intact (full check)" in capsys.readouterr().out

    path = data_dir / "demo" / "clinic.sqlite3"
    with sqlite3.connect(path) as conn:  # someone with the file
        conn.execute("DROP TRIGGER answers_no_update")
        conn.execute(
            "UPDATE answers SET choice = 'yes' WHERE visit_id = 2 AND item_key = 'sunburn'"
        )
    assert run(["--demo", "audit", "verify", "--full"], monkeypatch) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "Audit log NOT INTACT (full check):"
    assert "  visit 2: the answer to 'sunburn' changed after signing" in err

    (data_dir / "demo" / "audit.key").unlink()
    assert main(["--demo", "audit", "verify"]) == 2
    line = capsys.readouterr().err.strip()
    assert line.startswith("clinic-kiosk: The audit secret file") and "is missing" in line
    assert not (data_dir / "demo" / "audit.key").exists()
