"""A name the documents cannot print is refused on the name screen, kindly, in both languages;
names they can print (emoji Symbola has, CJK Ext. B, right-to-left) go through."""

from __future__ import annotations

import pytest

from tests.ui.patient.walk import enter_names, tap
from ui.patient.flow import Step

EN = (
    "We cannot print part of that name on your papers. Please type it without symbols or"
    " pictures; a nurse can help."
)
ES = (
    "No podemos imprimir parte de ese nombre en sus documentos. Escríbalo sin símbolos ni"
    " dibujos, por favor; el personal de enfermería le puede ayudar."
)


def test_an_unprintable_name_is_refused_as_typed(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana 🫠", "Ruiz")
    assert kiosk.flow.step is Step.NAMES
    assert kiosk.names.message.text() == EN
    assert kiosk.names.first.text() == "Ana 🫠"  # nothing typed is lost


def test_the_refusal_in_spanish(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.language_buttons["es"])
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "𓀀")
    assert kiosk.names.message.text() == ES


@pytest.mark.parametrize(("first", "last"), [("Zoë 😀", "Núñez"), ("𠮷", "山田"), ("محمد", "כהן")])
def test_printable_names_go_through(qtbot, make_kiosk, first, last):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, first, last)
    assert kiosk.flow.step is Step.BIRTH
