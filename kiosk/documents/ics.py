"""The next-session window as an iCalendar event (RFC 5545): for the QR code and an .ics file.

All-day event: ``DTSTART`` is the first day, ``DTEND`` the day after the last (exclusive).
No URL and no patient data beyond what the sheet already shows; the UID and DTSTAMP derive
from the event itself so the same plan always gives the same bytes.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
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


def next_session_event(first: date, last: date, summary: str, description: str = "") -> str:
    """A VCALENDAR holding one all-day VEVENT from ``first`` to ``last`` inclusive."""
    if last < first:
        raise ValueError("the window ends before it starts")
    uid_seed = f"{first.isoformat()}|{last.isoformat()}|{summary}".encode()
    uid = hashlib.sha256(uid_seed).hexdigest()[:32] + "@clinic-kiosk"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//clinic-kiosk//aftercare//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{first:%Y%m%d}T000000Z",
        f"DTSTART;VALUE=DATE:{first:%Y%m%d}",
        f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{_escape(description)}")
    lines += ["TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"]
    return "".join(folded + "\r\n" for line in lines for folded in _fold(line))


def write_ics(path: Path, calendar: str) -> Path:
    return write_private(path, calendar.encode("utf-8"))  # owner-only, atomic
