"""CheckinFlow without a window: where back goes, what an edit returns to, one submission."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.consent import SignatureError, consent_identity
from kiosk.domain.patient import IdentityError
from kiosk.domain.text_rules import TextRuleError
from tests.fixtures.database import signature_strokes, tiny_png
from ui.patient.flow import CheckinFlow, ConsentChanged, FlowError, Step

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
    assert flow.draft is None  # out of the check-in: nothing is kept


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


def tick_all(flow: CheckinFlow, consent) -> None:
    shown = consent_identity(consent)
    flow.show_consent(shown)
    flow.keep_reading(1200, True)
    for ack in consent.acknowledgements:
        flow.tick(ack.key, True, shown)


def test_consent_needs_every_acknowledgement(flow, content_en):
    to_review(flow)
    flow.to_consent()
    shown = consent_identity(content_en.consent)
    flow.show_consent(shown)
    with pytest.raises(FlowError):
        flow.acknowledge(content_en.consent)
    flow.keep_reading(1200, True)
    keys = [a.key for a in content_en.consent.acknowledgements]
    for key in reversed(keys):
        flow.tick(key, True, shown)
    flow.tick(keys[0], False, shown)
    with pytest.raises(FlowError):
        flow.acknowledge(content_en.consent)
    flow.tick(keys[0], True, shown)
    assert flow.acknowledge(content_en.consent) is Step.SIGN
    assert {(a.key, a.text_sha256) for a in flow.draft.acknowledgements} == {
        (key, shown.text_sha256) for key in keys
    }


def test_the_consent_must_be_read_to_the_end(flow, content_en):
    to_review(flow)
    flow.to_consent()
    shown = consent_identity(content_en.consent)
    flow.show_consent(shown)
    for ack in content_en.consent.acknowledgements:
        flow.tick(ack.key, True, shown)
    flow.keep_reading(300, False)
    with pytest.raises(FlowError):
        flow.acknowledge(content_en.consent)
    flow.keep_reading(1200, True)
    flow.keep_reading(0, False)  # scrolled back up: what was read stays read
    assert flow.acknowledge(content_en.consent) is Step.SIGN


def test_ticks_on_one_text_cannot_be_signed_over_another(flow, content_en, content_es):
    """What was shown is what is signed: English ticks never reach a Spanish signature."""
    to_review(flow)
    flow.to_consent()
    tick_all(flow, content_en.consent)
    flow.acknowledge(content_en.consent)
    flow.keep_signature("Ana Ruiz", signature_strokes())
    with pytest.raises(ConsentChanged):  # the text shown at signing is not the one ticked
        flow.sign("Ana Ruiz", signature_strokes(), tiny_png(), content_es.consent)
    assert flow.draft.submission is None
    # the kiosk tells the flow the text on screen changed: everything over the old one goes
    assert flow.show_consent(consent_identity(content_es.consent)) is True
    assert flow.step is Step.CONSENT
    draft = flow.draft
    assert draft.acknowledgements == () and not draft.consent_read_to_end
    assert (draft.typed_name, draft.strokes) == ("", ())
    with pytest.raises(ConsentChanged):  # a tick can only be for the text now shown
        english = consent_identity(content_en.consent)
        flow.tick(content_en.consent.acknowledgements[0].key, True, english)
    tick_all(flow, content_es.consent)
    flow.acknowledge(content_es.consent)
    sent = flow.sign("Ana Ruiz", signature_strokes(), tiny_png(), content_es.consent)
    spanish = consent_identity(content_es.consent)
    assert (sent.consent.version, sent.consent.text_sha256) == (
        spanish.version,
        spanish.text_sha256,
    )
    assert {a.text_sha256 for a in sent.consent.acknowledgements} == {spanish.text_sha256}
    assert [a.key for a in sent.consent.acknowledgements] == [
        a.key for a in content_es.consent.acknowledgements
    ]
    assert sent.consent.method == "drawn"


def test_the_same_text_shown_again_keeps_the_ticks(flow, content_en):
    to_review(flow)
    flow.to_consent()
    tick_all(flow, content_en.consent)
    flow.acknowledge(content_en.consent)
    flow.back()
    assert flow.show_consent(consent_identity(content_en.consent)) is False
    assert len(flow.ticked()) == len(content_en.consent.acknowledgements)
    assert flow.draft.consent_read_to_end


def test_the_submission_is_made_once_per_draft(flow, content_en):
    to_review(flow)
    flow.to_consent()
    tick_all(flow, content_en.consent)
    flow.acknowledge(content_en.consent)
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


def test_what_is_typed_and_chosen_lives_in_the_draft(flow):
    flow.begin(TODAY)
    flow.keep_names("An", "")
    assert (flow.draft.first_name, flow.draft.last_name) == ("An", "")
    flow.set_names("Ana", "Ruiz")
    flow.keep_birth("07", 3, "19", False)
    assert (flow.draft.birth_day, flow.draft.birth_month, flow.draft.birth_year) == ("07", 3, "19")
    flow.set_birth_date(7, 3, 1991, True, TODAY)
    assert flow.draft.today_confirmed
    item = flow.current_item()
    flow.keep_pending(Choice.WITHIN_WINDOW)
    assert flow.pending_choice() is Choice.WITHIN_WINDOW
    flow.answer(Answer(item.key, Choice.WITHIN_WINDOW, 1))
    assert flow.draft.pending is None and flow.pending_choice() is None
    with pytest.raises(FlowError):  # an edit is kept only by the step it belongs to
        flow.keep_names("Someone", "Else")


def test_back_from_the_names_forgets_the_draft(flow):
    flow.begin(TODAY)
    flow.keep_names("Zyx", "Quill")
    assert flow.back() is Step.WELCOME
    assert flow.draft is None


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
