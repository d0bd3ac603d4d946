"""The real program starts: a new process paints the patient welcome first, then opens the database.

Runs the benchmarks' start child (benchmarks/children/kiosk_start.py: the program's own
ui.app.build_app plus a paint probe the program does not carry): it prints
``painted <page> <monotonic time> <maxrss>`` once that page has painted, and exits 0.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def start(tmp_path: Path, page: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLINIC_KIOSK_")}
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data"),
        "CLINIC_KIOSK_CONFIG": str(config),
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "children" / "kiosk_start.py"), page],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("page", ["first", "ready"])
def test_the_kiosk_paints_the_page(tmp_path: Path, page: str) -> None:
    result = start(tmp_path, page)
    assert result.returncode == 0, result.stderr
    word, painted_page, at, rss = result.stdout.strip().splitlines()[-1].split()
    assert (word, painted_page) == ("painted", page)
    assert float(at) > 0 and int(rss) > 0
    assert "Traceback" not in result.stderr


def test_ready_means_the_database_was_opened(tmp_path: Path) -> None:
    assert start(tmp_path, "ready").returncode == 0
    assert (tmp_path / "data" / "clinic.sqlite3").is_file()
