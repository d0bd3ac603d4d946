"""Every patient screen, at 1280x800 and 800x1280, normal and larger text, English and Spanish,
normal and high contrast: no text elided, clipped or pushed out of its view, nothing cut
sideways inside a scrolling area, and the question in view (scrolled back to the top).

One kiosk per combination walks every screen once (each question, "which day?", a refusal,
the idle warning); scripts/screenshots_patient.py renders the same screens to docs/screenshots/.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from kiosk.content import load_content
from scripts.screenshots_patient import TODAY, settle
from ui.patient.flow import Step
from ui.patient.kiosk_view import PatientKiosk
from ui.theme import ThemeOptions

SIZES = {"landscape": (1280, 800), "portrait": (800, 1280)}
COMBINATIONS = list(itertools.product(SIZES, (False, True), ("en", "es"), (False, True)))
NAMES = {"en": ("Ana María", "O'Neil-Pérez"), "es": ("José Antonio", "Núñez García")}


def _id(combo) -> str:
    orientation, large, language, contrast = combo
    return f"{orientation}-{'large' if large else 'normal'}-{language}" + (
        "-contrast" if contrast else ""
    )


def scroll_viewport(widget: QWidget, top: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            return parent
        parent = parent.parentWidget()
    return None


def rect_in(widget: QWidget, other: QWidget) -> QRect:
    return QRect(widget.mapTo(other, QPoint(0, 0)), widget.size())


def text_problems(widget: QWidget) -> list[str]:
    """Why ``widget``'s own words do not all show in its own rectangle, if they do not."""
    name = widget.objectName() or type(widget).__name__
    if isinstance(widget, QLabel):
        text = widget.text()
        room = widget.contentsRect()
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 1:
                return [f"{name} {text[:40]!r}: needs {need} px high, has {widget.height()}"]
            return []
        metrics = widget.fontMetrics()
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        if widest > room.width() + 1:
            return [f"{name} {text[:40]!r}: needs {widest} px wide, has {room.width()}"]
        return []
    if isinstance(widget, QAbstractButton) and widget.hasHeightForWidth():
        # a WrapButton: its words wrap inside it (their label is checked above), so it may be
        # narrower than one line of them, but never lower than the lines it wraps them onto
        need = widget.heightForWidth(widget.width())
        if need > widget.height() + 1:
            return [f"{name} {widget.text()[:40]!r}: needs {need} px high, has {widget.height()}"]
        return []
    if isinstance(widget, QAbstractButton) and len(widget.text()) > 1:
        # narrower than its words and padding need (Qt does not wrap or elide a button's
        # text: it is cut), or lower than one line of its text
        hint = widget.sizeHint()
        if hint.width() > widget.width() + 1 or widget.fontMetrics().height() > widget.height():
            return [
                f"{name} {widget.text()[:40]!r}: needs {hint.width()}x{hint.height()}, "
                f"has {widget.width()}x{widget.height()}"
            ]
    return []


def layout_problems(kiosk: PatientKiosk) -> list[str]:
    problems: list[str] = []
    window = kiosk.rect()
    words = [
        w
        for w in kiosk.findChildren(QWidget)
        if isinstance(w, (QLabel, QAbstractButton))
        and w.isVisible()
        and (w.text().strip() if hasattr(w, "text") else "")
    ]
    for widget in words:
        problems += text_problems(widget)
        name = widget.objectName() or type(widget).__name__
        label = f"{name} {widget.text()[:30]!r}"
        viewport = scroll_viewport(widget, kiosk)
        if viewport is None:
            if not window.contains(rect_in(widget, kiosk)):
                problems.append(f"{label} is outside the window: {rect_in(widget, kiosk)}")
        else:
            where = rect_in(widget, viewport)
            if where.left() < 0 or where.right() > viewport.width():
                problems.append(f"{label} is cut sideways in its scrolling area: {where}")
            if not window.contains(rect_in(viewport, kiosk)):
                problems.append(f"a scrolling area is outside the window: {label}")
    question = kiosk.question
    if kiosk.current_screen is question and question.item is not None:
        shown = question.question
        if question.pages.currentWidget() is question.day_page:
            shown = question.day_question
        where = rect_in(shown, question.scroll_area.viewport())
        if where.top() < 0 or where.top() >= question.scroll_area.viewport().height():
            problems.append(f"the question is out of view: {where}")
    return problems


@pytest.fixture(scope="module")
def app():
    """The application with the screenshots' fonts, its own font given back afterwards (later
    tests measure their layouts in the default font)."""
    from scripts.screenshots_patient import load_fonts

    application = QApplication.instance()
    before = application.font()
    load_fonts(application)
    yield application
    application.setFont(before)


def walk(kiosk: PatientKiosk, app, names: tuple[str, str]) -> Iterator[str]:
    """Every patient screen once, in the order a patient meets them; yields each one's name
    once it is laid out."""
    from kiosk.domain.checklist import Choice
    from scripts.screenshots_patient import sign

    def shown(name: str) -> str:
        settle(app)
        return name

    yield shown("welcome")
    kiosk.welcome.about.click()
    yield shown("about")
    kiosk.about.back_button.click()
    kiosk.welcome.start.click()
    yield shown("names")
    kiosk.names.first.setText("🙂🙂")
    kiosk.names.primary.click()
    yield shown("names-refused")
    kiosk.names.first.setText(names[0])
    kiosk.names.last.setText(names[1])
    kiosk.names.primary.click()
    yield shown("birth")
    kiosk.birth.entry.set_value(7, 3, 1991)
    kiosk.birth.today_box.setChecked(True)
    kiosk.birth.primary.click()
    for index in range(1, len(kiosk.content.checklist.items) + 1):
        yield shown(f"question-{index}")
        buttons = kiosk.question.choice_buttons
        if Choice.WITHIN_WINDOW in buttons:
            buttons[Choice.WITHIN_WINDOW].click()
            yield shown(f"question-{index}-which-day")
            kiosk.question.day_buttons[max(kiosk.question.day_buttons)].click()
        else:
            (buttons.get(Choice.NEVER) or buttons[Choice.NO]).click()
    yield shown("review")
    kiosk.review.primary.click()
    yield shown("consent")
    kiosk.consent.scroll_to_end()
    for box in kiosk.consent.checks.values():
        box.setChecked(True)
    kiosk.consent.primary.click()
    kiosk.sign.name.setText(" ".join(names))
    settle(app)
    sign(kiosk)
    yield shown("sign")
    kiosk.prompt.show_countdown(27)
    yield shown("idle-prompt")
    kiosk.prompt.hide()
    kiosk.sign.primary.click()
    kiosk.sending.set_state("retrying")
    yield shown("sending-retry")
    kiosk.show_step(Step.DONE)
    kiosk.done_timer.stop()
    yield shown("done")


@pytest.mark.parametrize("combo", COMBINATIONS, ids=[_id(c) for c in COMBINATIONS])
def test_every_patient_screen_fits(qtbot, app, combo):
    orientation, large, language, contrast = combo
    width, height = SIZES[orientation]
    found: dict[str, list[str]] = {}
    before = app.styleSheet()
    kiosk = PatientKiosk(
        load_content,
        lambda submission: (_ for _ in ()).throw(RuntimeError("not saved")),
        clinic_name="Riverside Skin Clinic",
        today=lambda: TODAY,
        retry_delays=(3600,),
    )
    qtbot.addWidget(kiosk)
    seen = []
    try:
        kiosk.theme.apply(ThemeOptions(large_text=large, high_contrast=contrast))
        kiosk.resize(width, height)
        kiosk.show()
        kiosk.set_language(language)
        settle(app)
        for name in walk(kiosk, app, NAMES[language]):
            seen.append(name)
            problems = layout_problems(kiosk)
            if problems:
                found[name] = problems
    finally:
        kiosk.switcher.set_language("en")
        kiosk.idle.stop()
        kiosk.idle.uninstall()
        kiosk.retry_timer.stop()
        kiosk.done_timer.stop()
        kiosk.close()
        app.setStyleSheet(before)
    assert seen[-1] == "done" and "question-8" in seen
    report = "\n".join(f"{k}: {'; '.join(v)}" for k, v in found.items())
    assert not found, report
