"""Screenshots of the clinic setup, printer and print-jobs pages, and the documents as printed.

Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots_setup.py [out_dir]
Writes docs/screenshots/nurse-<page>[-es]-<orientation>.png for the pages clinic-setup,
clinic-settings, printer and print-jobs, in English and (-es) Spanish, each at 1280x800
(landscape) and 800x1280 (portrait); and aftercare-en.png, aftercare-es.png,
aftercare-names.png, consent-en.png, consent-es.png, consent-names.png, test-page.png rendered
with pdftoppm. The printer pages list the real CUPS queues when cupsd runs (the script adds a
paused queue of its own, and removes it, to show a printer's trouble).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication

from kiosk.cli import open_db
from kiosk.config import Settings, load_settings
from kiosk.demo import build_demo
from kiosk.printing.cups import CupsBackend
from kiosk.printing.factory import backend_for
from kiosk.services.audit_secret import attach_audit_key
from kiosk.services.clinic_admin import ClinicAdmin
from kiosk.services.staff import load_pepper
from kiosk.storage import open_database
from scripts.screenshots_nurse import SIZES, make_station, settle, sign_in, wait_until
from ui.i18n import LanguageSwitcher
from ui.nurse.clinic_pages import attach_clinic_pages
from ui.stations import system_printers

PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"


def grab(widget, out: Path, name: str, orientation: str) -> None:
    width, height = SIZES[orientation]
    widget.resize(width, height)
    settle()
    target = out / f"{name}-{orientation}.png"
    if not widget.grab().save(str(target)):
        raise OSError(f"could not write {target}")
    print(target)


def pdf_png(pdf: bytes, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "doc.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-singlefile", str(source), str(target)[:-4]],
            check=True,
        )
    print(target)


def documents(out: Path, settings) -> None:
    from kiosk.documents.preview import preview_aftercare_pdf, preview_consent_pdf
    from kiosk.documents.test_page import TestPageData, render_test_page

    day = date(2026, 12, 1)
    sheets = (  # file, patient name, treated areas, session, language
        ("aftercare-en.png", "Ana García", ("face", "eyes"), 1, "en"),
        ("aftercare-es.png", "María José Núñez", ("face", "eyes"), 2, "es"),
        ("aftercare-names.png", "محمد علي · דוד · 山田 𠮷 · Zoë 😀", ("face",), 1, "en"),
    )
    for file, name, areas, session, language in sheets:
        pdf = preview_aftercare_pdf(
            settings,
            name=name,
            procedure_date=day,
            areas=areas,
            session=session,
            language=language,
        )
        pdf_png(pdf, out / file)
    pdf_png(
        preview_consent_pdf(settings, name="Ana García", procedure_date=day, language="en"),
        out / "consent-en.png",
    )
    pdf_png(
        preview_consent_pdf(settings, name="María José Núñez", procedure_date=day, language="es"),
        out / "consent-es.png",
    )
    pdf_png(
        preview_consent_pdf(
            settings, name="محمد علي · דוד · 山田 𠮷 · Zoë 😀", procedure_date=day, language="en"
        ),
        out / "consent-names.png",
    )
    pdf_png(
        render_test_page(TestPageData(settings.clinic.name, "KioskPDF", "letter", "en")),
        out / "test-page.png",
    )


def first_run(out: Path, settings, pepper: bytes, folder: Path, suffix: str) -> None:
    """The clinic step after the first administrator, on an empty database."""
    empty = open_database(f"sqlite:///{folder}/empty.sqlite3")
    attach_audit_key(empty, folder)
    station = make_station(empty, settings, pepper)
    pages = attach_clinic_pages(
        station,
        ClinicAdmin(empty.session_factory, settings, backend_for, system_printers),
        settings.clinic.timezone,
    )
    wait_until(lambda: station.stack.currentWidget() is station.setup_page)
    setup = station.setup_page
    setup.name.setText("Ana Torres")
    setup.pin.setText("582917")
    setup.repeat.setText("582917")
    setup.create_button.click()
    wait_until(lambda: station.stack.currentWidget() is pages.setup)
    wait_until(lambda: pages.setup.save_button.isEnabled())
    form = pages.setup.form
    form.name.setText("Bright Skin Clinic")
    form.address.setText("12 Example Street, Springfield")
    form.phone.setText("+1 555 0100")
    for orientation in SIZES:
        grab(station, out, f"nurse-clinic-setup{suffix}", orientation)
    station.close()
    empty.dispose()


def queue_print_jobs(db, settings, paused: str) -> None:
    """One job stuck on the paused queue and one printed, for the print-jobs page."""
    from kiosk.services.documents import print_document, render_consent_record

    shown = dataclasses.replace(
        settings,
        clinic=dataclasses.replace(settings.clinic, name="Bright Skin Clinic", phone="+1 555 0100"),
    )
    document = render_consent_record(db.session_factory, 1, settings=shown, actor=None)
    for printer, timeout in ((paused, 1), ("KioskPDF", 30)):
        print_document(
            db.session_factory,
            document,
            backend=CupsBackend(),
            printer=printer,
            timeout=timeout,
            actor=None,
        )


def our_printers(paused: str) -> Callable[[Settings], list[str]]:
    """The system's queues this script knows (KioskPDF and its paused one): a test running
    beside it may add a queue of its own for a moment, which the pictures should not show."""
    return lambda settings: [p for p in system_printers(settings) if p in ("KioskPDF", paused)]


def admin_pages(
    out: Path, db, settings, pepper: bytes, suffix: str, cups: bool, paused: str
) -> None:
    """Clinic settings, the printer and the print jobs, as the demo administrator sees them."""
    station = make_station(db, settings, pepper)
    pages = attach_clinic_pages(
        station,
        ClinicAdmin(db.session_factory, settings, backend_for, our_printers(paused)),
        settings.clinic.timezone,
    )
    sign_in(station, "Demo Admin")
    station.stack.setCurrentWidget(station.admin_page)
    tabs = station.admin_page.tabs
    for page, name, ready in (
        (pages.settings, "nurse-clinic-settings", lambda: pages.settings.form.name.text()),
        (pages.printer, "nurse-printer", lambda: pages.printer.list.count() > 1),
        (pages.jobs, "nurse-print-jobs", lambda: pages.jobs.model.rowCount() or not cups),
    ):
        tabs.setCurrentWidget(page)
        wait_until(ready, 20000)
        if page is pages.jobs and pages.jobs.model.rowCount():
            pages.jobs.table.selectRow(pages.jobs.model.rowCount() - 1)
        for orientation in SIZES:
            grab(station, out, f"{name}{suffix}", orientation)
    station.close()


def main(out: Path, languages: tuple[str, ...] = ("en", "es")) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Clinic Kiosk")
    switcher = LanguageSwitcher()
    cups = shutil.which("lpadmin") is not None and Path(PPD).exists()
    paused = f"Paused{uuid.uuid4().hex[:4]}"
    if cups:
        subprocess.run(
            ["lpadmin", "-p", paused, "-v", "cups-pdf:/", "-E", "-P", PPD],
            capture_output=True,
            check=False,
        )
        subprocess.run(
            ["cupsdisable", "-r", "out of paper", paused], capture_output=True, check=False
        )
    try:
        with tempfile.TemporaryDirectory(prefix="setup-shots-") as tmp:
            env = {"CLINIC_KIOSK_DATA_DIR": tmp, "CLINIC_KIOSK_DB": f"sqlite:///{tmp}/d.sqlite3"}
            settings = load_settings(environ=env)
            pepper = load_pepper(settings.staff.pepper_path)
            for lang in languages:
                switcher.set_language(lang)
                folder = Path(tmp) / f"empty-{lang}"
                folder.mkdir()
                first_run(out, settings, pepper, folder, suffix(lang))
            build_demo(settings, lambda: open_db(settings))
            db = open_db(settings)  # with the audit secret attached, as a station opens it
            if cups:
                queue_print_jobs(db, settings, paused)
            for lang in languages:
                switcher.set_language(lang)
                admin_pages(out, db, settings, pepper, suffix(lang), cups, paused)
            switcher.set_language("en")
            db.dispose()
            shown = dataclasses.replace(
                settings,
                clinic=dataclasses.replace(
                    settings.clinic,
                    name="Bright Skin Clinic",
                    phone="+1 555 0100",
                    address="12 Example Street",
                ),
            )
            documents(out, shown)
    finally:
        if cups:
            subprocess.run(["lpadmin", "-x", paused], capture_output=True, check=False)
    return 0


def suffix(lang: str) -> str:
    return "" if lang == "en" else f"-{lang}"


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    raise SystemExit(main(target))
