"""A whole check-in in English and in Spanish driven through AT-SPI with default actions only
(scripts/atspi_checkin.py), under Xvfb with a private session bus and the AT-SPI bus.

Skipped only when a system tool it needs is not installed. With the tools present, a kiosk that
does not appear on the bus, or a step that does not happen, is a failure with the script's
output."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.content import load_content

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = "/usr/bin/python3"
SCRIPT_SECONDS = 270  # below pytest-timeout's 300 s, so a hang fails here with the output


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


MISSING = _missing()


def _run_script() -> subprocess.CompletedProcess[str]:
    command = [
        "xvfb-run",
        "-a",
        "dbus-run-session",
        "--",
        SYSTEM_PYTHON,
        str(ROOT / "scripts" / "atspi_checkin.py"),
        sys.executable,
    ]
    try:
        return subprocess.run(
            command, capture_output=True, text=True, timeout=SCRIPT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired as hung:
        pytest.fail(f"no end after {SCRIPT_SECONDS} s; output so far:\n{hung.stdout!r}")


def _saved(stdout: str) -> dict[str, dict[str, object]]:
    """Each language's saved facts from the script's "xx: saved {json}" lines."""
    saved = {}
    for line in stdout.splitlines():
        language, _, rest = line.partition(": saved ")
        if rest:
            saved[language] = json.loads(rest)
    return saved


@pytest.mark.skipif(MISSING is not None, reason=MISSING or "")
def test_a_whole_check_in_through_atspi_in_both_languages():
    done = _run_script()
    output = f"exit {done.returncode}\n{done.stdout}\n--- stderr:\n{done.stderr[-3000:]}"
    assert done.returncode == 0, output
    expected = {
        language: {
            "language": language,
            "first_name": "Ana",
            "last_name": "Ruiz",
            "date_of_birth": "1991-03-07",  # day and year typed, "next month" pressed 3 times
            "method": "typed",
            "typed_name": "Ana Ruiz",
            "answers": len(load_content(language).checklist.items),
            "acknowledged": len(load_content(language).consent.acknowledgements),
        }
        for language in ("en", "es")
    }
    assert _saved(done.stdout) == expected, output
