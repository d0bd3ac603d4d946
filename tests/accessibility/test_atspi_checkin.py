"""A whole check-in in English and in Spanish driven through AT-SPI with default actions only
(scripts/atspi_checkin.py), under Xvfb with a private session bus and the AT-SPI bus."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"


def _missing() -> str | None:
    for tool, package in (
        ("xvfb-run", "xvfb"),
        ("dbus-run-session", "dbus (dbus-x11)"),
        ("/usr/libexec/at-spi-bus-launcher", "at-spi2-core"),
    ):
        if shutil.which(tool) is None and not Path(tool).exists():
            return f"{tool} is not installed (Debian: {package})"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        return "pyatspi is not importable by /usr/bin/python3 (Debian: python3-pyatspi)"
    return None


@pytest.mark.skipif(_missing() is not None, reason=_missing() or "")
def test_a_whole_check_in_through_atspi_in_both_languages():
    done = subprocess.run(
        [
            "xvfb-run",
            "-a",
            "dbus-run-session",
            "--",
            SYSTEM_PYTHON,
            str(ROOT / "scripts" / "atspi_checkin.py"),
            sys.executable,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode == 77:
        pytest.skip(done.stdout.strip())
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    lines = [line for line in done.stdout.splitlines() if ": saved " in line]
    assert [line.split(":")[0] for line in lines] == ["en", "es"]
    assert all("'method': 'typed'" in line and "'answers': 8" in line for line in lines)
