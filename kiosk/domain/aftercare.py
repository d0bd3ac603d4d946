"""The aftercare plan: the leaflet's instructions laid onto the patient's own calendar.

Pure date arithmetic on calendar dates (``datetime.date``): the procedure's local date is fixed
by the caller in the clinic's zone (see :func:`local_procedure_date`), so a DST change or a
month end cannot shift a section by a day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo


class Area(StrEnum):
    """Treated areas the nurse can record; EYES is "around the eyes"."""

    FACE = "face"
    NECK = "neck"
    HANDS = "hands"
    EYES = "eyes"


@dataclass(frozen=True, slots=True)
class AftercareParagraph:
    text: str
    requires_area: Area | None = None  # shown only when this area was treated


@dataclass(frozen=True, slots=True)
class AftercareSection:
    """A stretch of days after the procedure; day 0 is the procedure day itself."""

    key: str
    title: str
    start_day: int
    end_day: int | None  # None: open-ended ("day 7 onward"); equal to start_day: one day
    paragraphs: tuple[AftercareParagraph, ...]


@dataclass(frozen=True, slots=True)
class AftercareContent:
    version: str
    language: str
    title: str
    sections: tuple[AftercareSection, ...]
    next_session_title: str
    next_session_text: str  # may use {from} and {to}
    refresher_title: str
    refresher_text: str  # may use {date}
    questions_title: str
    questions_text: str  # may use {phone}
    next_session_weeks: tuple[int, int] = (6, 8)  # the leaflet's "at least 6-8 weeks"
    refresher_years: int = 1  # the leaflet's "one refresher treatment every year"
    sha256: str = ""


@dataclass(frozen=True, slots=True)
class DatedSection:
    key: str
    title: str
    start: date
    end: date | None  # None: open-ended
    paragraphs: tuple[str, ...]

    @property
    def single_day(self) -> bool:
        return self.end == self.start


@dataclass(frozen=True, slots=True)
class AftercarePlan:
    procedure_date: date
    areas: frozenset[Area]
    session_number: int
    sections: tuple[DatedSection, ...]
    next_session_from: date
    next_session_to: date
    refresher_on: date


class PlanError(ValueError):
    """A plan asked for with impossible inputs."""


def add_years(day: date, years: int) -> date:
    """Same calendar day ``years`` later; 29 February falls back to 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def local_procedure_date(at: datetime, zone: str) -> date:
    """The calendar date of an aware instant in the clinic's IANA zone."""
    if at.tzinfo is None:
        raise PlanError("the procedure time must carry a time zone")
    return at.astimezone(ZoneInfo(zone)).date()


def plan_aftercare(
    content: AftercareContent,
    procedure_date: date,
    areas: frozenset[Area] | set[Area],
    session_number: int,
) -> AftercarePlan:
    """Procedure date, treated areas and session number -> the dated timeline."""
    if not areas:
        raise PlanError("at least one treated area is needed for an aftercare plan")
    if session_number < 1:
        raise PlanError("the session number starts at 1")
    chosen = frozenset(areas)
    sections = tuple(_dated(section, procedure_date, chosen) for section in content.sections)
    first, last = content.next_session_weeks
    return AftercarePlan(
        procedure_date=procedure_date,
        areas=chosen,
        session_number=session_number,
        sections=sections,
        next_session_from=procedure_date + timedelta(weeks=first),
        next_session_to=procedure_date + timedelta(weeks=last),
        refresher_on=add_years(procedure_date, content.refresher_years),
    )


def _dated(section: AftercareSection, day0: date, areas: frozenset[Area]) -> DatedSection:
    end = None if section.end_day is None else day0 + timedelta(days=section.end_day)
    return DatedSection(
        key=section.key,
        title=section.title,
        start=day0 + timedelta(days=section.start_day),
        end=end,
        paragraphs=tuple(
            p.text
            for p in section.paragraphs
            if p.requires_area is None or p.requires_area in areas
        ),
    )
