"""The on-screen keyboard types into its target, with accents, capitals and backspace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ui.widgets.keyboard import ACCENT_ROWS, OnScreenKeyboard


def make(qtbot):
    keyboard = OnScreenKeyboard()
    field = QLineEdit()
    qtbot.addWidget(keyboard)
    qtbot.addWidget(field)
    keyboard.set_target(field)
    keyboard.show()
    return keyboard, field


def press(qtbot, key) -> None:
    qtbot.mouseClick(key, Qt.MouseButton.LeftButton)


def test_words_start_with_a_capital_and_carry_on_in_lower_case(qtbot):
    keyboard, field = make(qtbot)
    for ch in "jose":
        press(qtbot, keyboard.key_for(ch))
    press(qtbot, keyboard.hyphen_key)
    for ch in "luis":
        press(qtbot, keyboard.key_for(ch))
    press(qtbot, keyboard.apostrophe_key)
    press(qtbot, keyboard.space_key)
    assert field.text() == "Jose-Luis' "


def test_accented_letters_and_backspace(qtbot):
    keyboard, field = make(qtbot)
    press(qtbot, keyboard.key_for("n"))
    press(qtbot, keyboard.accent_key)
    assert keyboard.showing_accents
    for ch in "úñe":
        if ch == "e":
            press(qtbot, keyboard.accent_key)  # back to plain letters
        press(qtbot, keyboard.key_for(ch))
    assert field.text() == "Núñe"
    press(qtbot, keyboard.backspace_key)
    assert field.text() == "Núñ"


def test_every_accent_the_brief_names_is_on_the_keyboard():
    wanted = "áéíóúüñçàèìòùâêîôûäëïöãõåæøœßł"
    assert set(wanted) <= set("".join(ACCENT_ROWS))


def test_shift_makes_one_capital_and_a_hardware_keyboard_still_types(qtbot):
    keyboard, field = make(qtbot)
    press(qtbot, keyboard.key_for("m"))
    press(qtbot, keyboard.key_for("c"))
    press(qtbot, keyboard.shift_key)
    press(qtbot, keyboard.key_for("d"))
    press(qtbot, keyboard.key_for("o"))
    assert field.text() == "McDo"
    qtbot.keyClicks(field, "nald")
    assert field.text() == "McDonald"
    assert keyboard.key_for("a").focusPolicy() == Qt.FocusPolicy.NoFocus


def test_uppercase_sharp_s_stays_one_letter(qtbot):
    keyboard, field = make(qtbot)
    press(qtbot, keyboard.accent_key)
    press(qtbot, keyboard.key_for("ß"))
    assert field.text() == "ß"


def test_keys_have_accessible_names(qtbot):
    keyboard, _ = make(qtbot)
    assert keyboard.key_for("ñ").accessibleName() == "ñ"
    assert keyboard.backspace_key.accessibleName() == "Delete"
    assert keyboard.key_for("q").height() >= 64
