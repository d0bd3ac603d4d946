"""Dates and times as the nurse reads them: clinic time zone, the application's language.

Babel does the localisation (it is a core dependency already); the language follows Qt's
default ``QLocale`` so one switch of language changes every screen.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.dates import format_time as _babel_time
from babel.dates import parse_date
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit

ZoneSource = str | Callable[[], str]  # a zone, or where to read the clinic's zone as it is now


def zone_reader(zone: ZoneSource) -> Callable[[], str]:
    """The clinic's zone when called: a station follows a zone changed at another station."""
    return zone if callable(zone) else lambda: zone


@lru_cache(maxsize=16)
def _babel_locale(name: str) -> Locale:
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en")


def current_locale() -> Locale:
    """The Babel locale for Qt's default locale ("C" falls back to English)."""
    return _babel_locale(QLocale().name())


def format_date(day: date) -> str:
    """A date with the month in words, so 04/05 can never be misread ("12 Apr 1991")."""
    return _babel_date(day, format="medium", locale=current_locale())


def format_date_text(iso: object) -> str:
    """A date kept as ISO text (an audit record's before and after) in the reader's style;
    anything that is not an ISO date is shown as it is."""
    try:
        return format_date(date.fromisoformat(str(iso)))
    except ValueError:
        return str(iso)


def show_month_in_words(edit: QDateEdit) -> None:
    """A date field in the screen's language and its medium style, the month in words
    ("Apr 12, 1991", "12 abr 1991"), so 04/05 can never be misread while it is typed."""
    edit.setLocale(QLocale())
    pattern = current_locale().date_formats["medium"].pattern  # CLDR: "MMM d, y"
    edit.setDisplayFormat(re.sub(r"(?<![yY])[yY](?![yY])", "yyyy", pattern))


def format_time(at: datetime, zone: str) -> str:
    """Clock time of an aware instant in the clinic's zone ("9:05 AM")."""
    return _babel_time(at.astimezone(ZoneInfo(zone)), format="short", locale=current_locale())


def format_datetime(at: datetime, zone: str) -> str:
    """Date and clock time of an aware instant in the clinic's zone."""
    return _babel_datetime(at.astimezone(ZoneInfo(zone)), format="medium", locale=current_locale())


def short_hash(sha256: str, length: int = 12) -> str:
    """The first characters of a hex digest, grouped by four for reading aloud."""
    head = sha256[:length]
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))


def language_name(code: str) -> str:
    """A content language in the reader's words ("Spanish"), or the code if unknown."""
    try:
        name = Locale.parse(code).get_display_name(current_locale())
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:] if name else code


def reader_language() -> str:
    """The language the nurse reads (the screen's), as a content language code ("es")."""
    return current_locale().language or "en"


def parse_search(text: str) -> tuple[str | None, date | None]:
    """A typed search: a date of birth (ISO or the reader's style) or the start of a name."""
    text = text.strip()
    if not text:
        return None, None
    if any(ch.isdigit() for ch in text):
        try:
            return None, date.fromisoformat(text)
        except ValueError:
            pass
        try:
            return None, parse_date(text, locale=current_locale())
        except (ValueError, IndexError):
            return text, None
    return text, None
