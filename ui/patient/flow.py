"""The patient's way through check-in: owns the draft and decides the next screen.

No Qt here: the flow is plain Python driven by the kiosk view, so its rules (where back goes,
what an edit returns to, that a submission is built once) are tested without a window.
Validation is the domain's (``kiosk.domain``); the flow only calls it and keeps what passed.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kiosk.domain.checkin import CheckinSubmission, SignedConsent
from kiosk.domain.checklist import (
    Answer,
    Checklist,
    ChecklistDraft,
    ChecklistItem,
    Evaluation,
    evaluate,
    validate_answer,
)
from kiosk.domain.consent import ConsentContent, Stroke, consent_identity, validate_signature
from kiosk.domain.patient import Identity, IdentityError, parse_birth_date
from kiosk.domain.text_rules import MAX_TYPED_NAME_LENGTH, clean_name


class Step(StrEnum):
    WELCOME = "welcome"
    ABOUT = "about"
    NAMES = "names"
    BIRTH = "birth"
    QUESTION = "question"
    REVIEW = "review"
    CONSENT = "consent"
    SIGN = "sign"
    SENDING = "sending"
    DONE = "done"


#: Steps that hold something the patient typed or chose, and so are watched for idleness.
PRIVATE_STEPS = frozenset(
    {Step.NAMES, Step.BIRTH, Step.QUESTION, Step.REVIEW, Step.CONSENT, Step.SIGN}
)


def new_submission_id() -> str:
    return uuid.uuid4().hex


@dataclass
class PatientDraft:
    """What one patient has entered so far; thrown away whole by a wipe."""

    language: str
    procedure_date: date
    submission_id: str = field(default_factory=new_submission_id)
    first_name: str = ""
    last_name: str = ""
    identity: Identity | None = None
    checklist: ChecklistDraft = field(default_factory=ChecklistDraft)
    acknowledgements: tuple[str, ...] = ()
    returning: bool = False
    submission: CheckinSubmission | None = None  # built once, at signing; retries reuse it


class FlowError(RuntimeError):
    """The flow was asked for something its current step does not allow (a programming bug)."""


class CheckinFlow:
    def __init__(self, station: str, default_language: str = "en") -> None:
        self.station = station
        self.default_language = default_language
        self.step = Step.WELCOME
        self.question_index = 0
        self.editing = False  # a question opened from the review returns there
        self.draft: PatientDraft | None = None
        self.checklist: Checklist | None = None
        self.language = default_language

    # -- content ----------------------------------------------------------------------------

    def set_checklist(self, checklist: Checklist) -> None:
        """The checklist in the patient's language; keys are the same in every language."""
        self.checklist = checklist
        self.language = checklist.language
        if self.draft is not None and self.draft.submission is None:
            self.draft.language = checklist.language

    @property
    def question_count(self) -> int:
        return len(self._checklist().items)

    def current_item(self) -> ChecklistItem:
        return self._checklist().items[self.question_index]

    # -- moving -----------------------------------------------------------------------------

    def begin(self, today: date) -> Step:
        self.draft = PatientDraft(language=self.language, procedure_date=today)
        self.question_index = 0
        self.editing = False
        return self._go(Step.NAMES)

    def show_about(self) -> Step:
        return self._go(Step.ABOUT)

    def set_names(self, first: str, last: str) -> Step:
        """Raises TextRuleError (first_name/last_name) when a name cannot be kept."""
        draft = self._draft(Step.NAMES)
        draft.first_name = clean_name(first, "first_name")
        draft.last_name = clean_name(last, "last_name")
        draft.identity = None
        return self._go(Step.BIRTH)

    def set_birth_date(
        self,
        day: int | None,
        month: int | None,
        year: int | None,
        today_confirmed: bool,
        today: date,
    ) -> Step:
        """Raises IdentityError (date_of_birth / procedure_date) with a code for the message."""
        draft = self._draft(Step.BIRTH)
        if day is None or month is None or year is None:
            raise IdentityError("date_of_birth", "incomplete", "day, month and year are needed")
        dob = parse_birth_date(day, month, year, today)
        if not today_confirmed:
            raise IdentityError("procedure_date", "not_confirmed", "today was not confirmed")
        draft.identity = Identity(draft.first_name, draft.last_name, dob)
        draft.procedure_date = today
        self.question_index = 0
        self.editing = False
        return self._go(Step.QUESTION)

    def answer(self, answer: Answer) -> Step:
        """Keep the answer; next question, or back to the review after an edit."""
        draft = self._draft(Step.QUESTION)
        item = self.current_item()
        if answer.item_key != item.key:
            raise FlowError(f"answer for {answer.item_key} while asking {item.key}")
        validate_answer(item, answer)
        draft.checklist = draft.checklist.with_answer(answer)
        if self.editing or self.question_index + 1 >= self.question_count:
            self.editing = False
            return self._go(Step.REVIEW)
        self.question_index += 1
        return self._go(Step.QUESTION)

    def edit(self, item_key: str) -> Step:
        self._draft(Step.REVIEW)
        self.question_index = self._checklist().keys.index(item_key)
        self.editing = True
        return self._go(Step.QUESTION)

    def to_consent(self) -> Step:
        self._draft(Step.REVIEW)
        if not self.evaluation().complete:
            raise FlowError("the checklist is not complete")
        return self._go(Step.CONSENT)

    def acknowledge(self, keys: tuple[str, ...], content: ConsentContent) -> Step:
        draft = self._draft(Step.CONSENT)
        required = {a.key for a in content.acknowledgements}
        if set(keys) != required:
            raise FlowError("every acknowledgement must be ticked")
        draft.acknowledgements = tuple(a.key for a in content.acknowledgements)
        return self._go(Step.SIGN)

    def sign(
        self, typed_name: str, strokes: tuple[Stroke, ...], png: bytes, content: ConsentContent
    ) -> CheckinSubmission:
        """Build the submission once; raises TextRuleError (typed_name) or SignatureError."""
        draft = self._draft(Step.SIGN)
        typed = clean_name(typed_name, "typed_name", max_length=MAX_TYPED_NAME_LENGTH)
        validate_signature(strokes)
        checklist = self._checklist()
        if draft.identity is None:
            raise FlowError("signing without an identity")
        if draft.submission is None:
            shown = consent_identity(content)
            draft.submission = CheckinSubmission(
                submission_id=draft.submission_id,
                identity=draft.identity,
                language=checklist.language,
                procedure_date=draft.procedure_date,
                station=self.station,
                checklist_version=checklist.version,
                checklist_sha256=checklist.sha256,
                answers=tuple(
                    draft.checklist.answers[key]
                    for key in checklist.keys
                    if key in draft.checklist.answers
                ),
                consent=SignedConsent(
                    version=shown.version,
                    text_sha256=shown.text_sha256,
                    typed_name=typed,
                    strokes=strokes,
                    signature_png=png,
                    acknowledgements=draft.acknowledgements,
                ),
            )
        self._go(Step.SENDING)
        return draft.submission

    def submitted(self) -> Step:
        self._draft(Step.SENDING)
        return self._go(Step.DONE)

    def back(self) -> Step:
        """One step back; nothing moves once the check-in is being sent."""
        step = self.step
        if step in (Step.SENDING, Step.DONE, Step.WELCOME):
            return step
        if step in (Step.ABOUT, Step.NAMES):
            return self._go(Step.WELCOME)
        if step is Step.BIRTH:
            return self._go(Step.NAMES)
        if step is Step.QUESTION:
            if self.editing:
                self.editing = False
                return self._go(Step.REVIEW)
            if self.question_index == 0:
                return self._go(Step.BIRTH)
            self.question_index -= 1
            return self._go(Step.QUESTION)
        if step is Step.REVIEW:
            self.question_index = self.question_count - 1
            return self._go(Step.QUESTION)
        if step is Step.CONSENT:
            return self._go(Step.REVIEW)
        return self._go(Step.CONSENT)  # SIGN

    def wipe(self) -> Step:
        """Forget the patient entirely and start over."""
        self.draft = None
        self.question_index = 0
        self.editing = False
        return self._go(Step.WELCOME)

    # -- reading ----------------------------------------------------------------------------

    def evaluation(self) -> Evaluation:
        draft = self._draft()
        return evaluate(self._checklist(), dict(draft.checklist.answers), draft.procedure_date)

    def answer_for(self, key: str) -> Answer | None:
        return None if self.draft is None else self.draft.checklist.answers.get(key)

    # -- internals --------------------------------------------------------------------------

    def _go(self, step: Step) -> Step:
        self.step = step
        return step

    def _draft(self, expected: Step | None = None) -> PatientDraft:
        if expected is not None and self.step is not expected:
            raise FlowError(f"{expected} asked for while on {self.step}")
        if self.draft is None:
            raise FlowError("no patient has started")
        return self.draft

    def _checklist(self) -> Checklist:
        if self.checklist is None:
            raise FlowError("no checklist loaded")
        return self.checklist
