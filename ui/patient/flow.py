"""The patient's way through check-in: owns the draft and decides the next screen.

No Qt here: the flow is plain Python driven by the kiosk view, so its rules (where back goes,
what an edit returns to, that a submission is built once) are tested without a window.
Validation is the domain's (``kiosk.domain``); the flow only calls it and keeps what passed.

The draft is the only place a patient's data lives. Screens hand every edit to the flow as it
happens (``keep_*``) and render from the draft each time they are shown; whatever way the
check-in ends, dropping the draft drops everything. Acknowledgements belong to the exact consent
text on screen: a different text (another language, a new version) withdraws them, and with
them the signature given over them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kiosk.domain.checkin import (
    Acknowledged,
    CheckinSubmission,
    SignatureMethod,
    SignedConsent,
)
from kiosk.domain.checklist import (
    Answer,
    Checklist,
    ChecklistDraft,
    ChecklistItem,
    Choice,
    Evaluation,
    evaluate,
    validate_answer,
)
from kiosk.domain.consent import (
    ConsentContent,
    ConsentIdentity,
    Stroke,
    consent_identity,
    validate_signature,
)
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
    """Everything one patient has entered or chosen so far, and what the screens show of it;
    thrown away whole by a wipe."""

    language: str
    procedure_date: date
    submission_id: str = field(default_factory=new_submission_id)
    first_name: str = ""  # as typed; cleaned when the names are accepted
    last_name: str = ""
    birth_day: str = ""  # the digits as typed
    birth_month: int | None = None
    birth_year: str = ""
    today_confirmed: bool = False
    identity: Identity | None = None
    checklist: ChecklistDraft = field(default_factory=ChecklistDraft)
    pending: tuple[str, Choice] | None = None  # (item key, choice) waiting for "which day?"
    consent_shown: ConsentIdentity | None = None  # the text the reading and ticks below are of
    consent_read_to_end: bool = False
    consent_scroll: int = 0
    acknowledgements: tuple[Acknowledged, ...] = ()  # each with the text it was ticked on
    consent_withdrawn: bool = False  # ticks were withdrawn: say why until the next tick
    typed_name: str = ""
    strokes: tuple[Stroke, ...] = ()
    submission: CheckinSubmission | None = None  # built once, at signing; retries reuse it


class FlowError(RuntimeError):
    """The flow was asked for something its current step does not allow (a programming bug)."""


class ConsentChanged(FlowError):
    """Signing over a consent text other than the one the boxes were ticked on."""


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

    def keep_names(self, first: str, last: str) -> None:
        """The names as they are being typed, so a re-render shows them as they were."""
        draft = self._draft(Step.NAMES)
        draft.first_name, draft.last_name = first, last

    def set_names(self, first: str, last: str) -> Step:
        """Raises TextRuleError (first_name/last_name) when a name cannot be kept."""
        draft = self._draft(Step.NAMES)
        draft.first_name = clean_name(first, "first_name")
        draft.last_name = clean_name(last, "last_name")
        draft.identity = None
        return self._go(Step.BIRTH)

    def keep_birth(self, day: str, month: int | None, year: str, today_confirmed: bool) -> None:
        """The date of birth as it is being entered (digits as typed) and the today tick."""
        draft = self._draft(Step.BIRTH)
        draft.birth_day, draft.birth_month, draft.birth_year = day, month, year
        draft.today_confirmed = today_confirmed

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
        draft.birth_day, draft.birth_month, draft.birth_year = str(day), month, str(year)
        draft.today_confirmed = True
        draft.procedure_date = today
        self.question_index = 0
        self.editing = False
        return self._go(Step.QUESTION)

    def keep_pending(self, choice: Choice | None) -> None:
        """A choice that asks "which day?" before it is an answer (None: back to the choices)."""
        draft = self._draft(Step.QUESTION)
        draft.pending = None if choice is None else (self.current_item().key, choice)

    def pending_choice(self) -> Choice | None:
        """The choice waiting for its day on the question now shown, if any."""
        draft = self.draft
        if draft is None or draft.pending is None or self.step is not Step.QUESTION:
            return None
        key, choice = draft.pending
        return choice if key == self.current_item().key else None

    def answer(self, answer: Answer) -> Step:
        """Keep the answer; next question, or back to the review after an edit."""
        draft = self._draft(Step.QUESTION)
        item = self.current_item()
        if answer.item_key != item.key:
            raise FlowError(f"answer for {answer.item_key} while asking {item.key}")
        validate_answer(item, answer)
        draft.checklist = draft.checklist.with_answer(answer)
        draft.pending = None
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

    def show_consent(self, shown: ConsentIdentity) -> bool:
        """The consent text now on screen. Reading and ticks of another text are withdrawn, with
        the signature given over them (back to the consent if signing); True when ticks were."""
        draft = self._draft()
        if draft.submission is not None or draft.consent_shown == shown:
            return False
        self.withdraw_consent()
        draft.consent_shown = shown
        return draft.consent_withdrawn

    def withdraw_consent(self) -> None:
        """Forget the reading, the ticks and the signature over them; sign again from the
        consent. Nothing moves once the check-in is signed."""
        draft = self._draft()
        if draft.submission is not None:
            return
        draft.consent_withdrawn = bool(draft.acknowledgements)
        draft.consent_read_to_end = False
        draft.consent_scroll = 0
        draft.acknowledgements = ()
        draft.typed_name = ""
        draft.strokes = ()
        if self.step is Step.SIGN:
            self._go(Step.CONSENT)

    def keep_reading(self, scroll: int, at_end: bool) -> None:
        """Where the consent text is scrolled to, and whether its end has been reached."""
        draft = self._draft(Step.CONSENT)
        draft.consent_scroll = scroll
        draft.consent_read_to_end = draft.consent_read_to_end or at_end

    def tick(self, key: str, ticked: bool, shown: ConsentIdentity) -> None:
        """A box ticked (or unticked) on the consent text ``shown``."""
        draft = self._draft(Step.CONSENT)
        if draft.consent_shown != shown:
            raise ConsentChanged("a box ticked on a text other than the one shown")
        draft.consent_withdrawn = False
        kept = tuple(a for a in draft.acknowledgements if a.key != key)
        draft.acknowledgements = (*kept, Acknowledged(key, shown.text_sha256)) if ticked else kept

    def ticked(self) -> tuple[str, ...]:
        """Keys ticked on the consent text now shown."""
        draft = self.draft
        if draft is None or draft.consent_shown is None:
            return ()
        sha = draft.consent_shown.text_sha256
        return tuple(a.key for a in draft.acknowledgements if a.text_sha256 == sha)

    def acknowledge(self, content: ConsentContent) -> Step:
        """On to signing, once ``content`` was read to the end and every box on it ticked."""
        draft = self._draft(Step.CONSENT)
        self._acknowledgements_for(content)
        if not draft.consent_read_to_end:
            raise FlowError("the consent was not read to the end")
        return self._go(Step.SIGN)

    def keep_signature(self, typed_name: str, strokes: tuple[Stroke, ...]) -> None:
        """The typed name and the strokes on the pad, as they are being made."""
        draft = self._draft(Step.SIGN)
        draft.typed_name, draft.strokes = typed_name, strokes

    def sign(
        self,
        typed_name: str,
        strokes: tuple[Stroke, ...],
        png: bytes,
        content: ConsentContent,
        method: SignatureMethod = "drawn",
    ) -> CheckinSubmission:
        """Build the submission once; raises TextRuleError (typed_name), SignatureError, or
        ConsentChanged when ``content`` (shown now) is not the text the boxes were ticked on.
        ``method`` "typed": the typed name is the signature (no strokes; ``png`` renders it)."""
        draft = self._draft(Step.SIGN)
        typed = clean_name(typed_name, "typed_name", max_length=MAX_TYPED_NAME_LENGTH)
        if method == "typed":
            strokes = ()
        else:
            validate_signature(strokes)
        checklist = self._checklist()
        if draft.identity is None:
            raise FlowError("signing without an identity")
        if draft.submission is None:
            shown = consent_identity(content)
            acknowledgements = self._acknowledgements_for(content)
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
                    acknowledgements=acknowledgements,
                    method=method,
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
        if step is Step.ABOUT:
            return self._go(Step.WELCOME)
        if step is Step.NAMES:
            return self.wipe()  # leaving the check-in: nothing typed stays behind
        if step is Step.BIRTH:
            return self._go(Step.NAMES)
        if step is Step.QUESTION:
            self._draft().pending = None
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

    def _acknowledgements_for(self, content: ConsentContent) -> tuple[Acknowledged, ...]:
        """Every acknowledgement of ``content``, in its order, each ticked on exactly this text;
        raises ConsentChanged when the ticks belong to another text, FlowError when missing."""
        draft = self._draft()
        shown = consent_identity(content)
        if draft.consent_shown != shown or any(
            a.text_sha256 != shown.text_sha256 for a in draft.acknowledgements
        ):
            raise ConsentChanged("the boxes were ticked on another consent text")
        ticked = {a.key: a for a in draft.acknowledgements}
        required = [a.key for a in content.acknowledgements]
        if set(ticked) != set(required):
            raise FlowError("every acknowledgement must be ticked")
        return tuple(ticked[key] for key in required)

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
