"""Whole check-ins through the kiosk's own buttons, in each language, with a fake submit."""

from __future__ import annotations

import pytest

from kiosk.content import load_content
from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.consent import consent_identity
from tests.ui.patient.conftest import TODAY, FakeSubmit
from tests.ui.patient.walk import (
    accept_consent,
    answer_all,
    check_in,
    enter_birth,
    enter_names,
    tap,
)
from ui.patient.flow import Step


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_whole_check_in_in_each_language(qtbot, make_kiosk, language):
    submit = FakeSubmit()
    kiosk = make_kiosk(submit)
    saved = []
    kiosk.checkin_saved.connect(saved.append)
    tap(qtbot, kiosk.welcome.language_buttons[language])
    check_in(qtbot, kiosk, "José", "Núñez García")
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE)

    assert len(submit.calls) == 1 and len(saved) == 1
    sent = submit.calls[0]
    content = load_content(language)
    assert sent.language == language
    assert sent.identity.first_name == "José" and sent.identity.last_name == "Núñez García"
    assert sent.identity.date_of_birth.isoformat() == "1991-03-07"
    assert sent.procedure_date == TODAY
    assert [a.item_key for a in sent.answers] == list(content.checklist.keys)
    assert Answer("retinoids", Choice.WITHIN_WINDOW, 1) in sent.answers
    assert (sent.checklist_version, sent.checklist_sha256) == (
        content.checklist.version,
        content.checklist.sha256,
    )
    shown = consent_identity(content.consent)
    assert (sent.consent.version, sent.consent.text_sha256) == (shown.version, shown.text_sha256)
    assert {(a.key, a.text_sha256) for a in sent.consent.acknowledgements} == {
        (a.key, shown.text_sha256) for a in content.consent.acknowledgements
    }
    assert sent.consent.typed_name == "José Núñez García"
    assert sent.consent.signature_png.startswith(b"\x89PNG")
    assert len(sent.submission_id) == 32


def test_screens_speak_the_chosen_language(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.language_buttons["es"])
    # Qt posts LanguageChange to every widget; the screens retranslate when it arrives
    qtbot.waitUntil(lambda: kiosk.welcome.start.text() == "Comenzar el registro")
    assert kiosk.welcome.start.accessibleName() == "Comenzar el registro"
    assert kiosk.language_toggle.text() == "English"
    tap(qtbot, kiosk.welcome.start)
    assert kiosk.names.first_label.text() == "Nombre"
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    assert kiosk.birth.entry.month.label.text() == "Mes"
    tap(qtbot, kiosk.birth.entry.month.next)
    assert kiosk.birth.entry.month.label.text() == "enero"
    kiosk.birth.entry.set_value(None, None, None)
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    spanish = load_content("es").checklist.items[0].question
    assert kiosk.question.question.text() == spanish
    # switching back mid-flow keeps the answers and shows English content
    assert kiosk.question.progress.text == "Pregunta 1 de 8"
    tap(qtbot, kiosk.language_toggle)
    assert kiosk.question.question.text() == load_content("en").checklist.items[0].question
    qtbot.waitUntil(lambda: kiosk.question.progress.text == "Question 1 of 8")


def test_finished_screen_returns_to_welcome_by_itself(qtbot, make_kiosk):
    kiosk = make_kiosk(done_seconds=0.05)
    check_in(qtbot, kiosk)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.WELCOME)
    assert kiosk.flow.draft is None
    assert kiosk.current_screen is kiosk.welcome


def test_back_always_works_until_submission(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    answer_all(qtbot, kiosk)
    tap(qtbot, kiosk.review.primary)
    assert kiosk.flow.step is Step.CONSENT
    expected = [Step.REVIEW, Step.QUESTION]
    for step in expected:
        tap(qtbot, kiosk.current_screen.back_button)
        assert kiosk.flow.step is step
    assert kiosk.flow.question_index == 7
    for _ in range(7):
        tap(qtbot, kiosk.question.back_button)
    assert kiosk.flow.question_index == 0
    tap(qtbot, kiosk.question.back_button)
    assert kiosk.flow.step is Step.BIRTH
    tap(qtbot, kiosk.birth.back_button)
    assert kiosk.flow.step is Step.NAMES
    assert kiosk.names.first.text() == "Ana"  # nothing typed is lost by going back
    tap(qtbot, kiosk.names.back_button)
    assert kiosk.flow.step is Step.WELCOME


def test_escape_goes_back_and_enter_moves_on(qtbot, make_kiosk):
    from PySide6.QtCore import Qt

    kiosk = make_kiosk()
    with qtbot.waitActive(kiosk):
        kiosk.activateWindow()
    tap(qtbot, kiosk.welcome.start)
    qtbot.keyClicks(kiosk.names.first, "Ana")
    qtbot.keyClick(kiosk.names.first, Qt.Key.Key_Return)
    assert kiosk.names.last.hasFocus()
    qtbot.keyClicks(kiosk.names.last, "Ruiz")
    qtbot.keyClick(kiosk.names.last, Qt.Key.Key_Return)
    assert kiosk.flow.step is Step.BIRTH
    qtbot.keyClick(kiosk.birth.entry.day, Qt.Key.Key_Escape)
    assert kiosk.flow.step is Step.NAMES


def test_review_edit_returns_to_review(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    answer_all(qtbot, kiosk)
    assert not kiosk.review.notes  # nothing flagged yet
    tap(qtbot, kiosk.review.edit_buttons["exfoliants"])
    assert kiosk.flow.step is Step.QUESTION and kiosk.question.item.key == "exfoliants"
    assert kiosk.question.choice_buttons[Choice.NEVER].chosen()  # the earlier answer shows
    tap(qtbot, kiosk.question.choice_buttons[Choice.WITHIN_WINDOW])
    assert kiosk.question.day_question.text() == load_content("en").checklist.day_question
    tap(qtbot, kiosk.question.back_button)  # back from "which day?" to the choices
    tap(qtbot, kiosk.question.choice_buttons[Choice.WITHIN_WINDOW])
    tap(qtbot, kiosk.question.day_buttons[0])
    assert kiosk.flow.step is Step.REVIEW
    assert kiosk.flow.answer_for("exfoliants") == Answer("exfoliants", Choice.WITHIN_WINDOW, 0)
    assert "(last time: today)" in kiosk.review.edit_buttons["exfoliants"].text()
    note = kiosk.review.notes["exfoliants"].text()
    assert note == load_content("en").checklist.item("exfoliants").patient_note
    assert "nurse" in note.lower()


def test_consent_waits_for_reading_and_every_tick(qtbot, make_kiosk):
    kiosk = make_kiosk()
    kiosk.resize(800, 600)  # small enough that the text must scroll
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    answer_all(qtbot, kiosk)
    tap(qtbot, kiosk.review.primary)
    consent = kiosk.consent
    qtbot.waitUntil(lambda: consent.scroll_area.verticalScrollBar().maximum() > 0)
    assert not consent.read_to_end and not consent.primary.isEnabled()
    boxes = list(consent.checks.values())
    for box in boxes:
        box.box.click()
    assert not consent.primary.isEnabled()  # ticked but not read to the end
    consent.scroll_to_end()
    assert consent.primary.isEnabled()
    boxes[0].box.click()
    assert not consent.primary.isEnabled()
    assert consent.hint.text() == "Please tick each box to show you agree."
    boxes[0].label.clicked.emit()  # tapping the words ticks the box too
    assert consent.primary.isEnabled()
    accept = kiosk.flow.step
    tap(qtbot, consent.primary)
    assert accept is Step.CONSENT and kiosk.flow.step is Step.SIGN


def test_the_kiosk_has_no_way_to_tell_a_returning_patient(make_kiosk):
    """Issue 12: whoever types a name and a date of birth learns nothing about who is a
    patient; the kiosk does not even ask (the match is for the nurse's eyes)."""
    import inspect

    from ui.patient.kiosk_view import PatientKiosk

    assert "find_returning" not in inspect.signature(PatientKiosk).parameters
    with pytest.raises(TypeError):
        make_kiosk(find_returning=lambda identity: object())


def test_sign_screen_accepts_consent_in_a_small_window(qtbot, make_kiosk):
    kiosk = make_kiosk()
    kiosk.resize(800, 1280)
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    answer_all(qtbot, kiosk)
    tap(qtbot, kiosk.review.primary)
    accept_consent(qtbot, kiosk)
    from PySide6.QtWidgets import QBoxLayout

    assert kiosk.sign.columns.box.direction() is QBoxLayout.Direction.TopToBottom
    assert kiosk.width() == 800
    kiosk.resize(1280, 800)
    qtbot.waitUntil(lambda: kiosk.sign.columns.box.direction() is QBoxLayout.Direction.LeftToRight)


def test_enter_presses_the_focused_button(qtbot, make_kiosk):
    from PySide6.QtCore import Qt

    kiosk = make_kiosk()
    with qtbot.waitActive(kiosk):
        kiosk.activateWindow()
    kiosk.welcome.start.setFocus()
    qtbot.keyClick(kiosk.welcome.start, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.NAMES)
    qtbot.keyClick(kiosk.names.back_button, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.WELCOME)


def test_the_clinic_name_is_never_cut_off_in_the_top_bar(qtbot, make_kiosk):
    from PySide6.QtWidgets import QApplication

    from ui.theme import Theme

    app = QApplication.instance()
    before = app.styleSheet()
    theme = Theme()
    theme.apply()  # the real sizes: the bare style's small font would fit anywhere
    try:
        # a name long enough to need its own line in portrait whatever the system font
        kiosk = make_kiosk(theme=theme, clinic_name="Riverside Skin and Laser Clinic")
        tap(qtbot, kiosk.welcome.start)  # all three toggles (the welcome has its own language)
        label = kiosk.clinic_label

        def name_fits() -> bool:
            advance = label.fontMetrics().horizontalAdvance(label.text())
            return advance <= label.contentsRect().width()

        qtbot.waitUntil(lambda: kiosk.top_stacked is False)  # landscape: beside the toggles
        qtbot.waitUntil(name_fits)
        kiosk.resize(800, 1280)
        qtbot.waitUntil(lambda: kiosk.top_stacked is True)  # portrait: its own line above them
        qtbot.waitUntil(name_fits)
        for toggle in kiosk._top_toggles():
            assert label.geometry().bottom() < toggle.geometry().top()
        kiosk.set_language("es")
        theme.set_large_text(True)
        qtbot.waitUntil(name_fits)
        qtbot.waitUntil(
            lambda: all(t.width() >= t.sizeHint().width() for t in kiosk._top_toggles())
        )
        theme.set_large_text(False)
        kiosk.resize(1280, 800)
        qtbot.waitUntil(lambda: kiosk.top_stacked is False)
        qtbot.waitUntil(name_fits)
    finally:
        app.setStyleSheet(before)
