"""The interval between procedures, checked at the point of care.

The clinic's leaflet: "skin sufficiently resurfaces after 1-3 Medical Micro-Needling
procedures. To allow skin cell regeneration, one should wait at least 6-8 weeks between
procedures. As aging continues, we recommend one refresher treatment every year."

From that, for a visit's procedure date and the patient's earlier completed procedures:
under 6 weeks since the last one is a reschedule flag with the earliest date; 6 to 8 weeks a
nurse review; a session past the third an advice line; a year or more since the last one a
refresher note. The numbers are clinic-editable content (``interval.toml``); these defaults
are the leaflet's. Like the checklist, this advises: the nurse decides.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kiosk.domain.checklist import Outcome


class IntervalCode(StrEnum):
    TOO_SOON = "too_soon"  # under the minimum interval: reschedule
    REVIEW = "review"  # inside the 6-8 week window: a nurse decides
    BEYOND_ADVISED = "beyond_advised"  # more sessions than the leaflet's 1-3: advice
    REFRESHER = "refresher"  # a year or more since the last session: a note


@dataclass(frozen=True, slots=True)
class IntervalRules:
    """Thresholds, in the leaflet's own units."""

    reschedule_before_weeks: int = 6
    review_before_weeks: int = 8
    advised_sessions: int = 3
    refresher_after_years: int = 1

    def __post_init__(self) -> None:
        if not 0 < self.reschedule_before_weeks <= self.review_before_weeks:
            raise ValueError("reschedule_before_weeks must be above 0 and at most review weeks")
        if self.advised_sessions < 1 or self.refresher_after_years < 1:
            raise ValueError("advised_sessions and refresher_after_years start at 1")


LEAFLET_RULES = IntervalRules()


@dataclass(frozen=True, slots=True)
class IntervalFlag:
    """One finding; ``outcome`` is None for advice and notes that ask nothing of the clinic."""

    code: IntervalCode
    outcome: Outcome | None
    last_procedure: date | None = None
    weeks_since: int | None = None  # whole weeks from the last procedure to this one
    session_number: int | None = None  # the session this visit would be
    earliest: date | None = None  # the first date past the minimum interval


@dataclass(frozen=True, slots=True)
class IntervalCheck:
    flags: tuple[IntervalFlag, ...]
    last_procedure: date | None
    earlier_sessions: int  # completed procedures before this visit's date

    @property
    def outcome(self) -> Outcome | None:
        outcomes = [f.outcome for f in self.flags if f.outcome is not None]
        return max(outcomes, key=lambda o: o.severity, default=None)

    @property
    def earliest(self) -> date | None:
        return max((f.earliest for f in self.flags if f.earliest), default=None)


NO_EARLIER_PROCEDURE = IntervalCheck((), None, 0)


def add_years(day: date, years: int) -> date:
    """The same day ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def check_interval(
    rules: IntervalRules, procedure_date: date, earlier: Iterable[date]
) -> IntervalCheck:
    """``earlier``: the dates of the patient's completed procedures (any order; later ones and
    this date's own are ignored, so a completed visit reads as it did before its procedure)."""
    before = sorted(d for d in earlier if d < procedure_date)
    if not before:
        return NO_EARLIER_PROCEDURE
    last = before[-1]
    days = (procedure_date - last).days
    weeks = days // 7
    flags: list[IntervalFlag] = []
    if days < rules.reschedule_before_weeks * 7:
        earliest = last + timedelta(weeks=rules.reschedule_before_weeks)
        flags.append(
            IntervalFlag(IntervalCode.TOO_SOON, Outcome.RESCHEDULE, last, weeks, earliest=earliest)
        )
    elif days < rules.review_before_weeks * 7:
        flags.append(IntervalFlag(IntervalCode.REVIEW, Outcome.NURSE_REVIEW, last, weeks))
    refresher = procedure_date >= add_years(last, rules.refresher_after_years)
    if refresher:
        flags.append(IntervalFlag(IntervalCode.REFRESHER, None, last, weeks))
    elif len(before) >= rules.advised_sessions:
        flags.append(IntervalFlag(IntervalCode.BEYOND_ADVISED, None, last, weeks, len(before) + 1))
    return IntervalCheck(tuple(flags), last, len(before))


@dataclass(frozen=True, slots=True)
class IntervalTexts:
    """The words for each finding in one language, from ``interval.toml``.

    Placeholders: {last} {earliest} (dates in the reader's style), {weeks}, {session},
    {min_weeks} {max_weeks} {advised} (the thresholds).
    """

    language: str
    version: str
    source: str
    rules: IntervalRules
    reasons: dict[IntervalCode, str]

    def reason(
        self, flag: IntervalFlag, format_date: Callable[[date], str] = date.isoformat
    ) -> str:
        values = {
            "last": format_date(flag.last_procedure) if flag.last_procedure else "",
            "earliest": format_date(flag.earliest) if flag.earliest else "",
            "weeks": str(flag.weeks_since if flag.weeks_since is not None else ""),
            "session": str(flag.session_number or ""),
            "min_weeks": str(self.rules.reschedule_before_weeks),
            "max_weeks": str(self.rules.review_before_weeks),
            "advised": str(self.rules.advised_sessions),
        }
        text = self.reasons[flag.code]
        for name, value in values.items():
            text = text.replace("{" + name + "}", value)
        return text


PLACEHOLDERS = frozenset(
    {"last", "earliest", "weeks", "session", "min_weeks", "max_weeks", "advised"}
)
