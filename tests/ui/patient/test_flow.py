"""CheckinFlow without a window: where back goes, what an edit returns to, one submission."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.consent import SignatureError
from kiosk.domain.patient import IdentityError
from kiosk.domain.text_rules import TextRuleError
from tests.fixtures.database import signature_strokes, tiny_png
from ui.patient.flow import CheckinFlow, FlowError, Step

TODAY = date(2026, 11, 24)


@pytest.fixture
def flow(content_en) -> CheckinFlow:
    flow = CheckinFlow("tablet-1")
    flow.set_checklist(content_en.checklist)
    return flow


def harmless(item) -> Answer:
    return Answer(item.key, Choice.NEVER if item.kind == "last_used" else Choice.NO)


def to_review(flow: CheckinFlow) -> None:
    flow.begin(TODAY)
    flow.set_names(" Ana ", "Ruiz")
    flow.set_birth_date(2, 2, 1980, True, TODAY)
    for item in flow.checklist.items:
        flow.answer(harmless(item))


def test_names_are_cleaned_and_refusals_carry_codes(flow):
    flow.begin(TODAY)
    with pytest.raises(TextRuleError) as refused:
        flow.set_names("Ana", "")
    assert (refused.value.field, refused.value.code) == ("last_name", "empty")
    assert flow.step is Step.NAMES
    flow.set_names("  Ana   María ", "Ruiz")
    assert flow.draft.first_name == "Ana María"
    with pytest.raises(IdentityError) as refused:
        flow.set_birth_date(2, None, 1980, True, TODAY)
    assert refused.value.code == "incomplete"
    with pytest.raises(IdentityError) as refused:
        flow.set_birth_date(2, 2, 1980, False, TODAY)
    assert (refused.value.field, refused.value.code) == ("procedure_date", "not_confirmed")


def test_back_walks_every_step_in_reverse(flow):
    to_review(flow)
    assert flow.step is Step.REVIEW
    assert flow.back() is Step.QUESTION and flow.question_index == 7
    for index in range(6, -1, -1):
        flow.back()
        assert flow.question_index == index
    assert flow.back() is Step.BIRTH
    assert flow.back() is Step.NAMES
    assert flow.back() is Step.WELCOME


def test_an_edit_returns_to_the_review(flow):
    to_review(flow)
    flow.edit("exfoliants")
    assert flow.step is Step.QUESTION and flow.current_item().key == "exfoliants"
    assert flow.back() is Step.REVIEW  # backing out of an edit also returns there
    flow.edit("exfoliants")
    assert flow.answer(Answer("exfoliants", Choice.WITHIN_WINDOW, 2)) is Step.REVIEW
    flags = flow.evaluation().flags
    assert [f.item_key for f in flags] == ["exfoliants"]
    assert flags[0].eligible_from == date(2026, 11, 26)


def test_consent_needs_every_acknowledgement(flow, content_en):
    to_review(flow)
    flow.to_consent()
    with pytest.raises(FlowError):
        flow.acknowledge((), content_en.consent)
    keys = tuple(a.key for a in content_en.consent.acknowledgements)
    assert flow.acknowledge(tuple(reversed(keys)), content_en.consent) is Step.SIGN
    assert flow.draft.acknowledgements == keys


def test_the_submission_is_made_once_per_draft(flow, content_en):
    to_review(flow)
    flow.to_consent()
    flow.acknowledge(tuple(a.key for a in content_en.consent.acknowledgements), content_en.consent)
    with pytest.raises(SignatureError):
        flow.sign("Ana Ruiz", (((1.0, 1.0),),), tiny_png(), content_en.consent)
    first = flow.sign("Ana Ruiz", signature_strokes(), tiny_png(), content_en.consent)
    assert flow.step is Step.SENDING
    assert flow.back() is Step.SENDING  # nothing moves once it is being sent
    flow.step = Step.SIGN  # even if signing were somehow asked again
    again = flow.sign("Ana Ruiz", signature_strokes(), tiny_png(), content_en.consent)
    assert again is first
    assert first.submission_id == flow.draft.submission_id
    assert first.identity.full_name == "Ana Ruiz"
    assert first.station == "tablet-1" and first.procedure_date == TODAY
    assert flow.submitted() is Step.DONE
    flow.wipe()
    assert flow.draft is None and flow.step is Step.WELCOME


def test_a_new_draft_gets_a_new_submission_id(flow):
    flow.begin(TODAY)
    first = flow.draft.submission_id
    flow.wipe()
    flow.begin(TODAY)
    assert flow.draft.submission_id != first and len(first) == 32


def test_answers_that_do_not_fit_the_question_are_refused(flow):
    from kiosk.domain.checklist import AnswerError

    flow.begin(TODAY)
    flow.set_names("Ana", "Ruiz")
    flow.set_birth_date(2, 2, 1980, True, TODAY)
    item = flow.current_item()
    with pytest.raises(AnswerError):
        flow.answer(Answer(item.key, Choice.YES))
    with pytest.raises(FlowError):
        flow.answer(Answer("not-this-one", Choice.NEVER))
