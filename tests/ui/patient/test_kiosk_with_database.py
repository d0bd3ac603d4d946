"""The kiosk bound to the real check-in service on a fresh SQLite file."""

from __future__ import annotations

from kiosk.services.checkin import find_returning_patient
from kiosk.services.name_search import search_visits
from tests.fixtures.database import signed_in_admin
from tests.ui.patient.walk import check_in, enter_birth, enter_names, tap
from ui.patient.flow import Step
from ui.patient.kiosk_view import PatientKiosk
from ui.tasks import pending_tasks

ZONE = "America/New_York"


def make(qtbot, database) -> PatientKiosk:
    kiosk = PatientKiosk.for_services(
        lambda: database.session_factory,
        zone=ZONE,
        clinic_name="Riverside Skin Clinic",
        station="tablet-1",
    )
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    return kiosk


def stop(kiosk: PatientKiosk) -> None:
    kiosk.idle.stop()
    kiosk.idle.uninstall()
    kiosk.done_timer.stop()


def test_check_in_is_stored_once_and_recognised_next_time(qtbot, sqlite_database):
    kiosk = make(qtbot, sqlite_database)
    receipts = []
    kiosk.checkin_saved.connect(receipts.append)
    check_in(qtbot, kiosk, "Ana María", "O'Neil-Pérez")
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE, timeout=10000)
    assert receipts[0].created

    # a retry of the same submission (the network hiccup case) is not a second visit
    again = kiosk._submit(kiosk.flow.draft.submission)
    assert again.visit_id == receipts[0].visit_id and not again.created
    nurse = signed_in_admin(sqlite_database.session_factory)
    rows = search_visits(sqlite_database.session_factory, actor=nurse, text="o'neil-pérez")
    assert [(r.first_name, r.last_name, r.flag_count) for r in rows] == [
        ("Ana María", "O'Neil-Pérez", 1)
    ]
    identity = kiosk.flow.draft.identity
    found = find_returning_patient(sqlite_database.session_factory, identity)
    assert found is not None and found.previous_visits == 1
    stop(kiosk)

    # the same patient on the next visit: the screens say exactly what they say to anyone
    kiosk.wipe()
    first_time = screen_words(qtbot, kiosk, "Zoe", "Newcomer")
    kiosk.wipe()
    again = screen_words(qtbot, kiosk, "ana maría", "o'neil-pérez")
    assert again == first_time
    assert not any("welcome back" in words.lower() for words in again)
    stop(kiosk)


def screen_words(qtbot, kiosk: PatientKiosk, first: str, last: str) -> list[str]:
    """Every visible word on the first question after this name and the same birth date."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, first, last)
    enter_birth(qtbot, kiosk, 7, 3, 1991)
    assert kiosk.flow.step is Step.QUESTION
    assert pending_tasks() == 0  # nothing was looked up behind the screen either
    return [
        w.text()
        for w in kiosk.findChildren(QLabel) + kiosk.findChildren(QAbstractButton)
        if w.isVisible()
    ]
