"""Every refusal the patient can meet, in kind words, and what must be accepted."""

from __future__ import annotations

import pytest

from kiosk.domain.text_rules import MAX_NAME_LENGTH
from tests.ui.patient.walk import (
    accept_consent,
    answer_all,
    enter_birth,
    enter_names,
    tap,
    type_text,
)
from ui.patient.flow import Step

EMPTY_FIRST = "Please type your first name."


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        ("", "Ruiz", EMPTY_FIRST),
        ("   ", "Ruiz", EMPTY_FIRST),
        ("Ana", "", "Please type your last name."),
        (
            "A" * 300,
            "Ruiz",
            f"That name is longer than we can keep here ({MAX_NAME_LENGTH} letters). Please type"
            " a shorter form; a nurse can add the rest.",
        ),
        ("🙂🙂", "Ruiz", "Please type your name using letters."),
        ("Ana", "🌸", "Please type your name using letters."),
    ],
    ids=["empty", "spaces", "empty-last", "300-characters", "emoji-only", "emoji-last"],
)
def test_names_refused_kindly(qtbot, make_kiosk, first, last, message):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, first, last)
    assert kiosk.flow.step is Step.NAMES
    assert kiosk.names.message.isVisible()
    assert kiosk.names.message.text() == message
    type_text(kiosk.names.first, "x")  # typing again clears the message
    assert not kiosk.names.message.isVisible()


def test_name_messages_in_spanish(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.language_buttons["es"])
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "", "Ruiz")
    assert kiosk.names.message.text() == "Escriba su nombre, por favor."


def test_right_to_left_names_are_accepted_and_shown(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "سارة", "כהן")
    assert kiosk.flow.step is Step.BIRTH
    assert kiosk.flow.draft.first_name == "سارة"
    assert kiosk.flow.draft.last_name == "כהן"
    assert kiosk.names.first.text() == ""  # a screen out of sight holds nothing
    tap(qtbot, kiosk.birth.back_button)
    assert kiosk.names.first.text() == "سارة"  # rendered from the draft when shown again
    assert kiosk.names.last.text() == "כהן"
    tap(qtbot, kiosk.names.primary)
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    assert kiosk.flow.draft.identity.full_name == "سارة כהן"


@pytest.mark.parametrize(
    ("day", "month", "year", "confirm", "message"),
    [
        (31, 4, 1990, True, "That date does not exist. Please check the day and the month."),
        (29, 2, 1990, True, "That date does not exist. Please check the day and the month."),
        (1, 1, 2030, True, "That date is in the future. Please check the year you were born."),
        (1, 1, 1850, True, "Please check the year you were born."),
        (
            7,
            3,
            1991,
            False,
            "Please tick the box to confirm your treatment is today. If it is not today, "
            "please ask at the front desk.",
        ),
    ],
    ids=["31-april", "29-feb-1990", "future", "too-old", "today-not-confirmed"],
)
def test_birth_dates_refused_kindly(qtbot, make_kiosk, day, month, year, confirm, message):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    enter_birth(qtbot, kiosk, day, month, year, confirm=confirm)
    assert kiosk.flow.step is Step.BIRTH
    assert kiosk.birth.message.text() == message


def test_incomplete_birth_date(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    kiosk.birth.today_box.setChecked(True)
    tap(qtbot, kiosk.birth.primary)
    assert kiosk.birth.message.text() == (
        "Please fill in the day, the month and the year you were born."
    )


def _to_sign(qtbot, kiosk):
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    answer_all(qtbot, kiosk)
    tap(qtbot, kiosk.review.primary)
    accept_consent(qtbot, kiosk)
    assert kiosk.flow.step is Step.SIGN


def test_signature_empty_or_a_dot_is_refused(qtbot, make_kiosk):
    from PySide6.QtCore import QPoint, Qt

    submit_calls = []
    kiosk = make_kiosk(submit_calls.append)
    _to_sign(qtbot, kiosk)
    type_text(kiosk.sign.name, "Ana Ruiz")
    tap(qtbot, kiosk.sign.primary)
    assert kiosk.sign.message.text() == "Please sign in the box with your finger."
    qtbot.mouseClick(kiosk.sign.pad, Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    assert len(kiosk.sign.pad.strokes()) == 1
    tap(qtbot, kiosk.sign.primary)
    assert kiosk.sign.message.text() == (
        "That signature is very small. Please tap Clear and sign again, a little bigger."
    )
    tap(qtbot, kiosk.sign.clear)
    assert kiosk.sign.pad.is_empty()
    assert kiosk.flow.step is Step.SIGN and not submit_calls


def test_typed_name_is_required(qtbot, make_kiosk):
    from tests.ui.patient.walk import draw_signature

    kiosk = make_kiosk()
    _to_sign(qtbot, kiosk)
    draw_signature(qtbot, kiosk.sign.pad)
    tap(qtbot, kiosk.sign.primary)
    assert kiosk.sign.message.text() == "Please type your full name."
    assert kiosk.flow.step is Step.SIGN
