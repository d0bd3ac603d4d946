"""The welcome shows without building the other screens or reading the content; the first tap
does both, and a screen built late is wired like one built early."""

from __future__ import annotations

from kiosk.content import ContentBundle, load_content
from ui.patient.flow import Step
from ui.patient.kiosk_view import PatientKiosk
from ui.theme import Theme


def test_first_tap_reads_the_content_and_builds_the_next_screen(qtbot) -> None:
    read: list[str] = []

    def content(language: str) -> ContentBundle:
        read.append(language)
        return load_content(language)

    kiosk = PatientKiosk(content, lambda submission: None, theme=Theme())
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    assert read == []
    assert set(kiosk.screens) == {Step.WELCOME}
    assert kiosk.stack.count() == 1

    kiosk.welcome.start.click()
    assert read == ["en"]
    assert kiosk.flow.step is Step.NAMES and kiosk.current_screen is kiosk.names
    assert set(kiosk.screens) == {Step.WELCOME, Step.NAMES}

    kiosk.names.back_button.click()  # built late, wired all the same
    assert kiosk.flow.step is Step.WELCOME and kiosk.current_screen is kiosk.welcome
    kiosk.welcome.start.click()
    assert read == ["en"]  # read once
    kiosk.idle.stop()
    kiosk.idle.uninstall()


def test_a_language_chosen_before_the_first_tap_is_the_one_read(qtbot) -> None:
    read: list[str] = []

    def content(language: str) -> ContentBundle:
        read.append(language)
        return load_content(language)

    kiosk = PatientKiosk(content, lambda submission: None, theme=Theme())
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.set_language("es")
    assert read == []
    buttons = kiosk.welcome.language_buttons
    assert buttons["es"].chosen() and not buttons["en"].chosen()  # the welcome shows it chosen
    kiosk.welcome.start.click()
    assert read == ["es"]
    assert kiosk.content.checklist.language == "es"
    kiosk.switcher.set_language("en")
    assert read == ["es", "en"]  # in use: the new language is read at once
    kiosk.idle.stop()
    kiosk.idle.uninstall()


def test_a_screen_built_late_opens_no_window_of_its_own(qtbot) -> None:
    """Built while the kiosk shows, no part of a screen flashes up as a window and takes the
    active window (and with it the keyboard focus a screen reader follows)."""
    from PySide6.QtWidgets import QApplication

    kiosk = PatientKiosk(load_content, lambda submission: None, theme=Theme())
    qtbot.addWidget(kiosk)
    kiosk.show()
    with qtbot.waitActive(kiosk):
        kiosk.activateWindow()
    for step in (Step.ABOUT, Step.NAMES, Step.BIRTH, Step.QUESTION, Step.REVIEW, Step.CONSENT):
        kiosk._screen(step)
        QApplication.processEvents()
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not kiosk]
        assert shown == [], step
        assert QApplication.activeWindow() is kiosk, step
    kiosk.welcome.start.click()
    assert QApplication.focusWidget() is kiosk.names.first
    kiosk.idle.stop()
    kiosk.idle.uninstall()
