"""A kiosk station shows the patient welcome without loading what only staff or printing need.

In a fresh interpreter, on an already-migrated database: the welcome is up before SQLAlchemy
is even imported; once the database is open, the document renderers and the nurse station
are not imported; tapping "Staff" builds the nurse station then.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kiosk.storage import open_database, sqlite_url

ROOT = Path(__file__).resolve().parents[2]
WATCH = ("reportlab", "pypdf", "PIL", "ui.nurse.station")
BEFORE_DATABASE = ("sqlalchemy", "kiosk.storage", "kiosk.services.checkin")
# ...nor the patient screens behind the first tap (built on first use)
BEFORE_DATABASE += ("ui.patient.question", "ui.patient.consent", "ui.patient.sign", "kiosk.content")

CHILD = f"""
import json, sys
from PySide6.QtWidgets import QApplication
from kiosk.config import load_settings
from ui.main_window import MainWindow
from ui.store import open_store

def loaded():
    return sorted(m for m in {WATCH!r} if m in sys.modules)

app = QApplication(sys.argv[:1])
window = MainWindow(load_settings())
window.show_first_page()
app.processEvents()
welcome = {{
    "loaded": sorted(m for m in {BEFORE_DATABASE!r} if m in sys.modules),
    "showing_patient": window.stack.currentWidget() is window.patient is not None,
}}
window.on_store_ready(open_store(window.settings))
app.processEvents()
home = {{
    "loaded": loaded(),
    "showing_patient": window.stack.currentWidget() is window.patient is not None,
    "nurse_built": window.nurse is not None,
}}
window.show_nurse()
staff = {{"loaded": loaded(), "showing_nurse": window.stack.currentWidget() is window.nurse}}
window.nurse.stop()
window.store.database.dispose()
print(json.dumps({{"welcome": welcome, "home": home, "staff": staff}}))
"""


def run_child(data: Path, tmp_path: Path) -> dict[str, dict[str, object]]:
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLINIC_KIOSK_")}
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "CLINIC_KIOSK_DATA_DIR": str(data),
        "CLINIC_KIOSK_CONFIG": str(config),
    }
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_kiosk_station_starts_without_renderers_or_nurse_station(tmp_path: Path) -> None:
    data = tmp_path / "data"
    open_database(sqlite_url(data / "clinic.sqlite3")).dispose()  # migrated, as after day one
    seen = run_child(data, tmp_path)
    assert seen["welcome"] == {"loaded": [], "showing_patient": True}  # before SQLAlchemy
    assert seen["home"] == {"loaded": [], "showing_patient": True, "nurse_built": False}
    assert seen["staff"]["showing_nurse"] is True
    assert "ui.nurse.station" in seen["staff"]["loaded"]
