"""The next-session window as an iCalendar event (RFC 5545): for the QR code and an .ics file.

All-day event: ``DTSTART`` is the first day, ``DTEND`` the day after the last (exclusive).
No URL and no patient name; the UID and DTSTAMP derive from the visit and its recorded
procedure, so the same visit always gives the same bytes.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from kiosk.files import write_private


def _escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> list[str]:
    """Lines longer than 75 octets are folded (RFC 5545 §3.1), never inside a character."""
    out: list[str] = []
    current = ""
    for ch in line:
        limit = 75 if not out else 74
        if len((current + ch).encode("utf-8")) > limit:
            out.append(current)
            current = ch
        else:
            current += ch
    out.append(current)
    return [out[0], *(" " + rest for rest in out[1:])]


PRODID = "-//clinic-kiosk//aftercare calendar//"  # no language: the files are in several


def next_session_event(
    first: date,
    last: date,
    summary: str,
    description: str = "",
    *,
    created: datetime | None = None,
    uid_seed: str = "",
    location: str = "",
    language: str = "",
) -> str:
    """A VCALENDAR holding one all-day VEVENT from ``first`` to ``last`` inclusive.

    ``created`` (aware) is the DTSTAMP: when the event was made (the procedure's record), not
    its start; the UID derives from ``uid_seed`` (the visit), so a reprint or a corrected
    sheet updates the same calendar entry instead of adding a second one. LOCATION is the
    clinic, DESCRIPTION says what to avoid before the visit, LANGUAGE marks the text's language.
    """
    if last < first:
        raise ValueError("the window ends before it starts")
    seed = uid_seed or f"{first.isoformat()}|{last.isoformat()}|{summary}"
    uid = hashlib.sha256(seed.encode()).hexdigest()[:32] + "@clinic-kiosk"
    stamp = (created or datetime.combine(first, time(0), UTC)).astimezone(UTC)
    lang = f";LANGUAGE={language}" if language else ""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}",
        f"SUMMARY{lang}:{_escape(summary)}",
    ]
    if location:
        lines.append(f"LOCATION{lang}:{_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION{lang}:{_escape(description)}")
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"]
    return "".join(folded + "\r\n" for line in lines for folded in _fold(line))


def write_ics(path: Path, calendar: str) -> Path:
    return write_private(path, calendar.encode("utf-8"))  # owner-only, atomic
