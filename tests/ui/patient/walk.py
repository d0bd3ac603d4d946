"""Walking the kiosk the way a patient does: by tapping its buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.domain.checklist import Choice
from ui.patient.flow import Step


def tap(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName() or button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_text(widget: QWidget, text: str) -> None:
    """Type any text as a hardware keyboard would (QTest only knows ASCII keys)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            QApplication.sendEvent(widget, event)


def enter_names(qtbot, kiosk, first: str, last: str) -> None:
    kiosk.names.first.setText("")
    kiosk.names.last.setText("")
    type_text(kiosk.names.first, first)
    type_text(kiosk.names.last, last)
    tap(qtbot, kiosk.names.primary)


def enter_birth(qtbot, kiosk, day: int, month: int, year: int, confirm: bool = True) -> None:
    entry = kiosk.birth.entry
    entry.day.setText("")
    qtbot.mouseClick(entry.day, Qt.MouseButton.LeftButton)
    for digit in str(day):
        tap(qtbot, entry.pad.keys[digit])
    for _ in range(month):
        tap(qtbot, entry.month.next)
    entry.year.setText("")
    qtbot.mouseClick(entry.year, Qt.MouseButton.LeftButton)
    for digit in str(year):
        tap(qtbot, entry.pad.keys[digit])
    if confirm != kiosk.birth.today_box.isChecked():
        kiosk.birth.today_box.box.click()
    tap(qtbot, kiosk.birth.primary)


def answer_all(qtbot, kiosk, flagged: str | None = None, days_ago: int = 1) -> None:
    """Answer every question with its harmless choice; ``flagged`` gets "in the last days"."""
    while kiosk.flow.step is Step.QUESTION:
        item = kiosk.question.item
        buttons = kiosk.question.choice_buttons
        if item.key == flagged:
            choice = Choice.WITHIN_WINDOW if Choice.WITHIN_WINDOW in buttons else Choice.YES
            tap(qtbot, buttons[choice])
            if item.needs_day(choice):
                tap(qtbot, kiosk.question.day_buttons[days_ago])
            continue
        tap(qtbot, buttons[Choice.NEVER] if Choice.NEVER in buttons else buttons[Choice.NO])


def accept_consent(qtbot, kiosk) -> None:
    kiosk.consent.scroll_to_end()
    qtbot.waitUntil(lambda: kiosk.consent.read_to_end)
    for box in kiosk.consent.checks.values():
        box.box.click()
    tap(qtbot, kiosk.consent.primary)


def draw_signature(qtbot, pad) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 120))
    for i in range(1, 25):
        qtbot.mouseMove(pad, QPoint(30 + i * 12, 120 - (i % 5) * 12))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(330, 100))


def sign(qtbot, kiosk, typed_name: str) -> None:
    kiosk.sign.name.setText("")
    type_text(kiosk.sign.name, typed_name)
    draw_signature(qtbot, kiosk.sign.pad)
    tap(qtbot, kiosk.sign.primary)


def check_in(qtbot, kiosk, first="Ana María", last="O'Neil-Pérez", flagged="retinoids") -> None:
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, first, last)
    enter_birth(qtbot, kiosk, 7, 3, 1991)
    answer_all(qtbot, kiosk, flagged=flagged)
    assert kiosk.flow.step is Step.REVIEW
    tap(qtbot, kiosk.review.primary)
    accept_consent(qtbot, kiosk)
    sign(qtbot, kiosk, f"{first} {last}")
