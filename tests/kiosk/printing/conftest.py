"""A real CUPS server with a cups-pdf queue, or a skip that says what is missing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "KioskPDF"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")
CONF = Path("/etc/cups/cups-pdf.conf")


@dataclass(frozen=True)
class CupsPdf:
    queue: str
    out_dir: Path  # where cups-pdf writes the printed files

    def add_queue(self, name: str) -> None:
        done = run(["lpadmin", "-p", name, "-v", "cups-pdf:/", "-E", "-P", str(PPD)], check=False)
        if done.returncode != 0:  # say what lpadmin said, not only its exit status
            raise RuntimeError(f"lpadmin could not add {name}: {done.stderr.strip()}")

    def remove_queue(self, name: str) -> None:
        subprocess.run(["lpadmin", "-x", name], capture_output=True, check=False)


def run(args: list[str], check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=check, timeout=30)


def scheduler_running() -> bool:
    """``lpstat -r`` exits 0 either way ("scheduler is not running"), so read its words."""
    out = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=30).stdout
    return "scheduler is running" in out.lower()


def start_scheduler(wait: float = 15.0) -> bool:
    """Start cupsd (it daemonises) and wait until it answers, as it may take a moment."""
    run([shutil.which("cupsd") or "/usr/sbin/cupsd"], check=False)
    deadline = time.monotonic() + wait
    while not scheduler_running():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def _why_not() -> str | None:
    if os.geteuid() != 0:
        return "the CUPS tests need root (to start cupsd and add a queue)"
    for program in ("cupsd", "lpadmin", "lp", "lpstat"):
        if shutil.which(program) is None and not Path(f"/usr/sbin/{program}").exists():
            return f"CUPS is not installed ({program} is missing)"
    if not PPD.exists():
        return f"cups-pdf is not installed ({PPD} is missing)"
    return None


def _out_dir() -> Path:
    home = Path.home()
    if CONF.exists():
        match = re.search(r"^\s*Out\s+(\S+)", CONF.read_text(), re.M)
        if match:
            return Path(match.group(1).replace("${HOME}", str(home)))
    return home / "PDF"


@pytest.fixture(scope="session")
def cups_pdf() -> CupsPdf:
    reason = _why_not()
    if reason:
        pytest.skip(reason)
    if not scheduler_running() and not start_scheduler():
        pytest.fail("cupsd did not answer within 15 s of starting (see /var/log/cups/error_log)")
    listed = subprocess.run(["lpstat", "-v", QUEUE], capture_output=True, text=True)
    setup = CupsPdf(QUEUE, _out_dir())
    if listed.returncode != 0:
        setup.add_queue(QUEUE)
    return setup


from tests.kiosk.documents.conftest import settings  # noqa: E402,F401 - shared fixture
