"""The patient kiosk on its own, for scripts/atspi_checkin.py: shipped content, a submit that
prints the saved check-in's facts (no database), Qt's AT-SPI bridge always on.

Usage (under X with an AT-SPI bus): .venv/bin/python scripts/atspi_kiosk_app.py
"""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from kiosk.content import load_content  # noqa: E402
from ui.patient.kiosk_view import PatientKiosk  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("clinic-kiosk-atspi")

    def submit(submission):
        facts = {
            "language": submission.language,
            "first_name": submission.identity.first_name,
            "last_name": submission.identity.last_name,
            "date_of_birth": submission.identity.date_of_birth.isoformat(),
            "method": submission.consent.method,
            "typed_name": submission.consent.typed_name,
            "answers": len(submission.answers),
            "acknowledged": len(submission.consent.acknowledgements),
        }
        print(json.dumps(facts), flush=True)
        return {"visit_id": 1, "submission_id": submission.submission_id}

    kiosk = PatientKiosk(
        load_content, submit, clinic_name="Riverside Skin Clinic", today=date.today
    )
    kiosk.resize(1280, 800)
    kiosk.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
