"""What a screen reader (or any assistive tool using Qt's accessibility interfaces) finds on the
patient screens: answers it can press, the question as the group's name and said on arrival,
refusals raised as alerts and set as the field's description, the consent's state said."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface
from PySide6.QtWidgets import QApplication

from kiosk.content import load_content
from kiosk.domain.checklist import Choice
from tests.ui.patient.walk import enter_birth, enter_names, tap, type_text
from ui.patient.flow import Step
from ui.widgets.announce import ALERT


def iface(widget):
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid()
    return found


def default_action(qtbot, widget) -> None:
    """What an assistive tool does to "activate": the first of the widget's actions."""
    actions = iface(widget).actionInterface()
    assert actions is not None
    names = actions.actionNames()
    assert names, widget.objectName()
    actions.doAction(names[0])


def active(qtbot, kiosk):
    """The kiosk as the active window: focus (what a screen reader follows) is real then."""
    with qtbot.waitActive(kiosk):
        kiosk.activateWindow()
    return kiosk


def to_questions(qtbot, kiosk) -> None:
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    enter_birth(qtbot, kiosk, 7, 3, 1991)
    assert kiosk.flow.step is Step.QUESTION


def test_an_answer_is_a_button_whose_default_action_answers(qtbot, make_kiosk):
    kiosk = active(qtbot, make_kiosk())
    to_questions(qtbot, kiosk)
    button = kiosk.question.choice_buttons[Choice.NEVER]
    a = iface(button)
    assert a.role() == QAccessible.Role.Button  # not a check box whose action only ticks
    assert a.actionInterface().actionNames()[0] == QAccessibleActionInterface.pressAction()
    default_action(qtbot, button)
    qtbot.waitUntil(lambda: kiosk.flow.question_index == 1)
    # and back on question 1, the earlier answer is said, not only shown
    tap(qtbot, kiosk.question.back_button)
    again = kiosk.question.choice_buttons[Choice.NEVER]
    assert again.chosen()
    assert "Your answer so far" in again.accessibleDescription()


def test_the_question_is_the_groups_name_and_is_said_on_arrival(qtbot, make_kiosk, heard):
    kiosk = active(qtbot, make_kiosk())
    to_questions(qtbot, kiosk)
    item = load_content("en").checklist.items[0]
    group = iface(kiosk.question.choice_buttons[Choice.NEVER]).parent()
    assert group.role() == QAccessible.Role.Grouping
    assert group.text(QAccessible.Text.Name) == item.question
    assert heard.texts()[-1] == f"Question 1 of 8. {item.question}"
    assert QApplication.focusWidget() in kiosk.question.choice_buttons.values()
    heard.clear()
    tap(qtbot, kiosk.question.choice_buttons[Choice.NEVER])
    second = load_content("en").checklist.items[1].question
    assert heard.texts() == [f"Question 2 of 8. {second}"]


def test_which_day_is_its_own_group_and_said(qtbot, make_kiosk, heard):
    kiosk = active(qtbot, make_kiosk())
    to_questions(qtbot, kiosk)
    question = kiosk.question
    while Choice.WITHIN_WINDOW not in question.choice_buttons:
        tap(qtbot, question.choice_buttons[Choice.NEVER])
    heard.clear()
    default_action(qtbot, question.choice_buttons[Choice.WITHIN_WINDOW])
    qtbot.waitUntil(lambda: bool(question.day_buttons))
    day_question = question.checklist.day_question
    assert heard.texts() == [day_question]
    assert iface(question.day_buttons[0]).parent().text(QAccessible.Text.Name) == day_question


def test_refusals_are_alerts_and_the_fields_description(qtbot, make_kiosk, heard):
    kiosk = active(qtbot, make_kiosk())
    tap(qtbot, kiosk.welcome.start)
    tap(qtbot, kiosk.names.primary)  # nothing typed
    alerts = heard.texts(ALERT)
    assert len(alerts) == 1 and alerts[0] == kiosk.names.message.text()
    assert QApplication.focusWidget() is kiosk.names.first
    assert kiosk.names.first.accessibleDescription() == alerts[0]
    type_text(kiosk.names.first, "A")  # typing again: the field's own description is back
    assert kiosk.names.first.accessibleDescription() != alerts[0]
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    heard.clear()
    enter_birth(qtbot, kiosk, 31, 2, 1991)  # 31 February
    alerts = heard.texts(ALERT)
    assert len(alerts) == 1 and alerts[0] == kiosk.birth.message.text()
    assert QApplication.focusWidget() is kiosk.birth.entry.day
    assert kiosk.birth.entry.day.accessibleDescription() == alerts[0]


def test_the_signature_refusal_is_an_alert_on_the_pad(qtbot, make_kiosk, heard):
    from tests.ui.patient.walk import accept_consent, answer_all

    kiosk = active(qtbot, make_kiosk())
    to_questions(qtbot, kiosk)
    answer_all(qtbot, kiosk)
    tap(qtbot, kiosk.review.primary)
    accept_consent(qtbot, kiosk)
    type_text(kiosk.sign.name, "Ana Ruiz")
    heard.clear()
    tap(qtbot, kiosk.sign.primary)  # nothing drawn
    alerts = heard.texts(ALERT)
    assert len(alerts) == 1 and alerts[0] == kiosk.sign.message.text()
    assert QApplication.focusWidget() is kiosk.sign.pad
    assert kiosk.sign.pad.accessibleDescription() == alerts[0]


def test_consent_statements_state_and_the_rest_of_the_text_are_said(
    qtbot, make_kiosk, themed, heard
):
    from tests.ui.patient.walk import answer_all

    kiosk = active(qtbot, make_kiosk(theme=themed))
    to_questions(qtbot, kiosk)
    answer_all(qtbot, kiosk)
    tap(qtbot, kiosk.review.primary)
    consent = kiosk.consent
    qtbot.waitUntil(lambda: consent.scroll_area.verticalScrollBar().maximum() > 0)
    assert "% of the text is below" in consent.scroll_area.accessibleDescription()
    heard.clear()
    consent.scroll_to_end()
    qtbot.waitUntil(lambda: consent.read_to_end)
    assert consent.scroll_area.accessibleDescription() == "You have reached the end of the text"
    assert heard.texts() == ["Please tick each box to show you agree."]
    boxes = list(consent.checks.values())
    first = iface(boxes[0].box)
    assert first.role() == QAccessible.Role.CheckBox
    assert first.text(QAccessible.Text.Name) == boxes[0].text()
    heard.clear()
    boxes[0].box.click()
    total = len(boxes)
    assert heard.texts()[0] == f"Ticked. {total - 1} of {total} statements left to tick."
    assert first.state().checked
    for box in boxes[1:]:
        box.box.click()
    assert heard.texts()[-1] == "Thank you. You can now sign."


def test_one_language_control_on_the_welcome_and_focus_on_start(qtbot, make_kiosk):
    kiosk = active(qtbot, make_kiosk())
    welcome = kiosk.welcome
    assert not kiosk.language_toggle.isVisibleTo(kiosk)
    names = [iface(b).text(QAccessible.Text.Name) for b in welcome.language_buttons.values()]
    assert names == ["English", "Español"]
    for button in welcome.language_buttons.values():
        assert iface(button).role() == QAccessible.Role.Button
    assert QApplication.focusWidget() is welcome.start
    qtbot.keyClick(welcome.start, Qt.Key.Key_Return)  # Enter starts; it switches nothing
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.NAMES)
    assert kiosk.switcher.language == "en"
    assert kiosk.language_toggle.isVisibleTo(kiosk)  # on the other screens: the one toggle
    default_action(qtbot, kiosk.names.back_button)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.WELCOME)
    default_action(qtbot, welcome.language_buttons["es"])
    qtbot.waitUntil(lambda: kiosk.switcher.language == "es")
    assert welcome.language_buttons["es"].chosen()
    assert welcome.language_buttons["es"].accessibleDescription().startswith("En uso")


def test_a_tap_in_a_filled_year_selects_it_whole(qtbot, make_kiosk):
    kiosk = active(qtbot, make_kiosk())
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    entry = kiosk.birth.entry
    entry.set_texts("7", 3, "1890")
    qtbot.mouseClick(entry.day, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(entry.year, Qt.MouseButton.LeftButton)  # mid-number
    assert entry.year.selectedText() == "1890"
    for digit in "1985":
        tap(qtbot, entry.pad.keys[digit])
    assert entry.year.text() == "1985"
    qtbot.keyClick(entry.year, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is entry.year
    assert entry.year.selectedText() == "1985"  # by the keyboard too
