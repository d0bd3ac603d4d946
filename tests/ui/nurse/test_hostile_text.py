"""Hostile names and reasons on every nurse page: shown exactly as stored, never as markup.

Every name of the robustness corpus that the check-in accepts (markup, right-to-left
scripts, joiners, SQL, very long text) becomes a patient; reasons and notes from the free
text corpus (bidi overrides, zero-width characters, tags) are stored with a deferral by a
nurse whose own name is hostile. Each visit is then shown on the queue, visit, decide and
procedure pages: every label showing that text is plain text, holds the stored text whole,
and isolates it (FSI ... PDI) where it carries right-to-left letters or direction controls.
"""

from __future__ import annotations

import unicodedata
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.domain.patient import Identity
from kiosk.domain.staff import Role
from kiosk.domain.visit import Decision
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import ValidationError
from kiosk.services.review import decide, list_queue, visit_detail
from kiosk.services.staff import create_staff
from tests.fixtures.database import (
    TEST_DAY,
    TEST_PEPPER,
    TEST_PIN,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    make_submission,
    sign_in_staff,
)
from tests.robustness.corpus import FREE_TEXT, NAMES
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_queue_and_visit import open_visit
from ui.nurse.queue_model import Column

FSI, PDI = "\u2068", "\u2069"
MARKUP = ["<font color=red>Ana</font>", "<b>Bea</b>", "<img src=x>", "<a href=x>Eva</a>"]
REASONS = [
    *MARKUP,
    "<font color=red>STOP</font> <b>now</b> <img src=x>",
    "\u202egnp.exe",  # right-to-left override
    "Ana\u200b\u200cMaría\u2060",  # zero-width characters inside words
    "Mixed עברית and English and العربية 123",
    "x" * 3000,
    *FREE_TEXT,
]
_REORDERING = {"R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI"}


def reorders(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _REORDERING for ch in text)


def shown_whole(stored: str, shown: str) -> bool:
    """The stored text appears whole; isolated if it could reorder the line around it."""
    if reorders(stored) and shown != stored:
        return f"{FSI}{stored}{PDI}" in shown
    return stored in shown


def accepted_names() -> list[str]:
    names = []
    for name in [*MARKUP, *NAMES]:
        try:
            Identity.create(name, "García", date(1990, 5, 17), TEST_DAY)
        except (ValueError, ValidationError):
            continue
        names.append(name)
    return names


def labels_showing(widget, text: str) -> list[QLabel]:
    return [label for label in widget.findChildren(QLabel) if text and text in label.text()]


def test_hostile_text_is_shown_as_stored_on_every_nurse_page(
    qtbot, make_station, admin, session_factory
):
    hostile_member = create_staff(
        session_factory,
        name="<font color=red>Rosa</font> محمد",
        pin=TEST_PIN,
        role=Role.NURSE,
        actor=admin,
        pepper=TEST_PEPPER,
        clock=fixed_clock(),
    )
    hostile_nurse = sign_in_staff(session_factory, hostile_member.code)
    checklist = build_checklist()
    names = accepted_names()
    assert {"<font color=red>Ana</font>", "<b>Ana</b>", "محمد"} <= set(names)
    visits = []
    reasons_used = []
    for number, name in enumerate(names):
        submission = make_submission(checklist, first_name=name, last_name="García")
        visit_id = submit_checkin(
            session_factory, submission, checklist=checklist, zone=TEST_ZONE, clock=fixed_clock()
        ).visit_id
        reason = REASONS[number % len(REASONS)]
        note = REASONS[(number + 7) % len(REASONS)]
        try:
            decide(
                session_factory,
                visit_id,
                actor=hostile_nurse,
                decision=Decision.DEFER,
                expected_version=1,
                reason=reason,
                note=note,
                clock=fixed_clock(),
            )
            reasons_used.append(reason)
        except ValidationError:
            pass  # refused by the service (invisible, too long, control): nothing to show
        visits.append(visit_id)
    assert len(reasons_used) > len(names) // 2
    assert any("<font" in r for r in reasons_used) and any("\u202e" in r for r in reasons_used)

    station = make_station()
    station.resize(1280, 800)
    signed_in(qtbot, station, hostile_member)
    who = station.who  # elided when long; the whole line is its tooltip and accessible name
    assert who.textFormat() == Qt.TextFormat.PlainText
    assert shown_whole(hostile_nurse.name, who.full_text)
    assert who.toolTip() == who.full_text

    rows = list_queue(session_factory, TEST_DAY, actor=admin, zone=TEST_ZONE)
    queue = {r.visit_id: r for r in rows}
    qtbot.waitUntil(lambda: station.model.rowCount() == len(visits), timeout=10000)
    for row in range(station.model.rowCount()):
        stored = queue[station.model.row_at(row).visit_id]
        shown = station.model.index(row, Column.NAME).data()
        assert shown == f"{stored.first_name} {stored.last_name}"

    problems: list[str] = []
    for visit_id in visits:
        detail = visit_detail(session_factory, visit_id, actor=admin, checklist=build_checklist)
        full_name = f"{detail.patient.first_name} {detail.patient.last_name}"
        open_visit(qtbot, station, visit_id)
        station.show_decide()
        decide_title = station.decide_page.title.text()
        station.procedure_page.show_visit(detail)  # its title, as a nurse would see it
        page = station.visit_page
        expected = {
            "visit title": (full_name, page.title),
            "decide title": (full_name, station.decide_page.title),
            "procedure title": (full_name, station.procedure_page.title),
        }
        if detail.consent is not None:
            expected["consent"] = (detail.consent.typed_name, page.consent_text)
        for review in detail.reviews:
            expected["reviewer"] = (review.staff_name, page.history_text)
            if review.reason:
                expected["reason"] = (review.reason, page.history_text)
            if review.note:
                expected["note"] = (review.note, page.history_text)
        for what, (stored, label) in expected.items():
            if label.textFormat() != Qt.TextFormat.PlainText:
                problems.append(f"{what} of visit {visit_id} is not plain text")
            if not shown_whole(stored, label.text()):
                problems.append(f"{what} of visit {visit_id}: {stored[:40]!r} not shown whole")
        assert decide_title == station.decide_page.title.text()
        for widget in (page, station.decide_page, station.procedure_page):
            for label in labels_showing(widget, full_name):
                if label.textFormat() != Qt.TextFormat.PlainText:
                    problems.append(f"{label.objectName() or label} shows the name as markup")
            assert not widget.grab().isNull()  # it renders, whatever the text
    assert problems == []
