"""The document service loads its renderers (reportlab, Pillow) and verifier (pypdf) on first use.

A station imports the service to bind its nurse screens; the renderers cost ~150 ms and ~13 MB
that only the first print needs.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kiosk.documents import aftercare, consent_record
from kiosk.services import documents

ROOT = Path(__file__).resolve().parents[3]
HEAVY = ("reportlab", "pypdf", "PIL", "segno", "kiosk.documents.aftercare")


def test_importing_the_service_loads_no_renderer() -> None:
    probe = (
        "import sys\n"
        "import kiosk.services.documents\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_the_service_kinds_are_the_renderers_kinds() -> None:
    assert documents.AFTERCARE == aftercare.KIND
    assert documents.CONSENT_RECORD == consent_record.KIND
