"""Idle wipe leaves nothing of the patient behind; every control can be named and reached."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

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
from ui.widgets.signature import SignaturePad

SECRET_FIRST = "Zyxwandra"
SECRET_LAST = "Quillfeather"


def texts_of(widget: QWidget) -> list[str]:
    texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.displayText(), widget.placeholderText()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    return texts


def to_sign(qtbot, kiosk) -> None:
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, SECRET_FIRST, SECRET_LAST)
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    answer_all(qtbot, kiosk, flagged="retinoids")
    tap(qtbot, kiosk.review.primary)
    accept_consent(qtbot, kiosk)


def test_idle_warns_then_wipes_every_trace(qtbot, make_kiosk):
    kiosk = make_kiosk()
    to_sign(qtbot, kiosk)
    type_text(kiosk.sign.name, f"{SECRET_FIRST} {SECRET_LAST}")
    draw_signature(qtbot, kiosk.sign.pad)
    QGuiApplication.clipboard().setText(SECRET_FIRST)
    assert kiosk.sign.pad.strokes()

    kiosk.idle.set_timeouts(0.05, 0.05)
    with qtbot.waitSignal(kiosk.idle.warning, timeout=2000):
        kiosk.idle.reset()
    assert kiosk.prompt.isVisible()
    assert kiosk.prompt.title.text() == "Do you need more time?"
    with qtbot.waitSignal(kiosk.idle.expired, timeout=2000):
        pass

    assert kiosk.flow.step is Step.WELCOME and kiosk.flow.draft is None
    assert not kiosk.prompt.isVisible()
    leftovers = [
        (type(w).__name__, w.objectName(), text)
        for w in kiosk.findChildren(QWidget)
        for text in texts_of(w)
        if SECRET_FIRST in text or SECRET_LAST in text
    ]
    assert leftovers == []
    assert all(pad.is_empty() for pad in kiosk.findChildren(SignaturePad))
    assert QGuiApplication.clipboard().text() == ""
    for field in kiosk.findChildren(QLineEdit):
        assert field.text() == "" and not field.isUndoAvailable(), field.objectName()
    assert not kiosk.review.edit_buttons and not kiosk.consent.checks


def test_more_time_keeps_everything(qtbot, make_kiosk):
    kiosk = make_kiosk()
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, SECRET_FIRST, SECRET_LAST)
    kiosk.idle.set_timeouts(0.05, 30)
    with qtbot.waitSignal(kiosk.idle.warning, timeout=2000):
        kiosk.idle.reset()
    assert kiosk.prompt.isVisible()
    with qtbot.waitSignal(kiosk.idle.resumed, timeout=2000):
        tap(qtbot, kiosk.prompt.button)
    assert not kiosk.prompt.isVisible()
    assert kiosk.flow.step is Step.BIRTH
    assert kiosk.flow.draft.first_name == SECRET_FIRST


def interactive(widget: QWidget) -> bool:
    from PySide6.QtCore import Qt

    return isinstance(widget, QAbstractButton | QLineEdit | QAbstractScrollArea | SignaturePad) or (
        widget.focusPolicy() & Qt.FocusPolicy.TabFocus and isinstance(widget, QLabel)
    )


def unnamed_controls(kiosk) -> list[str]:
    problems = []
    for widget in kiosk.findChildren(QWidget):
        if not widget.isVisible() or not interactive(widget):
            continue
        label = f"{type(widget).__name__}:{widget.objectName()}:{getattr(widget, 'text', str)()}"
        if not widget.accessibleName().strip():
            problems.append(f"{label} has no accessible name")
        if not widget.accessibleDescription().strip():
            problems.append(f"{label} has no accessible description")
        if isinstance(widget, QPushButton) and widget.height() < 64:
            problems.append(f"{label} is {widget.height()} px high")
    return problems


def test_every_visible_control_has_a_name_and_a_description(qtbot, make_kiosk):
    kiosk = make_kiosk()
    seen_steps = []
    problems = []

    def check():
        seen_steps.append(kiosk.flow.step)
        problems.extend(f"{kiosk.flow.step}: {p}" for p in unnamed_controls(kiosk))

    check()
    tap(qtbot, kiosk.welcome.about)
    check()
    tap(qtbot, kiosk.about.primary)
    tap(qtbot, kiosk.welcome.start)
    check()
    tap(qtbot, kiosk.names.keyboard.accent_key)
    check()
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    check()
    enter_birth(qtbot, kiosk, 2, 2, 1980)
    check()
    item = kiosk.question.item
    from kiosk.domain.checklist import Choice

    tap(qtbot, kiosk.question.choice_buttons[Choice.WITHIN_WINDOW])
    assert item.needs_day(Choice.WITHIN_WINDOW)
    check()
    tap(qtbot, kiosk.question.day_buttons[2])
    answer_all(qtbot, kiosk)
    check()
    tap(qtbot, kiosk.review.primary)
    check()
    accept_consent(qtbot, kiosk)
    check()
    kiosk.idle.set_timeouts(0.05, 30)
    with qtbot.waitSignal(kiosk.idle.warning, timeout=2000):
        kiosk.idle.reset()
    check()
    assert set(seen_steps) >= {
        Step.WELCOME,
        Step.ABOUT,
        Step.NAMES,
        Step.BIRTH,
        Step.QUESTION,
        Step.REVIEW,
        Step.CONSENT,
        Step.SIGN,
    }
    assert problems == []


def test_tab_reaches_every_field_of_the_names_screen(qtbot, make_kiosk):
    kiosk = make_kiosk()
    with qtbot.waitActive(kiosk):
        kiosk.activateWindow()
    tap(qtbot, kiosk.welcome.start)
    kiosk.names.first.setFocus()
    order = []
    widget = kiosk.names.first
    for _ in range(4):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while widget.focusPolicy() == 0 or not widget.isVisible():  # NoFocus keys are skipped
            widget = widget.nextInFocusChain()
    assert order[:3] == [kiosk.names.first, kiosk.names.last, kiosk.names.primary]
