"""The pre-procedure checklist: its definition and its evaluation.

The program advises, the nurse decides: evaluation produces flags with reasons and, where a
product was used inside its washout window, the earliest date the procedure becomes possible.
It never clears anyone; an incomplete checklist is reported, not guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum


class ItemKind(StrEnum):
    """How a question is asked.

    ``last_used``: when was this product last used (never / more than N days ago / in the last
    N days / not sure); ``in the last N days`` asks which day, so the eligible date is exact.
    ``yes_no``: yes / no / not sure about something true right now (or, with ``washout_days``,
    in the last N days: a yes then asks which day, like ``last_used``).
    """

    LAST_USED = "last_used"
    YES_NO = "yes_no"


class Choice(StrEnum):
    """Every answer a patient can give; which ones apply depends on the item kind."""

    NEVER = "never"
    BEFORE_WINDOW = "before_window"  # more than washout_days ago
    WITHIN_WINDOW = "within_window"  # in the last washout_days days
    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"


CHOICES_BY_KIND: dict[ItemKind, tuple[Choice, ...]] = {
    ItemKind.LAST_USED: (Choice.NEVER, Choice.BEFORE_WINDOW, Choice.WITHIN_WINDOW, Choice.NOT_SURE),
    ItemKind.YES_NO: (Choice.NO, Choice.YES, Choice.NOT_SURE),
}


class Outcome(StrEnum):
    """What a flag asks of the clinic; ordered from least to most serious."""

    PREPARE_ON_ARRIVAL = "prepare_on_arrival"  # e.g. wash off makeup before the procedure
    NURSE_REVIEW = "nurse_review"  # a nurse talks with the patient and decides
    RESCHEDULE = "reschedule"  # the procedure should move to a later date

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Outcome.PREPARE_ON_ARRIVAL: 0, Outcome.NURSE_REVIEW: 1, Outcome.RESCHEDULE: 2}


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One question, as the clinic's content file defines it (text in the visit's language)."""

    key: str
    kind: ItemKind
    question: str
    help: str
    outcome: Outcome  # outcome when the answer is flagged (a "not sure" is always NURSE_REVIEW)
    patient_note: str  # kind words shown to the patient when flagged
    nurse_reason: str  # plain words for the nurse; may use {eligible_from}
    washout_days: int | None = None  # the leaflet's "3 days prior to procedure"
    examples: tuple[str, ...] = ()
    # what the nurse reads after a "not sure" (nurse_reason says the product *was* used)
    nurse_reason_not_sure: str = ""

    def needs_day(self, choice: Choice) -> bool:
        """Whether this answer must be followed by "which day?" to date the eligibility."""
        if self.washout_days is None:
            return False
        return choice is Choice.WITHIN_WINDOW or (
            self.kind is ItemKind.YES_NO and choice is Choice.YES
        )


@dataclass(frozen=True, slots=True)
class Checklist:
    version: str
    language: str
    items: tuple[ChecklistItem, ...]
    choice_labels: Mapping[str, str] = field(default_factory=dict)  # Choice -> words; {days}
    day_question: str = ""  # the follow-up "which day?" question
    sha256: str = ""

    def label(self, item: ChecklistItem, choice: Choice) -> str:
        """The words on an answer button, with the item's washout days filled in."""
        text = self.choice_labels.get(f"{item.kind}.{choice}", choice.value)
        return text.replace("{days}", str(item.washout_days or ""))

    def item(self, key: str) -> ChecklistItem:
        for it in self.items:
            if it.key == key:
                return it
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(it.key for it in self.items)


@dataclass(frozen=True, slots=True)
class Answer:
    """A patient's answer. ``days_ago`` (0 = today) dates a use inside the washout window."""

    item_key: str
    choice: Choice
    days_ago: int | None = None


@dataclass(frozen=True, slots=True)
class Flag:
    item_key: str
    outcome: Outcome
    patient_note: str
    nurse_reason: str
    eligible_from: date | None = None  # earliest procedure date, when it can be computed

    def nurse_text(self, format_date: Callable[[date], str] = date.isoformat) -> str:
        """The nurse's reason with ``{eligible_from}`` filled in, dates in the reader's style."""
        when = format_date(self.eligible_from) if self.eligible_from else ""
        return self.nurse_reason.replace("{eligible_from}", when)


@dataclass(frozen=True, slots=True)
class Evaluation:
    flags: tuple[Flag, ...]
    missing: tuple[str, ...]  # item keys without a (complete) answer
    earliest_eligible: date | None  # latest eligible_from over all flags, if any
    outcome: Outcome | None  # the most serious outcome, None when nothing is flagged

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def flag_count(self) -> int:
        return len(self.flags)


class AnswerError(ValueError):
    """An answer that does not fit its question (wrong choice for the kind, bad day)."""


def validate_answer(item: ChecklistItem, answer: Answer) -> None:
    """Refuse an answer that cannot have come from the question as asked."""
    if answer.choice not in CHOICES_BY_KIND[item.kind]:
        raise AnswerError(f"{item.key}: '{answer.choice}' is not an answer to a {item.kind} item")
    if item.needs_day(answer.choice):
        if answer.days_ago is None:
            return  # incomplete, reported as missing by evaluate()
        if not 0 <= answer.days_ago <= (item.washout_days or 0):
            raise AnswerError(
                f"{item.key}: days_ago must be between 0 and {item.washout_days},"
                f" not {answer.days_ago}"
            )
    elif answer.days_ago is not None:
        raise AnswerError(f"{item.key}: days_ago only goes with an answer inside the window")


def eligible_from(last_used: date, washout_days: int) -> date:
    """First procedure date with ``washout_days`` clear days before it.

    "Avoid ... 3 days prior to procedure": a product last used on day D leaves D+1..D+3 clear,
    so the procedure can be on D+4 at the earliest.
    """
    return last_used + timedelta(days=washout_days + 1)


def evaluate(checklist: Checklist, answers: dict[str, Answer], procedure_date: date) -> Evaluation:
    """Answers + procedure date -> flags with reasons, outcome and earliest eligible date."""
    flags: list[Flag] = []
    missing: list[str] = []
    for item in checklist.items:
        answer = answers.get(item.key)
        if answer is None:
            missing.append(item.key)
            continue
        if answer.item_key != item.key:
            raise AnswerError(f"{item.key}: holds an answer to '{answer.item_key}'")
        validate_answer(item, answer)
        if item.needs_day(answer.choice) and answer.days_ago is None:
            missing.append(item.key)
            continue
        flag = _flag_for(item, answer, procedure_date)
        if flag is not None:
            flags.append(flag)
    unknown = set(answers) - set(checklist.keys)
    if unknown:
        raise AnswerError(f"answers for unknown items: {', '.join(sorted(unknown))}")
    dates = [f.eligible_from for f in flags if f.eligible_from is not None]
    outcome = max((f.outcome for f in flags), key=lambda o: o.severity, default=None)
    return Evaluation(
        flags=tuple(flags),
        missing=tuple(missing),
        earliest_eligible=max(dates) if dates else None,
        outcome=outcome,
    )


def _flag_for(item: ChecklistItem, answer: Answer, procedure_date: date) -> Flag | None:
    if answer.choice is Choice.NOT_SURE:
        reason = item.nurse_reason_not_sure or item.nurse_reason
        return Flag(item.key, Outcome.NURSE_REVIEW, item.patient_note, reason)
    if answer.choice in (Choice.NEVER, Choice.BEFORE_WINDOW, Choice.NO):
        return None
    when: date | None = None
    if item.needs_day(answer.choice):
        assert item.washout_days is not None and answer.days_ago is not None
        when = eligible_from(procedure_date - timedelta(days=answer.days_ago), item.washout_days)
    return Flag(item.key, item.outcome, item.patient_note, item.nurse_reason, when)


@dataclass(frozen=True, slots=True)
class ChecklistDraft:
    """The answers gathered so far on the kiosk; the flow object owns one."""

    answers: dict[str, Answer] = field(default_factory=dict)

    def with_answer(self, answer: Answer) -> ChecklistDraft:
        return ChecklistDraft({**self.answers, answer.item_key: answer})
