"""A visit as its reader reads it: everything in the nurse's language, the patient's own
wording one step away (as stored at check-in when it was, else from the content).

The visit detail carries item keys, choices, dates and interval codes, never sentences in one
language; this turns them into words through the reader's content (the nurse's checklist and
``interval.toml``) and, beside each, the patient's words in the visit's language as the
patient read them. Dates go through the locale of the reader's language (Babel), so a
Spanish sentence never holds an English date. Pure: no database, no Qt.
"""

from __future__ import annotations

from datetime import date, timedelta

from babel.dates import format_date

from kiosk.domain.checklist import Checklist, ChecklistItem, Choice, Flag
from kiosk.domain.interval import IntervalCheck, IntervalTexts
from kiosk.services.results.reading import ReadAnswer, ReadInterval, VisitReading
from kiosk.services.results.visit import AnswerView, VisitDetail

__all__ = ["format_day", "read_visit"]


def format_day(day: date, language: str) -> str:
    """A date as the reader's language writes it ("Mar 24, 2026", "24 mar 2026"): the
    month in words, as on every nurse screen."""
    return format_date(day, format="medium", locale=language)


def read_visit(
    detail: VisitDetail,
    *,
    language: str,
    reader: Checklist,
    patient: Checklist,
    interval: IntervalTexts,
) -> VisitReading:
    """``reader``: the checklist in ``language``; ``patient``: the one in the visit's language;
    ``interval``: the interval texts in ``language``."""
    earliest = detail.earliest_eligible
    return VisitReading(
        language=language,
        patient_language=detail.language,
        answers=tuple(
            _answer(a, detail.procedure_date, reader, patient, language, detail.language)
            for a in detail.answers
        ),
        interval=_interval(detail.interval, interval, language),
        interval_source=interval.source,
        procedure_date=format_day(detail.procedure_date, language),
        earliest_eligible=format_day(earliest, language) if earliest else None,
    )


def _interval(
    check: IntervalCheck, texts: IntervalTexts, language: str
) -> tuple[ReadInterval, ...]:
    return tuple(
        ReadInterval(flag, texts.reason(flag, lambda d: format_day(d, language)))
        for flag in check.flags
    )


def _answer(
    answer: AnswerView,
    procedure_date: date,
    reader: Checklist,
    patient: Checklist,
    language: str,
    patient_language: str,
) -> ReadAnswer:
    mine = _item(reader, answer.item_key)
    theirs = _item(patient, answer.item_key)
    mine_or_theirs = mine or theirs
    return ReadAnswer(
        item_key=answer.item_key,
        question=mine_or_theirs.question if mine_or_theirs else answer.item_key,
        answer=_choice(
            reader if mine else patient, mine_or_theirs, answer, procedure_date, language
        ),
        reason=_reason(mine_or_theirs, answer, language) if answer.flag else None,
        outcome=answer.flag.outcome if answer.flag else None,
        patient_question=answer.shown_question or (theirs.question if theirs else answer.item_key),
        patient_answer=_dated(answer.shown_answer, answer, procedure_date, patient_language)
        if answer.shown_answer
        else _choice(patient, theirs, answer, procedure_date, patient_language),
        patient_reason=_reason(theirs, answer, patient_language) if answer.flag else None,
    )


def _item(checklist: Checklist, key: str) -> ChecklistItem | None:
    try:
        return checklist.item(key)
    except KeyError:
        return None


def _dated(label: str, answer: AnswerView, procedure_date: date, language: str) -> str:
    if answer.days_ago is None:
        return label
    day = procedure_date - timedelta(days=answer.days_ago)
    return f"{label} ({format_day(day, language)})"


def _choice(
    checklist: Checklist,
    item: ChecklistItem | None,
    answer: AnswerView,
    procedure_date: date,
    language: str,
) -> str:
    label = checklist.label(item, answer.choice) if item else answer.choice.value
    return _dated(label, answer, procedure_date, language)


def _reason(item: ChecklistItem | None, answer: AnswerView, language: str) -> str | None:
    flag = answer.flag
    assert flag is not None
    if item is None:
        return flag.nurse_text(lambda d: format_day(d, language))
    template = item.nurse_reason
    if answer.choice is Choice.NOT_SURE and item.nurse_reason_not_sure:
        template = item.nurse_reason_not_sure
    worded = Flag(flag.item_key, flag.outcome, item.patient_note, template, flag.eligible_from)
    return worded.nurse_text(lambda d: format_day(d, language))
