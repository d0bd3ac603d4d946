"""The next-session window as an iCalendar all-day event (RFC 5545), read back with the
``icalendar`` package; and the sheet's QR code read back with a real decoder."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime

import icalendar
import pytest

from kiosk.documents.aftercare import build_aftercare_sheet
from kiosk.documents.ics import PRODID, next_session_event
from kiosk.domain.aftercare import Area, plan_aftercare
from tests.kiosk.documents.sample_content import aftercare_en, aftercare_es

CREATED = datetime(2026, 1, 28, 15, 4, 5, tzinfo=UTC)


def parse(text: str) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(text)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_all_day_event_with_exclusive_end():
    cal = next_session_event(date(2026, 12, 2), date(2026, 12, 31), "Next session")
    lines = cal.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    event = parse(cal)
    assert event.decoded("DTSTART") == date(2026, 12, 2)
    assert event.decoded("DTEND") == date(2027, 1, 1)  # the day after the last, over a year end


def test_text_is_escaped_and_long_lines_folded():
    summary = "Próxima sesión; clínica, " + "x" * 100
    cal = next_session_event(date(2026, 3, 11), date(2026, 3, 25), summary)
    assert all(len(line.encode()) <= 75 for line in cal.split("\r\n"))
    assert str(parse(cal)["SUMMARY"]) == summary


def test_same_window_same_bytes_and_a_window_cannot_end_before_it_starts():
    a = next_session_event(date(2026, 3, 11), date(2026, 3, 25), "S")
    assert a == next_session_event(date(2026, 3, 11), date(2026, 3, 25), "S")
    with pytest.raises(ValueError):
        next_session_event(date(2026, 3, 25), date(2026, 3, 11), "S")


@pytest.mark.parametrize(("content", "lang"), [(aftercare_en, "en"), (aftercare_es, "es")])
def test_the_sheets_calendar_file_per_rfc_5545(clinic, content, lang):
    plan = plan_aftercare(content(), date(2026, 1, 28), frozenset({Area.FACE}), 1)
    data = build_aftercare_sheet(
        content(), plan, patient_name="Ana", clinic=clinic, created=CREATED, event_id="visit-7"
    )
    calendar = icalendar.Calendar.from_ical(data.calendar)
    assert str(calendar["PRODID"]) == PRODID and not PRODID.endswith(("EN", "ES"))
    assert str(calendar["VERSION"]) == "2.0"
    event = parse(data.calendar)
    assert event.decoded("DTSTAMP") == CREATED  # when it was made, not the event's start
    assert event.decoded("DTSTART") == date(2026, 3, 11)
    assert str(event["LOCATION"]) == "Bright Skin Clinic, 12 Example Street"
    assert event["SUMMARY"].params["LANGUAGE"] == lang
    description = str(event["DESCRIPTION"])
    assert data.next_session_text in description  # what to avoid before the visit
    assert "555-0100" in description
    # a later reprint (another day, corrected areas) keeps the UID: one calendar entry
    again = build_aftercare_sheet(
        content(),
        plan_aftercare(content(), date(2026, 1, 28), frozenset({Area.NECK}), 1),
        patient_name="Ana",
        clinic=clinic,
        created=CREATED,
        event_id="visit-7",
    )
    assert parse(again.calendar)["UID"] == event["UID"]
    other = build_aftercare_sheet(
        content(), plan, patient_name="Ana", clinic=clinic, created=CREATED, event_id="visit-8"
    )
    assert parse(other.calendar)["UID"] != event["UID"]
    assert parse(data.qr_calendar)["UID"] == event["UID"]


def test_the_qr_code_says_it_is_utf8_so_a_reader_decodes_accents(clinic, tmp_path):
    """zbar decodes the ECI designator; without it, "próxima" came back as "pr籀xima"."""
    if shutil.which("zbarimg") is None:
        pytest.skip("zbar-tools (zbarimg) is not installed")
    from PIL import Image

    from kiosk.documents.qr import qr_matrix

    plan = plan_aftercare(aftercare_es(), date(2026, 1, 28), frozenset({Area.FACE}), 1)
    data = build_aftercare_sheet(aftercare_es(), plan, patient_name="Ana", clinic=clinic)
    matrix = qr_matrix(data.qr_calendar)
    size, scale = len(matrix), 6
    image = Image.new("L", (size * scale, size * scale), 255)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.paste(0, (x * scale, y * scale, (x + 1) * scale, (y + 1) * scale))
    path = tmp_path / "qr.png"
    image.save(path)
    out = subprocess.run(
        ["zbarimg", "--raw", "-q", str(path)], capture_output=True, timeout=30
    ).stdout.decode("utf-8")

    def lines(text: str) -> list[str]:
        return [line for line in text.replace("\r\n", "\n").split("\n") if line]

    assert lines(out) == lines(data.qr_calendar)
    assert "sesión" in out
