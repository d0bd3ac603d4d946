"""Checklist evaluation: every kind and choice, washout dates, outcomes, incomplete answers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kiosk.domain.checklist import (
    CHOICES_BY_KIND,
    Answer,
    AnswerError,
    Checklist,
    ChecklistDraft,
    ChecklistItem,
    Choice,
    Flag,
    ItemKind,
    Outcome,
    eligible_from,
    evaluate,
)

PROCEDURE = date(2026, 3, 10)
WASHOUT_KEYS = [
    "retinoids",
    "topical_antibiotics",
    "exfoliants",
    "hydroquinone",
    "benzoyl_peroxide",
]


def clear_answers(checklist: Checklist) -> dict[str, Answer]:
    """Answers that raise no flag at all."""
    return {
        item.key: Answer(item.key, Choice.NEVER if item.kind is ItemKind.LAST_USED else Choice.NO)
        for item in checklist.items
    }


def with_answers(checklist: Checklist, *answers: Answer) -> dict[str, Answer]:
    return {**clear_answers(checklist), **{a.item_key: a for a in answers}}


def all_kind_choice_cases(checklist: Checklist):
    for item in checklist.items:
        for choice in CHOICES_BY_KIND[item.kind]:
            yield item, choice


def test_nothing_to_flag(checklist_en):
    result = evaluate(checklist_en, clear_answers(checklist_en), PROCEDURE)
    assert result.flags == ()
    assert result.missing == ()
    assert result.complete
    assert result.outcome is None
    assert result.earliest_eligible is None
    assert result.flag_count == 0


def test_every_item_and_choice(checklist_en):
    """Each (item, choice) pair alone: the flag, its outcome and its date."""
    seen = 0
    for item, choice in all_kind_choice_cases(checklist_en):
        days_ago = 1 if item.needs_day(choice) else None
        answers = with_answers(checklist_en, Answer(item.key, choice, days_ago))
        result = evaluate(checklist_en, answers, PROCEDURE)
        assert result.complete, (item.key, choice)
        if choice in (Choice.NEVER, Choice.BEFORE_WINDOW, Choice.NO):
            assert result.flags == (), (item.key, choice)
            continue
        (flag,) = result.flags
        assert flag.item_key == item.key
        assert flag.patient_note == item.patient_note
        if choice is Choice.NOT_SURE:
            assert flag.outcome is Outcome.NURSE_REVIEW
            assert flag.eligible_from is None
            assert flag.nurse_reason == item.nurse_reason_not_sure
        else:
            assert flag.outcome is item.outcome
            assert flag.nurse_reason == item.nurse_reason
            # used yesterday: yesterday + washout days + 1 = procedure date + washout days
            expected = PROCEDURE + timedelta(days=item.washout_days) if days_ago else None
            assert flag.eligible_from == expected, (item.key, choice)
        assert result.outcome is flag.outcome
        assert result.earliest_eligible == flag.eligible_from
        seen += 1
    assert seen == 5 * 2 + 3 * 2  # last_used: within + not sure; yes_no: yes + not sure


@pytest.mark.parametrize("key", WASHOUT_KEYS)
def test_used_three_days_ago_is_eligible_tomorrow(checklist_en, key):
    answers = with_answers(checklist_en, Answer(key, Choice.WITHIN_WINDOW, days_ago=3))
    result = evaluate(checklist_en, answers, PROCEDURE)
    assert result.earliest_eligible == date(2026, 3, 11)
    assert result.outcome is Outcome.RESCHEDULE


@pytest.mark.parametrize("key", WASHOUT_KEYS)
def test_used_today_is_eligible_in_four_days(checklist_en, key):
    answers = with_answers(checklist_en, Answer(key, Choice.WITHIN_WINDOW, days_ago=0))
    assert evaluate(checklist_en, answers, PROCEDURE).earliest_eligible == date(2026, 3, 14)


def test_sunburn_yes_asks_which_day(checklist_en):
    sunburn = checklist_en.item("sunburn")
    assert sunburn.needs_day(Choice.YES)
    assert not sunburn.needs_day(Choice.NO)
    answers = with_answers(checklist_en, Answer("sunburn", Choice.YES, days_ago=2))
    result = evaluate(checklist_en, answers, PROCEDURE)
    assert result.earliest_eligible == date(2026, 3, 12)
    assert result.outcome is Outcome.RESCHEDULE


def test_right_now_questions_do_not_ask_a_day(checklist_en):
    for key in ("lotions_makeup", "active_acne"):
        item = checklist_en.item(key)
        assert not any(item.needs_day(choice) for choice in Choice)
        result = evaluate(
            checklist_en, with_answers(checklist_en, Answer(key, Choice.YES)), PROCEDURE
        )
        assert result.flags[0].eligible_from is None
        assert result.earliest_eligible is None


def test_makeup_is_prepared_on_arrival(checklist_en):
    answers = with_answers(checklist_en, Answer("lotions_makeup", Choice.YES))
    result = evaluate(checklist_en, answers, PROCEDURE)
    assert result.outcome is Outcome.PREPARE_ON_ARRIVAL


def test_active_acne_goes_to_the_nurse(checklist_en):
    answers = with_answers(checklist_en, Answer("active_acne", Choice.YES))
    assert evaluate(checklist_en, answers, PROCEDURE).outcome is Outcome.NURSE_REVIEW


def test_latest_date_and_most_serious_outcome_win(checklist_en):
    answers = with_answers(
        checklist_en,
        Answer("retinoids", Choice.WITHIN_WINDOW, days_ago=3),  # eligible 11 March
        Answer("exfoliants", Choice.WITHIN_WINDOW, days_ago=0),  # eligible 14 March
        Answer("sunburn", Choice.YES, days_ago=1),  # eligible 13 March
        Answer("lotions_makeup", Choice.YES),
        Answer("active_acne", Choice.NOT_SURE),
    )
    result = evaluate(checklist_en, answers, PROCEDURE)
    assert result.flag_count == 5
    assert [f.item_key for f in result.flags] == [
        "retinoids",
        "exfoliants",
        "sunburn",
        "lotions_makeup",
        "active_acne",
    ]
    assert result.earliest_eligible == date(2026, 3, 14)
    assert result.outcome is Outcome.RESCHEDULE


def test_outcome_order(checklist_en):
    prepare = Answer("lotions_makeup", Choice.YES)
    review = Answer("active_acne", Choice.YES)
    assert evaluate(checklist_en, with_answers(checklist_en, prepare), PROCEDURE).outcome is (
        Outcome.PREPARE_ON_ARRIVAL
    )
    both = with_answers(checklist_en, prepare, review)
    assert evaluate(checklist_en, both, PROCEDURE).outcome is Outcome.NURSE_REVIEW
    assert [o.severity for o in Outcome] == [0, 1, 2]


def test_not_sure_is_nurse_review_whatever_the_item_outcome(checklist_en):
    answers = with_answers(checklist_en, Answer("lotions_makeup", Choice.NOT_SURE))
    assert evaluate(checklist_en, answers, PROCEDURE).outcome is Outcome.NURSE_REVIEW


def test_missing_answers_are_listed_in_checklist_order(checklist_en):
    answers = clear_answers(checklist_en)
    del answers["sunburn"], answers["retinoids"]
    result = evaluate(checklist_en, answers, PROCEDURE)
    assert result.missing == ("retinoids", "sunburn")
    assert not result.complete
    result = evaluate(checklist_en, {}, PROCEDURE)
    assert result.missing == checklist_en.keys


def test_inside_the_window_without_a_day_is_missing(checklist_en):
    answers = with_answers(
        checklist_en,
        Answer("hydroquinone", Choice.WITHIN_WINDOW),
        Answer("sunburn", Choice.YES),
    )
    result = evaluate(checklist_en, answers, PROCEDURE)
    assert result.missing == ("hydroquinone", "sunburn")
    assert result.flags == ()


@pytest.mark.parametrize(
    "answer",
    [
        Answer("retinoids", Choice.YES),  # a yes/no answer to a last-used question
        Answer("retinoids", Choice.NO),
        Answer("sunburn", Choice.NEVER),  # a last-used answer to a yes/no question
        Answer("active_acne", Choice.WITHIN_WINDOW),
        Answer("retinoids", Choice.WITHIN_WINDOW, days_ago=4),  # outside the window
        Answer("retinoids", Choice.WITHIN_WINDOW, days_ago=-1),
        Answer("sunburn", Choice.YES, days_ago=9),
        Answer("retinoids", Choice.NEVER, days_ago=1),  # a day with an answer that has none
        Answer("active_acne", Choice.YES, days_ago=0),
        Answer("exfoliants", Choice.NOT_SURE, days_ago=2),
    ],
)
def test_bad_answers_are_refused(checklist_en, answer):
    with pytest.raises(AnswerError):
        evaluate(checklist_en, with_answers(checklist_en, answer), PROCEDURE)


def test_answers_to_unknown_items_are_refused(checklist_en):
    answers = {**clear_answers(checklist_en), "tattoo": Answer("tattoo", Choice.NO)}
    with pytest.raises(AnswerError, match="tattoo"):
        evaluate(checklist_en, answers, PROCEDURE)


def test_answer_filed_under_another_item_is_refused(checklist_en):
    answers = clear_answers(checklist_en)
    answers["retinoids"] = Answer("sunburn", Choice.YES, days_ago=1)
    with pytest.raises(AnswerError, match="retinoids"):
        evaluate(checklist_en, answers, PROCEDURE)


def test_eligible_from_over_month_and_year_ends():
    assert eligible_from(date(2026, 1, 30), 3) == date(2026, 2, 3)
    assert eligible_from(date(2028, 2, 27), 3) == date(2028, 3, 2)  # through 29 February
    assert eligible_from(date(2026, 2, 27), 3) == date(2026, 3, 3)
    assert eligible_from(date(2026, 12, 30), 3) == date(2027, 1, 3)


def test_window_across_a_month_end(checklist_en):
    answers = with_answers(checklist_en, Answer("retinoids", Choice.WITHIN_WINDOW, days_ago=0))
    assert evaluate(checklist_en, answers, date(2026, 4, 29)).earliest_eligible == date(2026, 5, 3)


def test_nurse_text_fills_in_the_date(checklist_en):
    answers = with_answers(
        checklist_en, Answer("benzoyl_peroxide", Choice.WITHIN_WINDOW, days_ago=3)
    )
    (flag,) = evaluate(checklist_en, answers, PROCEDURE).flags
    assert flag.nurse_text().endswith("3-day rule: 2026-03-11.")
    assert "11/03/2026" in flag.nurse_text(lambda d: d.strftime("%d/%m/%Y"))
    assert "{" not in flag.nurse_text()


def test_not_sure_nurse_text_does_not_claim_a_use(checklist_en):
    answers = with_answers(checklist_en, Answer("retinoids", Choice.NOT_SURE))
    (flag,) = evaluate(checklist_en, answers, PROCEDURE).flags
    assert "not sure" in flag.nurse_text()
    assert "{" not in flag.nurse_text()


def test_not_sure_falls_back_to_the_nurse_reason():
    item = ChecklistItem(
        key="x",
        kind=ItemKind.YES_NO,
        question="q",
        help="h",
        outcome=Outcome.NURSE_REVIEW,
        patient_note="n",
        nurse_reason="reason",
    )
    checklist = Checklist("1", "en", (item,))
    (flag,) = evaluate(checklist, {"x": Answer("x", Choice.NOT_SURE)}, PROCEDURE).flags
    assert flag == Flag("x", Outcome.NURSE_REVIEW, "n", "reason")


def test_labels_fall_back_to_the_choice_name():
    item = ChecklistItem("x", ItemKind.LAST_USED, "q", "h", Outcome.RESCHEDULE, "n", "r", 5)
    checklist = Checklist("1", "en", (item,), {"last_used.within_window": "Last {days} days"})
    assert checklist.label(item, Choice.WITHIN_WINDOW) == "Last 5 days"
    assert checklist.label(item, Choice.NEVER) == "never"
    with pytest.raises(KeyError):
        checklist.item("y")


def test_draft_keeps_the_latest_answer_and_is_not_mutated():
    empty = ChecklistDraft()
    first = empty.with_answer(Answer("a", Choice.NO))
    second = first.with_answer(Answer("a", Choice.YES))
    assert empty.answers == {}
    assert first.answers == {"a": Answer("a", Choice.NO)}
    assert second.answers == {"a": Answer("a", Choice.YES)}
