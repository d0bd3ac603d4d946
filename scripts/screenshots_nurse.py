"""Render every nurse screen offscreen into docs/screenshots/nurse-<screen>-<orientation>.png.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_nurse.py [out_dir]
Builds the demo clinic (kiosk.demo) in a temporary folder and drives a real NurseStation
against it: first-run setup on an empty database, then sign-in, queue, a flagged visit, the
decision, the procedure and administration, each at 1280x800 and 800x1280.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.cli import open_db
from kiosk.config import load_settings
from kiosk.demo import DEMO_PIN, build_demo
from kiosk.domain.aftercare import Area
from kiosk.domain.visit import Decision
from kiosk.services.audit_secret import attach_audit_key
from kiosk.services.backup import backup_database
from kiosk.services.review import decide
from kiosk.services.staff import LockoutPolicy, load_pepper
from kiosk.storage import open_database
from ui.nurse.station import NurseStation

SIZES = {"landscape": (1280, 800), "portrait": (800, 1280)}


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10000) -> None:
    """Let the event loop run (workers answer through it) until ``condition`` holds."""
    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the nurse station did not reach the expected state")
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def settle() -> None:
    QThreadPool.globalInstance().waitForDone(5000)
    wait_until(lambda: True)
    QApplication.processEvents()


def grab(station: NurseStation, out: Path, screen: str, orientation: str) -> None:
    width, height = SIZES[orientation]
    station.resize(width, height)
    settle()
    target = out / f"nurse-{screen}-{orientation}.png"
    if not station.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    print(target)


def make_station(db, settings, pepper: bytes) -> NurseStation:
    station = NurseStation(
        db.session_factory,
        zone=settings.clinic.timezone,
        lockout=LockoutPolicy(settings.staff.lockout_attempts, settings.staff.lockout_minutes),
        pepper=pepper,
        idle_seconds=3600,
        data_dir=settings.data_dir,
        backup=lambda dest: backup_database(db, dest),
    )
    station.resize(*SIZES["landscape"])
    station.show()
    return station


def sign_in(station: NurseStation, name: str) -> None:
    wait_until(lambda: bool(station.signin_page.name_buttons))
    member = next(b for b in station.signin_page.name_buttons.items() if b[1].text() == name)
    member[1].click()
    for digit in DEMO_PIN:
        station.signin_page.pinpad.press(digit)
    station.signin_page.pinpad.ok_button.click()
    wait_until(lambda: station.staff is not None)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Clinic Kiosk")
    with tempfile.TemporaryDirectory(prefix="nurse-shots-") as tmp:
        env = {"CLINIC_KIOSK_DATA_DIR": tmp, "CLINIC_KIOSK_DB": f"sqlite:///{tmp}/demo.sqlite3"}
        settings = load_settings(environ=env)
        pepper = load_pepper(settings.staff.pepper_path)

        empty = open_database(f"sqlite:///{tmp}/empty.sqlite3")
        attach_audit_key(empty, settings.data_dir / "empty")
        station = make_station(empty, settings, pepper)
        wait_until(lambda: station.stack.currentWidget() is station.setup_page)
        for orientation in SIZES:
            grab(station, out, "setup", orientation)
        station.close()
        empty.dispose()

        build_demo(settings, lambda: open_db(settings))
        db = open_db(settings)  # with the audit secret attached, as a station opens it
        station = make_station(db, settings, pepper)
        wait_until(lambda: bool(station.signin_page.name_buttons))
        for orientation in SIZES:
            grab(station, out, "signin", orientation)
        demo_admin = next(iter(station.signin_page.name_buttons.values()))
        demo_admin.click()
        station.signin_page.pinpad.press("2")
        station.signin_page.pinpad.press("4")
        for orientation in SIZES:
            grab(station, out, "pin", orientation)
        station.signin_page.show_names()

        sign_in(station, "Demo Admin")
        wait_until(lambda: station.model.rowCount() >= 6)
        station.queue_page.table.selectRow(1)
        for orientation in SIZES:
            grab(station, out, "queue", orientation)

        flagged = station.model.row_at(0)
        station.open_visit(flagged.visit_id)
        wait_until(lambda: station.stack.currentWidget() is station.visit_page)
        for orientation in SIZES:
            grab(station, out, "visit", orientation)

        station.visit_page.decide_button.click()
        station.decide_page.reason.setPlainText("Retinoid used yesterday; rebook after washout.")
        for orientation in SIZES:
            grab(station, out, "decide", orientation)

        clear_row = next(
            station.model.row_at(r)
            for r in range(station.model.rowCount())
            if not station.model.row_at(r).flag_count
        )
        decide(
            db.session_factory,
            clear_row.visit_id,
            staff_id=station.staff.staff_id,
            decision=Decision.CLEAR,
            expected_version=clear_row.version,
        )
        station.open_visit(clear_row.visit_id)
        wait_until(
            lambda: (
                station.bundle is not None and station.bundle.detail.visit_id == clear_row.visit_id
            )
        )
        station.visit_page.procedure_button.click()
        wait_until(lambda: "Proposed" in station.procedure_page.session_hint.text())
        station.procedure_page.area_boxes[Area.FACE].setChecked(True)
        station.procedure_page.area_boxes[Area.EYES].setChecked(True)
        station.procedure_page.notes.setPlainText("1.0 mm on cheeks, 0.5 mm around the eyes.")
        for orientation in SIZES:
            grab(station, out, "procedure", orientation)

        station.show_admin()
        wait_until(lambda: station.admin_page.staff_table.rowCount() >= 2)
        for orientation in SIZES:
            grab(station, out, "admin", orientation)
        station.admin_page.tabs.setCurrentIndex(1)
        wait_until(lambda: station.admin_page.audit_table.rowCount() > 0)
        station.admin_page.verify_button.click()
        wait_until(lambda: station.admin_page.verify_result.kind == "ok")
        for orientation in SIZES:
            grab(station, out, "audit", orientation)
        station.close()
        settle()
        db.dispose()
    return 0


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
