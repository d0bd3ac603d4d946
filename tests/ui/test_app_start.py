"""The real program starts: a new process paints the patient welcome first, then opens the database.

Uses the benchmarks' paint probe (CLINIC_KIOSK_PAINT_PROBE, off by default): the app prints
``painted <page> <monotonic time> <maxrss>`` once that page has painted, and exits 0.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.config import load_settings
from ui.app import hold_gc_until_started
from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def start(tmp_path: Path, page: str) -> subprocess.CompletedProcess[str]:
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLINIC_KIOSK_")}
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data"),
        "CLINIC_KIOSK_CONFIG": str(config),
        "CLINIC_KIOSK_PAINT_PROBE": page,
    }
    return subprocess.run(
        [sys.executable, "-m", "ui.cli"],
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


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    window = MainWindow(settings)
    qtbot.addWidget(window)
    try:
        yield window
    finally:
        gc.unfreeze()
        gc.enable()


def test_garbage_collection_resumes_once_start_up_has_settled(window: MainWindow) -> None:
    hold_gc_until_started(window)
    assert not gc.isenabled()
    window.stack.setCurrentWidget(window.problem)  # a page change alone is not the end
    assert not gc.isenabled()
    window.on_backend_failed(OSError("connection refused"))  # or ready: start-up is over
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # the start-up survivors are not scanned again


def test_garbage_collection_resumes_even_if_the_start_never_ends(qtbot, window: MainWindow) -> None:
    hold_gc_until_started(window, fallback_ms=10)
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=5000)
