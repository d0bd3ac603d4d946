"""A real CUPS server with a cups-pdf queue, or a skip that says what is missing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
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
        run(["lpadmin", "-p", name, "-v", "cups-pdf:/", "-E", "-P", str(PPD)])

    def remove_queue(self, name: str) -> None:
        subprocess.run(["lpadmin", "-x", name], capture_output=True, check=False)


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=30)


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
    if subprocess.run(["lpstat", "-r"], capture_output=True, text=True).returncode != 0:
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        run([cupsd])  # the parent returns once the daemon is ready to answer
    if subprocess.run(["lpstat", "-r"], capture_output=True, text=True).returncode != 0:
        pytest.skip("cupsd could not be started")
    listed = subprocess.run(["lpstat", "-v", QUEUE], capture_output=True, text=True)
    setup = CupsPdf(QUEUE, _out_dir())
    if listed.returncode != 0:
        setup.add_queue(QUEUE)
    return setup


from tests.kiosk.documents.conftest import settings  # noqa: E402,F401 - shared fixture
