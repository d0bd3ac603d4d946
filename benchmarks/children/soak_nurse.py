"""Soak child: the real nurse station (ui.stations.build_nurse on the real store, offscreen)
opens N visit pages and, after every sixth, the aftercare preview of a completed visit, in one
process. The database is the one the kiosk soak filled (CLINIC_KIOSK_DATA_DIR); this child adds
a nurse and records procedures through the services first (not timed).

Usage: python benchmarks/children/soak_nurse.py N PREVIEWS
Prints ``action <n> <seconds> <rss KiB> <live objects or -1>`` per visit page (a page followed
by a preview counts both), then ``done``.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from benchmarks.children.patient_walk import wait_until
from benchmarks.children.soak_kiosk import rss_kib
from kiosk.config import load_settings
from kiosk.domain.aftercare import Area
from kiosk.domain.staff import Role
from kiosk.domain.visit import Decision
from kiosk.services.procedures import record_procedure
from kiosk.services.review import decide, visit_detail
from kiosk.services.signin import authenticate, lockout_policy
from kiosk.services.staff import create_staff
from kiosk.storage import models
from ui.nurse.station import NurseStation
from ui.stations import build_nurse
from ui.store import open_store
from ui.theme import Theme

PIN = "739154"


def prepare(settings, store, previews: int) -> tuple[str, list[int], list[int]]:
    """A nurse (their staff code), the visits to page through, ``previews`` completed visits."""
    sf = store.database.session_factory
    nurse = create_staff(
        sf, name="Soak Nurse", pin=PIN, role=Role.ADMIN, actor=None, pepper=store.pepper
    )
    actor = authenticate(
        sf,
        code=nurse.code,
        pin=PIN,
        station="benchmark",
        pepper=store.pepper,
        lockout=lockout_policy(settings.staff),
    )
    with sf() as session:
        visits = list(session.scalars(select(models.Visit.id).order_by(models.Visit.id)))
    if not visits:
        raise RuntimeError("no visits: run the kiosk soak on this data folder first")
    from kiosk.content import load_content

    completed = []
    for visit_id in visits[:previews]:
        checklist = load_content("en").checklist
        detail = visit_detail(sf, visit_id, actor=actor, checklist=checklist)
        version = decide(
            sf,
            visit_id,
            actor=actor,
            decision=Decision.CLEAR,
            expected_version=detail.version,
        )
        record_procedure(
            sf,
            visit_id,
            actor=actor,
            areas=frozenset({Area.FACE}),
            session_number=1,
            notes="",
            expected_version=version,
        )
        completed.append(visit_id)
    return nurse.code, visits, completed


def sign_in(app: QApplication, station: NurseStation, code: str) -> None:
    """The staff code, then the PIN, on the pad, as a nurse types them."""
    page = station.signin_page
    wait_until(app, lambda: station.stack.currentWidget() is page)
    page.reset()
    for digit in code + PIN:
        page.pinpad.digit_buttons[digit].click()
    page.pinpad.ok_button.click()
    wait_until(app, lambda: station.staff is not None)


def open_visit(app: QApplication, station: NurseStation, visit_id: int) -> None:
    station.open_visit(visit_id)
    wait_until(
        app,
        lambda: (
            station.stack.currentWidget() is station.visit_page
            and station.bundle is not None
            and station.bundle.detail.visit_id == visit_id
        ),
    )


def preview(app: QApplication, station: NurseStation) -> None:
    before = station.preview_dialog
    station.visit_page.aftercare_button.click()
    wait_until(
        app, lambda: station.preview_dialog is not before and station.preview_dialog is not None
    )
    dialog = station.preview_dialog
    wait_until(app, dialog.isVisible)
    dialog.reject()  # the nurse closes it without printing
    wait_until(app, lambda: not dialog.isVisible())


def main(n: int, previews: int) -> int:
    settings = load_settings()
    app = QApplication(sys.argv[:1])
    Theme(app).apply()
    store = open_store(settings)
    code, visits, completed = prepare(settings, store, previews)
    station = build_nurse(settings, store)
    station.resize(1280, 800)
    station.show()
    sign_in(app, station, code)
    every = max(1, n // max(1, previews))
    shown = 0
    for number in range(1, n + 1):
        start = time.perf_counter()
        with_preview = number % every == 0 and shown < len(completed)
        if with_preview:
            open_visit(app, station, completed[shown])
            preview(app, station)
            shown += 1
        else:
            open_visit(app, station, visits[number % len(visits)])
        station.show_queue()
        seconds = time.perf_counter() - start
        objects = len(gc.get_objects()) if number % 25 == 0 else -1
        print(f"action {number} {seconds:.4f} {rss_kib()} {objects}", flush=True)
    print(f"done {shown} previews", flush=True)
    station.stop()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30000)
    store.database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(
        main(
            int(sys.argv[1]) if len(sys.argv) > 1 else 300,
            int(sys.argv[2]) if len(sys.argv) > 2 else 50,
        )
    )
