"""The services' sense of time: an injectable clock returning aware UTC instants."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kiosk.services.errors import ValidationError

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def now_from(clock: Clock) -> datetime:
    """Call ``clock`` and insist on an aware instant, returned in UTC."""
    at = clock()
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("the clock must return a timezone-aware datetime")
    return at.astimezone(UTC)


def zone_info(zone: str) -> ZoneInfo:
    """The clinic's IANA zone; an unknown name is a ValidationError, not a crash."""
    try:
        return ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError("zone", "unknown", f"unknown time zone {zone!r}") from exc


def local_day(at: datetime, zone: str) -> date:
    """The calendar day of ``at`` in the clinic's IANA zone."""
    return at.astimezone(zone_info(zone)).date()


def day_bounds_utc(day: date, zone: str) -> tuple[datetime, datetime]:
    """[start, end) of a clinic-zone calendar day, as aware UTC instants (DST-safe)."""
    tz = zone_info(zone)
    start = datetime.combine(day, time.min, tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time.min, tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)
