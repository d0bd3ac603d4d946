"""Property tests: the date arithmetic and the name rules hold for any input."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kiosk.content import load_content
from kiosk.domain.aftercare import Area, add_years, plan_aftercare
from kiosk.domain.checklist import Answer, Choice, ItemKind, eligible_from, evaluate
from kiosk.domain.patient import search_key
from kiosk.domain.text_rules import TextRuleError, clean_name

AFTERCARE = load_content("en").aftercare
CHECKLIST = load_content("en").checklist
WASHOUT_ITEMS = [item for item in CHECKLIST.items if item.washout_days is not None]

dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2200, 12, 31))
areas = st.frozensets(st.sampled_from(list(Area)), min_size=1)
sessions = st.integers(min_value=1, max_value=12)


@given(day0=dates, treated=areas, session=sessions)
def test_sections_start_at_their_offset(day0, treated, session):
    plan = plan_aftercare(AFTERCARE, day0, treated, session)
    for section, dated in zip(AFTERCARE.sections, plan.sections, strict=True):
        assert dated.start == day0 + timedelta(days=section.start_day)
        if section.end_day is None:
            assert dated.end is None
        else:
            assert dated.end == day0 + timedelta(days=section.end_day)
            assert dated.start <= dated.end
        eyes_only = [p.text for p in section.paragraphs if p.requires_area is Area.EYES]
        assert all((text in dated.paragraphs) == (Area.EYES in treated) for text in eyes_only)


@given(day0=dates)
def test_next_session_window_is_exactly_six_to_eight_weeks(day0):
    plan = plan_aftercare(AFTERCARE, day0, {Area.FACE}, 1)
    assert (plan.next_session_from - day0).days == 42
    assert (plan.next_session_to - day0).days == 56


@given(day0=dates)
def test_refresher_is_a_year_later_in_the_same_month(day0):
    refresher = plan_aftercare(AFTERCARE, day0, {Area.FACE}, 1).refresher_on
    assert 365 <= (refresher - day0).days <= 366
    assert refresher.year == day0.year + 1
    assert refresher.month == day0.month
    if (day0.month, day0.day) == (2, 29):
        assert refresher.day == 28
    else:
        assert refresher.day == day0.day


@given(day=dates, years=st.integers(min_value=0, max_value=50))
def test_add_years_never_fails(day, years):
    later = add_years(day, years)
    assert later.year == day.year + years
    assert later.month == day.month
    assert day.day - later.day in (0, 1)


@given(last_used=dates, washout=st.integers(min_value=1, max_value=365))
def test_eligible_from_leaves_the_washout_days_clear(last_used, washout):
    first = eligible_from(last_used, washout)
    assert (first - last_used).days == washout + 1


@given(
    procedure=dates,
    used=st.lists(
        st.tuples(st.sampled_from(WASHOUT_ITEMS), st.integers(min_value=0, max_value=3)),
        unique_by=lambda pair: pair[0].key,
    ),
)
def test_earliest_eligible_is_the_latest_flag_date(procedure, used):
    answers = {
        item.key: Answer(item.key, Choice.NEVER if item.kind is ItemKind.LAST_USED else Choice.NO)
        for item in CHECKLIST.items
    }
    for item, days_ago in used:
        choice = Choice.WITHIN_WINDOW if item.kind is ItemKind.LAST_USED else Choice.YES
        answers[item.key] = Answer(item.key, choice, days_ago)
    result = evaluate(CHECKLIST, answers, procedure)
    assert result.complete
    assert len(result.flags) == len(used)
    if not used:
        assert result.earliest_eligible is None
        return
    expected = max(procedure - timedelta(days=d) + timedelta(days=4) for _, d in used)
    assert result.earliest_eligible == expected
    assert result.earliest_eligible > procedure  # inside the window is never "eligible today"


LATIN = "abcdefghijklmnopqrstuvwxyzáéíóúñüçàèìòùâêîôûäëïö"
name_text = st.text(alphabet=LATIN + LATIN.upper() + " '-", min_size=1, max_size=60)


@given(raw=st.text(max_size=120))
def test_clean_name_output_is_tidy_or_refused(raw):
    try:
        name = clean_name(raw)
    except TextRuleError as exc:
        assert exc.code in {"empty", "too_long", "bad_character", "no_letters", "unprintable"}
        return
    assert name == name.strip()
    assert "  " not in name
    assert unicodedata.is_normalized("NFC", name)
    assert clean_name(name) == name  # cleaning twice changes nothing
    assert any(unicodedata.category(ch).startswith("L") for ch in name)


@given(first=name_text, last=name_text)
def test_search_key_ignores_case_and_normal_form(first, last):
    key = search_key(first, last)
    assert key == search_key(first.upper(), last.upper())
    assert key == search_key(first.lower(), last.lower())
    nfd = unicodedata.normalize("NFD", first), unicodedata.normalize("NFD", last)
    assert key == search_key(*nfd)
    assert key == key.strip() and "  " not in key
    assert not any(unicodedata.combining(ch) for ch in unicodedata.normalize("NFD", key))
