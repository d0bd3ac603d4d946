"""The leaflet's interval rule: 6 weeks, 8 weeks, 1-3 sessions, a yearly refresher."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kiosk.domain.checklist import Outcome
from kiosk.domain.interval import (
    LEAFLET_RULES,
    IntervalCode,
    IntervalRules,
    add_years,
    check_interval,
)

DAY = date(2026, 3, 10)


def codes(days_since: int, sessions: int = 1, rules: IntervalRules = LEAFLET_RULES) -> list[str]:
    earlier = [DAY - timedelta(days=days_since + 30 * n) for n in range(sessions)]
    return [f.code.value for f in check_interval(rules, DAY, earlier).flags]


@pytest.mark.parametrize(
    ("days_since", "expected"),
    [
        (1, ["too_soon"]),
        (14, ["too_soon"]),
        (41, ["too_soon"]),  # 5 weeks 6 days
        (42, ["review"]),  # exactly 6 weeks
        (55, ["review"]),
        (56, []),  # exactly 8 weeks
        (300, []),
        (365, ["refresher"]),
        (800, ["refresher"]),
    ],
)
def test_the_interval_since_the_last_procedure(days_since: int, expected: list[str]) -> None:
    assert codes(days_since) == expected


def test_too_soon_names_the_earliest_date_six_weeks_after() -> None:
    last = DAY - timedelta(days=14)
    check = check_interval(LEAFLET_RULES, DAY, [last])
    (flag,) = check.flags
    assert flag.outcome is Outcome.RESCHEDULE
    assert (flag.last_procedure, flag.weeks_since) == (last, 2)
    assert flag.earliest == check.earliest == date(2026, 4, 7)
    assert check.outcome is Outcome.RESCHEDULE


def test_past_the_third_session_an_advice_line_that_asks_nothing() -> None:
    assert codes(70, sessions=2) == []
    check = check_interval(
        LEAFLET_RULES, DAY, [DAY - timedelta(days=70 + 60 * n) for n in range(3)]
    )
    (flag,) = check.flags
    assert (flag.code, flag.outcome, flag.session_number) == (IntervalCode.BEYOND_ADVISED, None, 4)
    assert check.outcome is None and check.earliest is None
    assert codes(20, sessions=3) == ["too_soon", "beyond_advised"]


def test_a_yearly_refresher_is_not_an_extra_session() -> None:
    assert codes(400, sessions=5) == ["refresher"]


def test_only_earlier_procedures_count() -> None:
    assert check_interval(LEAFLET_RULES, DAY, [DAY, DAY + timedelta(days=3)]).flags == ()
    assert check_interval(LEAFLET_RULES, DAY, []).last_procedure is None


def test_the_thresholds_are_the_clinics() -> None:
    strict = IntervalRules(reschedule_before_weeks=8, review_before_weeks=10, advised_sessions=2)
    assert codes(50, rules=strict) == ["too_soon"]
    assert codes(60, rules=strict) == ["review"]
    assert codes(100, sessions=2, rules=strict) == ["beyond_advised"]
    with pytest.raises(ValueError):
        IntervalRules(reschedule_before_weeks=9, review_before_weeks=8)


def test_a_year_after_the_29th_of_february() -> None:
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert codes((DAY - date(2025, 3, 10)).days) == ["refresher"]
