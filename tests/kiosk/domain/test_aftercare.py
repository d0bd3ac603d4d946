"""The aftercare plan on the patient's calendar, and the procedure's local date."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.domain.aftercare import (
    AftercareContent,
    AftercareParagraph,
    AftercareSection,
    Area,
    PlanError,
    add_years,
    local_procedure_date,
    plan_aftercare,
)

FACE = frozenset({Area.FACE})
FACE_AND_EYES = frozenset({Area.FACE, Area.EYES})


def spans(plan) -> dict[str, tuple[date, date | None]]:
    return {s.key: (s.start, s.end) for s in plan.sections}


def test_every_section_dated(content_en):
    plan = plan_aftercare(content_en.aftercare, date(2026, 3, 10), FACE, 1)
    assert spans(plan) == {
        "day_0": (date(2026, 3, 10), date(2026, 3, 10)),
        "day_1": (date(2026, 3, 11), date(2026, 3, 11)),
        "days_2_7": (date(2026, 3, 12), date(2026, 3, 17)),
        "day_7_on": (date(2026, 3, 17), None),
    }
    assert [s.single_day for s in plan.sections] == [True, True, False, False]
    assert plan.procedure_date == date(2026, 3, 10)
    assert plan.session_number == 1
    assert plan.areas == FACE


def test_across_a_month_end(content_en):
    plan = plan_aftercare(content_en.aftercare, date(2026, 1, 30), FACE, 2)
    assert spans(plan)["day_1"] == (date(2026, 1, 31), date(2026, 1, 31))
    assert spans(plan)["days_2_7"] == (date(2026, 2, 1), date(2026, 2, 6))
    assert plan.next_session_from == date(2026, 3, 13)
    assert plan.next_session_to == date(2026, 3, 27)


def test_across_february_in_a_common_year(content_en):
    plan = plan_aftercare(content_en.aftercare, date(2026, 2, 25), FACE, 1)
    assert spans(plan)["days_2_7"] == (date(2026, 2, 27), date(2026, 3, 4))


def test_on_29_february(content_en):
    plan = plan_aftercare(content_en.aftercare, date(2028, 2, 29), FACE, 1)
    assert spans(plan)["day_1"] == (date(2028, 3, 1), date(2028, 3, 1))
    assert plan.refresher_on == date(2029, 2, 28)
    assert plan.next_session_from == date(2028, 4, 11)
    assert plan.next_session_to == date(2028, 4, 25)


def test_at_the_year_end(content_en):
    plan = plan_aftercare(content_en.aftercare, date(2026, 12, 31), FACE, 1)
    assert spans(plan)["day_1"] == (date(2027, 1, 1), date(2027, 1, 1))
    assert spans(plan)["days_2_7"] == (date(2027, 1, 2), date(2027, 1, 7))
    assert spans(plan)["day_7_on"] == (date(2027, 1, 7), None)
    assert plan.refresher_on == date(2027, 12, 31)
    assert plan.next_session_from == date(2027, 2, 11)


def test_next_session_window_is_six_to_eight_weeks(content_en):
    day0 = date(2026, 6, 15)
    plan = plan_aftercare(content_en.aftercare, day0, FACE, 1)
    assert (plan.next_session_from - day0).days == 42
    assert (plan.next_session_to - day0).days == 56


def test_eyes_paragraph_only_when_the_eyes_were_treated(content_en, content_es):
    for bundle in (content_en, content_es):
        eyes_text = next(
            p.text for p in bundle.aftercare.sections[2].paragraphs if p.requires_area is Area.EYES
        )
        with_eyes = plan_aftercare(bundle.aftercare, date(2026, 5, 4), FACE_AND_EYES, 1)
        without = plan_aftercare(bundle.aftercare, date(2026, 5, 4), FACE, 1)
        assert eyes_text in with_eyes.sections[2].paragraphs
        assert eyes_text not in without.sections[2].paragraphs
        assert len(with_eyes.sections[2].paragraphs) == len(without.sections[2].paragraphs) + 1
        for a, b in zip(with_eyes.sections, without.sections, strict=True):
            if a.key != "days_2_7":
                assert a.paragraphs == b.paragraphs


def test_eyes_alone(content_en):
    plan = plan_aftercare(content_en.aftercare, date(2026, 5, 4), {Area.EYES}, 1)
    assert any("eyes" in p for p in plan.sections[2].paragraphs)


def test_paragraphs_keep_their_order(content_en):
    plan = plan_aftercare(content_en.aftercare, date(2026, 5, 4), FACE_AND_EYES, 1)
    source = [p.text for p in content_en.aftercare.sections[0].paragraphs]
    assert list(plan.sections[0].paragraphs) == source


@pytest.mark.parametrize(
    ("areas", "session"), [(frozenset(), 1), (set(), 1), (FACE, 0), (FACE, -1)]
)
def test_impossible_plans_are_refused(content_en, areas, session):
    with pytest.raises(PlanError):
        plan_aftercare(content_en.aftercare, date(2026, 5, 4), areas, session)


def test_other_week_and_year_settings():
    content = AftercareContent(
        version="1",
        language="en",
        title="t",
        sections=(AftercareSection("s", "S", 3, None, (AftercareParagraph("p"),)),),
        next_session_title="n",
        next_session_text="{from} {to}",
        refresher_title="r",
        refresher_text="{date}",
        questions_title="q",
        questions_text="{phone}",
        next_session_weeks=(4, 10),
        refresher_years=2,
    )
    plan = plan_aftercare(content, date(2026, 1, 1), FACE, 1)
    assert plan.next_session_from == date(2026, 1, 29)
    assert plan.next_session_to == date(2026, 3, 12)
    assert plan.refresher_on == date(2028, 1, 1)
    assert plan.sections[0].start == date(2026, 1, 4)


def test_add_years():
    assert add_years(date(2028, 2, 29), 1) == date(2029, 2, 28)
    assert add_years(date(2028, 2, 29), 4) == date(2032, 2, 29)
    assert add_years(date(2026, 3, 1), 1) == date(2027, 3, 1)


# -- local_procedure_date: the clinic's calendar day, whatever the offset that day -----------


@pytest.mark.parametrize(
    ("instant", "zone", "expected"),
    [
        # New York springs forward on 8 March 2026: 04:30 UTC on the 9th is 00:30 EDT (UTC-4);
        # a fixed EST offset would wrongly say 23:30 on the 8th.
        (datetime(2026, 3, 9, 4, 30, tzinfo=UTC), "America/New_York", date(2026, 3, 9)),
        (datetime(2026, 3, 8, 4, 30, tzinfo=UTC), "America/New_York", date(2026, 3, 7)),
        (datetime(2026, 3, 8, 7, 30, tzinfo=UTC), "America/New_York", date(2026, 3, 8)),
        # ... and falls back on 1 November 2026: 04:30 UTC on the 2nd is 23:30 EST on the 1st.
        (datetime(2026, 11, 2, 4, 30, tzinfo=UTC), "America/New_York", date(2026, 11, 1)),
        (datetime(2026, 11, 1, 3, 59, tzinfo=UTC), "America/New_York", date(2026, 10, 31)),
        # Madrid springs forward on 29 March 2026: 22:30 UTC is 00:30 CEST (UTC+2) on the 30th.
        (datetime(2026, 3, 29, 22, 30, tzinfo=UTC), "Europe/Madrid", date(2026, 3, 30)),
        (datetime(2026, 3, 28, 22, 30, tzinfo=UTC), "Europe/Madrid", date(2026, 3, 28)),
        # ... and falls back on 25 October 2026: 22:30 UTC is 23:30 CET (UTC+1), still the 25th.
        (datetime(2026, 10, 25, 22, 30, tzinfo=UTC), "Europe/Madrid", date(2026, 10, 25)),
        (datetime(2026, 10, 24, 22, 30, tzinfo=UTC), "Europe/Madrid", date(2026, 10, 25)),
    ],
)
def test_local_procedure_date_across_dst(instant, zone, expected):
    assert local_procedure_date(instant, zone) == expected


def test_local_procedure_date_from_another_offset():
    at = datetime(2026, 3, 8, 23, 30, tzinfo=ZoneInfo("Europe/Madrid"))  # 17:30 in New York
    assert local_procedure_date(at, "America/New_York") == date(2026, 3, 8)


def test_naive_time_is_refused():
    with pytest.raises(PlanError):
        local_procedure_date(datetime(2026, 3, 8, 12, 0), "America/New_York")


def test_plan_over_the_dst_weekend_counts_calendar_days(content_en):
    day0 = local_procedure_date(datetime(2026, 3, 7, 20, 0, tzinfo=UTC), "America/New_York")
    plan = plan_aftercare(content_en.aftercare, day0, FACE, 1)
    assert spans(plan)["day_1"][0] == date(2026, 3, 8)
    assert spans(plan)["days_2_7"] == (date(2026, 3, 9), date(2026, 3, 14))
    assert plan.next_session_from == day0 + timedelta(weeks=6)
