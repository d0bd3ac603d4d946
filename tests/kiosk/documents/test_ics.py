"""The next-session window as an iCalendar all-day event."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.documents.ics import next_session_event


def test_all_day_event_with_exclusive_end():
    cal = next_session_event(date(2026, 12, 2), date(2026, 12, 31), "Next session")
    lines = cal.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert "DTSTART;VALUE=DATE:20261202" in lines
    assert "DTEND;VALUE=DATE:20270101" in lines  # the day after the last day, over a year end
    assert lines.count("BEGIN:VEVENT") == 1


def test_text_is_escaped_and_long_lines_folded():
    summary = "Próxima sesión; clínica, " + "x" * 100
    cal = next_session_event(date(2026, 3, 11), date(2026, 3, 25), summary)
    lines = cal.split("\r\n")
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = cal.replace("\r\n ", "")
    assert "SUMMARY:Próxima sesión\\; clínica\\, " + "x" * 100 in unfolded


def test_same_window_same_bytes_and_a_window_cannot_end_before_it_starts():
    a = next_session_event(date(2026, 3, 11), date(2026, 3, 25), "S")
    assert a == next_session_event(date(2026, 3, 11), date(2026, 3, 25), "S")
    with pytest.raises(ValueError):
        next_session_event(date(2026, 3, 25), date(2026, 3, 11), "S")
