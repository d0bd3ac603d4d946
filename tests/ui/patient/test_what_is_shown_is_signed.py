"""What was shown is what is signed: ticks belong to the consent text on screen, a language
switch withdraws them (and the signature over them) and asks again, calmly; the draft keeps the
rest, including a "which day?" half-answer."""

from __future__ import annotations

from kiosk.content import load_content
from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.consent import consent_identity
from tests.ui.patient.conftest import FakeSubmit
from tests.ui.patient.walk import (
    accept_consent,
    answer_all,
    draw_signature,
    enter_birth,
    enter_names,
    tap,
    type_text,
)
from ui.patient.flow import Step

WITHDRAWN_ES = (
    "El consentimiento se muestra ahora en el idioma que ha elegido. Léalo de nuevo y marque "
    "cada casilla; sus respuestas se conservan."
)


def to_consent(qtbot, kiosk) -> None:
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    answer_all(qtbot, kiosk, flagged="retinoids")
    tap(qtbot, kiosk.review.primary)
    assert kiosk.flow.step is Step.CONSENT


def test_english_ticks_never_reach_a_spanish_signature(qtbot, make_kiosk, themed):
    submit = FakeSubmit()
    kiosk = make_kiosk(submit, theme=themed)  # the consent scrolls: reading is asked again
    to_consent(qtbot, kiosk)
    accept_consent(qtbot, kiosk)  # read and ticked in English
    english = consent_identity(load_content("en").consent)
    assert {a.text_sha256 for a in kiosk.flow.draft.acknowledgements} == {english.text_sha256}
    type_text(kiosk.sign.name, "Ana Ruiz")
    draw_signature(qtbot, kiosk.sign.pad)
    assert kiosk.flow.draft.strokes  # the draft has the signature as it is drawn

    tap(qtbot, kiosk.language_toggle)  # Español, on the Sign screen

    assert kiosk.flow.step is Step.CONSENT and kiosk.current_screen is kiosk.consent
    draft = kiosk.flow.draft
    assert draft.acknowledgements == () and not draft.consent_read_to_end
    assert (draft.typed_name, draft.strokes) == ("", ())
    assert kiosk.sign.name.text() == "" and kiosk.sign.pad.is_empty()
    consent = kiosk.consent
    qtbot.waitUntil(lambda: consent.scroll_area.verticalScrollBar().maximum() > 0)
    assert not consent.read_to_end and consent.scroll_area.verticalScrollBar().value() == 0
    assert consent.ticked() == () and not consent.primary.isEnabled()
    assert consent.notice.isVisible() and consent.notice.text() == WITHDRAWN_ES
    spanish = load_content("es").consent
    assert consent.title.text() == spanish.title
    assert draft.identity.full_name == "Ana Ruiz"  # the rest of the check-in is kept
    assert kiosk.flow.answer_for("retinoids") == Answer("retinoids", Choice.WITHIN_WINDOW, 1)

    # the old signature cannot be sent from here: signing belongs to the Sign step
    kiosk.sign.signed.emit("Ana Ruiz", (((1.0, 1.0),),), b"")
    assert submit.calls == [] and kiosk.flow.step is Step.CONSENT

    accept_consent(qtbot, kiosk)  # read and ticked again, in Spanish
    assert not consent.notice.isVisible()
    type_text(kiosk.sign.name, "Ana Ruiz")
    draw_signature(qtbot, kiosk.sign.pad)
    tap(qtbot, kiosk.sign.primary)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE)

    sent = submit.calls[0].consent
    shown = consent_identity(spanish)
    assert (sent.version, sent.text_sha256) == (shown.version, shown.text_sha256)
    assert [(a.key, a.text_sha256) for a in sent.acknowledgements] == [
        (a.key, shown.text_sha256) for a in spanish.acknowledgements
    ]
    assert english.text_sha256 not in repr(submit.calls[0])


def test_switching_back_does_not_bring_the_ticks_back(qtbot, make_kiosk):
    kiosk = make_kiosk()
    to_consent(qtbot, kiosk)
    accept_consent(qtbot, kiosk)
    tap(qtbot, kiosk.language_toggle)  # Español: withdrawn
    tap(qtbot, kiosk.language_toggle)  # English again: the ticks were given once, and are gone
    assert kiosk.flow.step is Step.CONSENT
    assert kiosk.consent.ticked() == () and kiosk.flow.draft.acknowledgements == ()
    assert not kiosk.consent.primary.isEnabled()


def test_a_switch_on_an_earlier_screen_is_explained_on_the_consent(qtbot, make_kiosk):
    kiosk = make_kiosk()
    to_consent(qtbot, kiosk)
    accept_consent(qtbot, kiosk)
    tap(qtbot, kiosk.sign.back_button)
    tap(qtbot, kiosk.consent.back_button)
    assert kiosk.flow.step is Step.REVIEW
    tap(qtbot, kiosk.language_toggle)  # Español on the review
    tap(qtbot, kiosk.review.primary)
    consent = kiosk.consent
    assert consent.ticked() == () and consent.notice.text() == WITHDRAWN_ES
    assert consent.notice.isVisible()
    next(iter(consent.checks.values())).box.click()  # ticking again: the word has done its work
    assert not consent.notice.isVisible() and not kiosk.flow.draft.consent_withdrawn


def test_a_switch_before_any_tick_only_asks_to_read_the_new_text(qtbot, make_kiosk):
    kiosk = make_kiosk()
    to_consent(qtbot, kiosk)
    tap(qtbot, kiosk.language_toggle)
    assert not kiosk.consent.notice.isVisible()  # nothing was withdrawn, nothing to explain
    assert kiosk.flow.draft.consent_shown == consent_identity(load_content("es").consent)


def test_ticks_on_the_same_text_survive_going_back_and_forth(qtbot, make_kiosk, themed):
    kiosk = make_kiosk(theme=themed)
    to_consent(qtbot, kiosk)
    accept_consent(qtbot, kiosk)
    read_to = kiosk.flow.draft.consent_scroll
    assert read_to > 0  # the draft knows where the reading stopped
    tap(qtbot, kiosk.sign.back_button)
    consent = kiosk.consent
    assert len(consent.ticked()) == len(consent.checks) and consent.primary.isEnabled()
    assert not consent.notice.isVisible()
    bar = consent.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() == read_to)  # and it opens there again
    tap(qtbot, consent.back_button)  # to the review, and the consent screen is emptied
    assert consent.checks == {} and consent.content is None
    tap(qtbot, kiosk.review.primary)
    assert len(consent.ticked()) == len(consent.checks) > 0  # rendered from the draft again


def test_which_day_survives_a_language_switch(qtbot, make_kiosk):
    """Issue 14: a choice waiting for "which day?" is draft state, not the screen's."""
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    question = kiosk.question
    key = question.item.key
    tap(qtbot, question.choice_buttons[Choice.WITHIN_WINDOW])
    assert question.pages.currentWidget() is question.day_page

    tap(qtbot, kiosk.language_toggle)

    assert question.pages.currentWidget() is question.day_page
    assert question.day_question.text() == load_content("es").checklist.day_question
    assert question.choice_buttons[Choice.WITHIN_WINDOW].chosen()
    tap(qtbot, question.day_buttons[3])
    assert kiosk.flow.answer_for(key) == Answer(key, Choice.WITHIN_WINDOW, 3)


def test_back_from_which_day_forgets_the_half_answer(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    question = kiosk.question
    tap(qtbot, question.choice_buttons[Choice.WITHIN_WINDOW])
    tap(qtbot, question.back_button)  # from the days to the choices
    assert kiosk.flow.draft.pending is None
    tap(qtbot, kiosk.language_toggle)
    assert question.pages.currentWidget() is question.choice_page


def test_the_idle_timer_watches_the_names_screen(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    type_text(kiosk.names.first, "Ana")
    assert kiosk.idle.active
    kiosk.idle.set_timeouts(0.05, 0.05)
    with qtbot.waitSignal(kiosk.idle.expired, timeout=3000):
        kiosk.idle.reset()
    assert kiosk.flow.step is Step.WELCOME and kiosk.flow.draft is None
    assert kiosk.names.first.text() == ""
