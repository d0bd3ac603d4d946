"""The patient's name screen with the bad-input corpus: every name either moves on to the
birth date, kept exactly (NFC), or stays with a kind message; the kiosk never breaks.

The screen's own wording is the patient room's to test; this drives the real kiosk view
with the corpus, end to end through Qt's strings (right-to-left, astral, combining text).
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from kiosk.content import load_content
from kiosk.domain.text_rules import MAX_NAME_LENGTH
from tests.robustness.corpus import NAMES
from tests.robustness.rules import folded, name_problem
from ui.patient.flow import Step
from ui.patient.kiosk_view import PatientKiosk
from ui.patient.messages import identity_message

TYPED_BY_KEYS = ["José", "Алексей", "محمد", "דָּוִד", "Nguyễn", "O'Connor", "Smith-Jones"]


@pytest.fixture
def kiosk(qtbot) -> PatientKiosk:
    view = PatientKiosk(
        load_content,
        submit=lambda submission: pytest.fail("nothing is submitted from the name screen"),
        today=lambda: date(2026, 3, 10),
    )
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    return view


def enter(kiosk: PatientKiosk, first: str, last: str) -> None:
    kiosk.wipe()
    kiosk.on_welcome_start_requested()
    assert kiosk.flow.step is Step.NAMES
    kiosk.names.first.setText(first)
    kiosk.names.last.setText(last)
    kiosk.names.primary.click()


def test_every_corpus_name_moves_on_exactly_or_gets_a_kind_message(kiosk) -> None:
    for raw in NAMES:
        enter(kiosk, raw, "Lopez")
        shown = raw[: kiosk.names.first.maxLength()]  # what the field holds
        problem = name_problem(shown)
        if problem is None:
            assert kiosk.flow.step is Step.BIRTH, ascii(raw)
            assert kiosk.flow.draft.first_name == folded(shown), ascii(raw)
        else:
            assert kiosk.flow.step is Step.NAMES, ascii(raw)
            message = kiosk.names.message.text()
            assert message == identity_message("first_name", problem), ascii(raw)
            assert message and "Traceback" not in message and "Error" not in message


def type_text(field: QLineEdit, text: str) -> None:
    """Key presses carrying each character, as a hardware keyboard or an input method sends.

    (QTest.keyClicks takes Latin-1 only and aborts on other scripts.)
    """
    field.setFocus()
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def test_names_typed_on_a_keyboard_arrive_as_typed(kiosk) -> None:
    for name in TYPED_BY_KEYS:
        kiosk.wipe()
        kiosk.on_welcome_start_requested()
        type_text(kiosk.names.first, name)
        type_text(kiosk.names.last, "Núñez")
        assert kiosk.names.first.text() == name
        kiosk.names.primary.click()
        assert kiosk.flow.step is Step.BIRTH, name
        assert (kiosk.flow.draft.first_name, kiosk.flow.draft.last_name) == (name, "Núñez")


def test_a_name_too_long_for_the_sheet_is_refused_kindly(kiosk) -> None:
    enter(kiosk, "A" * (MAX_NAME_LENGTH + 1), "Lopez")
    assert kiosk.flow.step is Step.NAMES
    assert str(MAX_NAME_LENGTH) in kiosk.names.message.text()
