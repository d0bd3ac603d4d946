"""Render every nurse screen offscreen into docs/screenshots/nurse-<screen>-<orientation>.png.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_nurse.py [out_dir]
Builds the demo clinic (kiosk.demo) in a temporary folder and drives a real NurseStation
against it: first-run setup on an empty database, then sign-in, queue, a flagged visit, the
decision (and the patient's own words of its flags), cancel or no-show, the procedure, its
corrections (procedure, name, merge, undo) and the re-issue they offer, another day's queue,
a search, and administration, each at 1280x800 and 800x1280.
"""

from __future__ import annotations

import dataclasses
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QThreadPool, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication

from kiosk.cli import open_db
from kiosk.config import load_settings
from kiosk.demo import DEMO_ADMIN_CODE, DEMO_NURSE_CODE, DEMO_PIN, build_demo
from kiosk.domain.aftercare import Area
from kiosk.domain.visit import Decision
from kiosk.services.audit_secret import attach_audit_key
from kiosk.services.backup import backup_database
from kiosk.services.binding import NurseServices
from kiosk.services.review import decide
from kiosk.services.staff import load_pepper, lockout_policy, pin_policy
from kiosk.storage import open_database
from ui.i18n import LanguageSwitcher
from ui.nurse.queue_model import Column
from ui.nurse.station import NurseStation
from ui.stations import printer_for
from ui.widgets.nurse_close_visit import CloseVisitDialog
from ui.widgets.nurse_corrections import (
    CorrectIdentityDialog,
    CorrectProcedureDialog,
    MergePatientDialog,
    UndoIdentityDialog,
)

SIZES = {"landscape": (1280, 800), "portrait": (800, 1280)}

# What the nurse types on each page, in the nurse's own language (a Spanish screen with an
# English note in it would hide the mixed languages the pages are meant to avoid).
TYPED = {
    "en": {
        "defer": "Retinoid used yesterday; rebook after washout.",
        "notes": "1.0 mm on cheeks, 0.5 mm around the eyes.",
        "correct-procedure": "The neck was treated too; it was not ticked.",
        "correct-identity": "Checked her ID card: María, with the accent.",
        "merge": "Same person, typed twice at the kiosk.",
    },
    "es": {
        "defer": "Usó un retinoide ayer; dar nueva cita tras el lavado.",
        "notes": "1,0 mm en mejillas, 0,5 mm alrededor de los ojos.",
        "correct-procedure": "También se trató el cuello; no se marcó.",
        "correct-identity": "Comprobado en su DNI: María, con tilde.",
        "merge": "La misma persona, registrada dos veces en el quiosco.",
    },
}


def wait_until(condition: Callable[[], bool], timeout_ms: int = 10000) -> None:
    """Let the event loop run (workers answer through it) until ``condition`` holds."""
    deadline = QDeadlineTimer(timeout_ms)
    loop = QEventLoop()
    while not condition():
        if deadline.hasExpired():
            raise TimeoutError("the nurse station did not reach the expected state")
        QTimer.singleShot(20, loop.quit)
        loop.exec()


def pause(ms: int) -> None:
    """Let the event loop run for ``ms`` milliseconds."""
    deadline = QDeadlineTimer(ms)
    wait_until(deadline.hasExpired, ms + 1000)


def settle() -> None:
    QThreadPool.globalInstance().waitForDone(5000)
    wait_until(lambda: True)
    QApplication.processEvents()


def grab(station: NurseStation, out: Path, screen: str, orientation: str, lang: str) -> None:
    width, height = SIZES[orientation]
    station.resize(width, height)
    settle()
    suffix = "" if lang == "en" else f"-{lang}"
    target = out / f"nurse-{screen}{suffix}-{orientation}.png"
    if not station.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    print(target)


def grab_dialog(station: NurseStation, out: Path, screen: str, lang: str) -> None:
    """The open preview over the station, as the nurse sees it, in both orientations."""
    dialog = station.preview_dialog
    suffix = "" if lang == "en" else f"-{lang}"
    for orientation, (width, height) in SIZES.items():
        station.resize(width, height)
        dialog.hide()
        dialog.show()  # refits to the window as it stands now
        settle()
        pause(800)  # QPdfView renders its pages on a thread of its own
        picture = station.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
        top_left = dialog.geometry().topLeft() - station.mapToGlobal(station.rect().topLeft())
        painter.drawPixmap(top_left, dialog.grab())
        painter.end()
        target = out / f"nurse-{screen}{suffix}-{orientation}.png"
        if not picture.save(str(target)):
            raise OSError(f"could not write {target}")
        print(target)


def open_dialog(kind: type) -> Any:
    """The visible top-level dialog of that class (the visit page opens them window-modal)."""
    found: list[Any] = []

    def visible() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    wait_until(visible)
    return found[0]


def grab_over(station: NurseStation, dialog: Any, out: Path, screen: str, lang: str) -> None:
    """A dialog centred over the dimmed station, as the nurse sees it, in both orientations."""
    suffix = "" if lang == "en" else f"-{lang}"
    for orientation, (width, height) in SIZES.items():
        station.resize(width, height)
        settle()
        picture = station.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
        shot = dialog.grab()
        painter.drawPixmap((width - shot.width()) // 2, (height - shot.height()) // 2, shot)
        painter.end()
        target = out / f"nurse-{screen}{suffix}-{orientation}.png"
        if not picture.save(str(target)):
            raise OSError(f"could not write {target}")
        print(target)


def make_station(db, settings, pepper: bytes, *, printing: bool = False) -> NurseStation:
    if printing:
        services = NurseServices.from_settings(
            db, settings, pepper=pepper, print_backend=lambda: printer_for(settings)
        )
    else:
        services = NurseServices(
            db.session_factory,
            zone=settings.clinic.timezone,
            lockout=lockout_policy(settings.staff),
            policy=pin_policy(settings.staff),
            pepper=pepper,
            data_dir=settings.data_dir,
            backup=lambda dest: backup_database(db, dest),
        )
    station = NurseStation(services, idle_seconds=3600)
    station.resize(*SIZES["landscape"])
    station.show()
    return station


def sign_in(station: NurseStation, name: str) -> None:
    code = DEMO_ADMIN_CODE if name == "Demo Admin" else DEMO_NURSE_CODE
    wait_until(lambda: station.stack.currentWidget() is station.signin_page)
    for digit in code:
        station.signin_page.pinpad.press(digit)
    for digit in DEMO_PIN:
        station.signin_page.pinpad.press(digit)
    station.signin_page.pinpad.ok_button.click()
    wait_until(lambda: station.staff is not None)


def main(out: Path, languages: tuple[str, ...] = ("en", "es")) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Clinic Kiosk")
    switcher = LanguageSwitcher()
    for lang in languages:
        switcher.set_language(lang)
        shoot(out, lang)
    switcher.set_language("en")
    return 0


def shoot(out: Path, lang: str) -> None:
    """Every nurse screen in ``lang``, each in both orientations."""
    with tempfile.TemporaryDirectory(prefix="nurse-shots-") as tmp:
        config = Path(tmp) / "kiosk.toml"
        config.write_text('[printing]\nbackend = "folder"\n', encoding="utf-8")
        env = {
            "CLINIC_KIOSK_DATA_DIR": tmp,
            "CLINIC_KIOSK_DB": f"sqlite:///{tmp}/demo.sqlite3",
            "CLINIC_KIOSK_CONFIG": str(config),
        }
        settings = load_settings(environ=env)
        # the demo clinic, where the published demo PIN is accepted (as kiosk.cli.demo_settings)
        settings = dataclasses.replace(
            settings, staff=dataclasses.replace(settings.staff, demo_pin_allowed=True)
        )
        pepper = load_pepper(settings.staff.pepper_path)

        empty = open_database(f"sqlite:///{tmp}/empty.sqlite3")
        attach_audit_key(empty, settings.data_dir / "empty")
        station = make_station(empty, settings, pepper)
        wait_until(lambda: station.stack.currentWidget() is station.setup_page)
        for orientation in SIZES:
            grab(station, out, "setup", orientation, lang)
        station.close()
        settle()
        empty.dispose()

        build_demo(settings, lambda: open_db(settings))
        db = open_db(settings)  # with the audit secret attached, as a station opens it
        station = make_station(db, settings, pepper, printing=True)
        wait_until(lambda: station.stack.currentWidget() is station.signin_page)
        for orientation in SIZES:
            grab(station, out, "signin", orientation, lang)
        for digit in DEMO_ADMIN_CODE + DEMO_PIN[:2]:  # the staff code, then the PIN begun
            station.signin_page.pinpad.press(digit)
        for orientation in SIZES:
            grab(station, out, "pin", orientation, lang)
        station.signin_page.reset()

        sign_in(station, "Demo Admin")
        if station.stack.currentWidget() is station.change_pin_page:  # the demo PIN is known
            for orientation in SIZES:
                grab(station, out, "change-pin", orientation, lang)
            station.show_today()
        wait_until(lambda: station.model.rowCount() >= 6)
        station.queue_page.table.selectRow(1)
        for orientation in SIZES:
            grab(station, out, "queue", orientation, lang)
        station.queue_page.on_header_clicked(Column.NAME)
        for orientation in SIZES:
            grab(station, out, "queue-sorted", orientation, lang)
        station.queue_page.order_by_attention()
        station.queue_page.day_picker.step(-1)  # the day picker: yesterday's queue
        wait_until(lambda: not station.model.rowCount())
        for orientation in SIZES:
            grab(station, out, "queue-day", orientation, lang)
        station.queue_page.day_picker.go_today()
        station.queue_page.search.setText("garcia")  # any part of the name, any accent
        station.queue_page.search_button.click()
        wait_until(lambda: station.model.rowCount() >= 1)
        for orientation in SIZES:
            grab(station, out, "search", orientation, lang)
        station.queue_page.show_today()
        wait_until(lambda: station.model.rowCount() >= 6)

        flagged = station.model.row_at(0)
        station.open_visit(flagged.visit_id)
        wait_until(lambda: station.stack.currentWidget() is station.visit_page)
        for orientation in SIZES:
            grab(station, out, "visit", orientation, lang)
        station.visit_page.close_button.click()
        closing = open_dialog(CloseVisitDialog)
        grab_over(station, closing, out, "close-visit", lang)
        closing.reject()

        station.visit_page.decide_button.click()
        station.decide_page.reason.setPlainText(TYPED[lang]["defer"])
        for orientation in SIZES:
            grab(station, out, "decide", orientation, lang)
        flags = station.decide_page.flags
        if flags.patient_words_button.isVisible():  # the patient's own words, one tap away
            flags.patient_words_button.click()
            for orientation in SIZES:
                grab(station, out, "decide-patient-words", orientation, lang)
            flags.patient_words_button.click()
        if not station.decide_page.confirm_reschedule.isHidden():
            station.decide_page.clear_button.click()  # refused: asks for the confirmation
            for orientation in SIZES:
                grab(station, out, "decide-confirm", orientation, lang)

        station.show_visit_page()
        station.visit_page.consent_button.click()
        wait_until(lambda: station.preview_dialog is not None, 30000)
        grab_dialog(station, out, "consent-preview", lang)
        station.preview_dialog.close()
        settle()

        clear_row = next(
            station.model.row_at(r)
            for r in range(station.model.rowCount())
            if not station.model.row_at(r).flag_count
        )
        decide(
            db.session_factory,
            clear_row.visit_id,
            actor=station.staff,
            decision=Decision.CLEAR,
            expected_version=clear_row.version,
        )
        station.open_visit(clear_row.visit_id)
        wait_until(
            lambda: (
                station.bundle is not None
                and station.bundle.detail.visit_id == clear_row.visit_id
                and station.stack.currentWidget() is station.visit_page
            )
        )
        station.visit_page.procedure_button.click()
        wait_until(lambda: not station.procedure_page.session_hint.text().endswith("…"))
        station.procedure_page.area_boxes[Area.FACE].setChecked(True)
        station.procedure_page.area_boxes[Area.EYES].setChecked(True)
        station.procedure_page.notes.setPlainText(TYPED[lang]["notes"])
        for orientation in SIZES:
            grab(station, out, "procedure", orientation, lang)
        station.procedure_page.record_button.click()
        wait_until(lambda: station.procedure_page.aftercare_button.isEnabled())
        for orientation in SIZES:
            grab(station, out, "procedure-recorded", orientation, lang)
        station.procedure_page.aftercare_button.click()
        wait_until(lambda: station.preview_dialog is not None, 30000)
        grab_dialog(station, out, "aftercare-preview", lang)
        station.preview_dialog.close()
        settle()
        corrections(station, out, lang)

        station.show_admin()
        wait_until(lambda: station.admin_page.staff_model.rowCount() >= 2)
        for orientation in SIZES:
            grab(station, out, "admin", orientation, lang)
        station.admin_page.tabs.setCurrentIndex(1)
        wait_until(lambda: station.admin_page.audit_model.rowCount() > 0)
        station.admin_page.verify_button.click()
        wait_until(lambda: station.admin_page.verify_result.kind == "ok")
        for orientation in SIZES:
            grab(station, out, "audit", orientation, lang)
        station.stop()
        station.close()
        settle()
        db.dispose()


def corrections(station: NurseStation, out: Path, lang: str) -> None:
    """On a completed visit: correct the procedure and the name (the page then offers the
    corrected documents), the merge dialog with a record found, the undo dialog."""
    page = station.visit_page
    station.show_visit_page()
    wait_until(lambda: page.correct_procedure_button.isEnabled())
    page.correct_procedure_button.click()
    fix = open_dialog(CorrectProcedureDialog)
    fix.area_boxes[Area.NECK].setChecked(True)
    fix.reason.setPlainText(TYPED[lang]["correct-procedure"])
    grab_over(station, fix, out, "correct-procedure", lang)
    fix.confirm_button.click()
    wait_until(lambda: page.reissue_bar.isVisible())
    page.correct_identity_button.click()
    name = open_dialog(CorrectIdentityDialog)
    name.first_name.setText("María")
    name.reason.setPlainText(TYPED[lang]["correct-identity"])
    grab_over(station, name, out, "correct-identity", lang)
    name.confirm_button.click()
    wait_until(lambda: page.reissue_bar.consent_button.isVisible())
    pause(300)  # the page re-reads the visit once per change: let the last reading lay out
    for orientation in SIZES:
        grab(station, out, "visit-corrected", orientation, lang)
    page.merge_button.click()
    merge = open_dialog(MergePatientDialog)
    merge.query.setText("Ruiz")
    merge.search_button.click()
    wait_until(lambda: merge.results.count() > 0)
    merge.results.setCurrentRow(0)
    merge.reason.setPlainText(TYPED[lang]["merge"])
    grab_over(station, merge, out, "merge", lang)
    merge.reject()
    page.undo_identity_button.click()
    undo = open_dialog(UndoIdentityDialog)
    undo.entries.setCurrentRow(0)
    grab_over(station, undo, out, "undo", lang)
    undo.reject()
    settle()


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else default))
