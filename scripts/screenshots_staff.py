"""Render the staff screens into docs/screenshots/staff-<screen>-<lang>-<orientation>.png.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_staff.py [out_dir]
First-run setup (with a refused PIN), sign-in (after a wrong PIN), the admin staff list (one
account locked, one disabled, one hostile name) and the audit log in words, in English and
Spanish, at 1280x800 and 800x1280, each from a real NurseStation on a temporary database.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from kiosk.domain.staff import Role
from kiosk.services.errors import AuthError
from kiosk.services.signin import LockoutPolicy, authenticate
from kiosk.services.staff import (
    create_first_admin,
    create_staff,
    disable_staff,
    list_staff,
)
from kiosk.storage import open_database
from scripts.screenshots_nurse import SIZES, settle, wait_until
from ui.i18n import LanguageSwitcher
from ui.nurse.station import NurseStation

PEPPER = bytes(range(32))
PIN = "583920"


def grab(station: NurseStation, out: Path, screen: str, language: str) -> None:
    for orientation, (width, height) in SIZES.items():
        station.resize(width, height)
        settle()
        target = out / f"staff-{screen}-{language}-{orientation}.png"
        if not station.grab().save(str(target)):
            raise OSError(f"could not write {target}")
        print(target)


def station_on(db, name: str = "nurse-office") -> NurseStation:
    station = NurseStation(
        db.session_factory,
        zone="America/New_York",
        lockout=LockoutPolicy(),
        pepper=PEPPER,
        idle_seconds=3600,
        station_name=name,
    )
    station.resize(*SIZES["landscape"])
    station.show()
    return station


def type_digits(station: NurseStation, digits: str) -> None:
    for digit in digits:
        station.signin_page.pinpad.press(digit)


def shots(out: Path, tmp: Path, language: str) -> None:
    db = open_database(f"sqlite:///{tmp}/clinic-{language}.sqlite3")
    station = station_on(db)
    wait_until(lambda: station.stack.currentWidget() is station.setup_page)
    page = station.setup_page
    page.name.setText("Ana Torres")
    page.pin.setText("123456")
    page.repeat.setText("123456")
    page.create_button.click()
    grab(station, out, "setup", language)

    admin = create_first_admin(db.session_factory, name="Ana Torres", pin=PIN, pepper=PEPPER)
    station.refresh_home()
    wait_until(lambda: station.stack.currentWidget() is station.signin_page)
    type_digits(station, admin.code)
    type_digits(station, "999999")
    station.signin_page.pinpad.ok_button.click()
    wait_until(lambda: station.signin_page.message.kind == "error")
    type_digits(station, admin.code)
    type_digits(station, "58")
    grab(station, out, "signin", language)

    signed = authenticate(
        db.session_factory,
        code=admin.code,
        pin=PIN,
        station="setup",
        pepper=PEPPER,
        lockout=LockoutPolicy(),
    )
    for name, role in (
        ("Noor Haddad", Role.NURSE),
        ("Ben & Jerry O'Neil", Role.NURSE),
        ("Łucja Wiśniewska-Núñez de la Fuente y Castellanos", Role.ADMIN),
        ("Rosa Díaz", Role.NURSE),
    ):
        create_staff(db.session_factory, name=name, pin=PIN, role=role, actor=signed, pepper=PEPPER)
    members = {m.name: m for m in list_staff(db.session_factory)}
    noor, rosa = members["Noor Haddad"], members["Rosa Díaz"]
    for n in range(3):  # lock Noor's account (a small hard limit, for the picture)
        with contextlib.suppress(AuthError):
            authenticate(
                db.session_factory,
                code=noor.code,
                pin="999999",
                station=f"kiosk-{n}",
                pepper=PEPPER,
                lockout=LockoutPolicy(hard_limit=3),
            )
    disable_staff(db.session_factory, rosa.staff_id, actor=signed)

    station.signin_page.reset()
    type_digits(station, admin.code)
    type_digits(station, PIN)
    station.signin_page.pinpad.ok_button.click()
    wait_until(lambda: station.staff is not None)
    station.admin_button.click()
    wait_until(lambda: station.admin_page.staff_model.rowCount() == 5)
    station.admin_page.select_staff(noor.staff_id)
    grab(station, out, "admin", language)
    station.admin_page.tabs.setCurrentIndex(1)
    wait_until(lambda: station.admin_page.audit_model.rowCount() > 5)
    grab(station, out, "audit", language)
    station.stop()
    settle()
    station.deleteLater()
    db.dispose()


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    switcher = LanguageSwitcher()
    with tempfile.TemporaryDirectory(prefix="staff-shots-") as tmp:
        for language in ("en", "es"):
            switcher.set_language(language)
            shots(out, Path(tmp), language)
    del app
    return 0


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    raise SystemExit(main(target))
