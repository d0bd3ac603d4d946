"""Touch: every scrolling area a patient sees scrolls by swiping (kinetic), and reaching the end
of the consent by swiping counts as reading to the end."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QScrollArea, QScroller

from tests.ui.patient.walk import answer_all, enter_birth, enter_names, tap
from ui.patient.flow import Step


def swipe_up(qtbot, viewport, distance: int = 400) -> None:
    """A quick upward flick, fed to the viewport's own QScroller through ``handleInput``: the
    entry point Qt's flick gesture recogniser calls for a finger or a pressed mouse. (Mouse
    events synthesised by QTest, offscreen or under Xvfb, do not reach the recogniser, so the
    test starts one step later; what follows, the kinetic scroll, the scroll bar moving, the
    consent noticing the end, is the real path.)"""
    scroller = QScroller.scroller(viewport)
    x, start = viewport.width() / 2, viewport.height() - 20
    clock = 0
    scroller.handleInput(QScroller.Input.InputPress, QPointF(x, start), clock)
    for step in range(1, 11):
        clock += 10
        y = start - distance * step / 10
        scroller.handleInput(QScroller.Input.InputMove, QPointF(x, y), clock)
    scroller.handleInput(QScroller.Input.InputRelease, QPointF(x, start - distance), clock + 10)


def test_every_patient_scroll_area_scrolls_by_swiping(make_kiosk):
    kiosk = make_kiosk()
    # the screens are built at their first use: build every one, as a check-in does
    screens = (kiosk.about, kiosk.question, kiosk.review, kiosk.consent, kiosk.sign, kiosk.done)
    assert all(screen is not None for screen in screens)
    areas = kiosk.findChildren(QScrollArea)
    assert len(areas) >= 4  # about, question, review, consent
    for area in areas:
        assert QScroller.hasScroller(area.viewport()), area.objectName() or area.parent()


def test_the_consent_is_read_to_the_end_by_swiping(qtbot, make_kiosk, themed):
    kiosk = make_kiosk(theme=themed)
    tap(qtbot, kiosk.welcome.start)
    enter_names(qtbot, kiosk, "Ana", "Ruiz")
    enter_birth(qtbot, kiosk, 7, 3, 1991)
    answer_all(qtbot, kiosk)
    tap(qtbot, kiosk.review.primary)
    consent = kiosk.consent
    assert kiosk.flow.step is Step.CONSENT
    bar = consent.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert not consent.read_to_end and not consent.primary.isEnabled()
    viewport = consent.scroll_area.viewport()
    swipe_up(qtbot, viewport)
    qtbot.waitUntil(lambda: bar.value() > 0)  # the swipe moved the text
    for _ in range(30):
        if consent.read_to_end:
            break
        swipe_up(qtbot, viewport)
        scroller = QScroller.scroller(viewport)
        qtbot.waitUntil(lambda s=scroller: s.state() != QScroller.State.Scrolling, timeout=5000)
    assert consent.read_to_end
    assert kiosk.flow.draft.consent_read_to_end  # the draft knows, as with the scroll bar
    for box in consent.checks.values():
        box.box.click()
    assert consent.primary.isEnabled()
