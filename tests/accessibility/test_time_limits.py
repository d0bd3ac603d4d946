"""Time that can be extended (WCAG 2.2.1): the warning gives at least 20 seconds, is said at
once, and one action extends the time; the self-voicing mode allows longer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.config import ConfigError, load_settings
from tests.ui.patient.walk import enter_names, tap
from ui.patient.flow import Step
from ui.speech.voice import SelfVoicing
from ui.widgets.announce import ALERT


def test_a_warning_shorter_than_20_seconds_is_refused(tmp_path):
    config = tmp_path / "kiosk.toml"
    config.write_text("[idle]\nwarning_seconds = 19\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="warning_seconds"):
        load_settings(config, environ={})
    config.write_text("[idle]\nwarning_seconds = 20\n", encoding="utf-8")
    assert load_settings(config, environ={}).idle.warning_seconds == 20
    config.write_text("", encoding="utf-8")  # the default
    assert load_settings(config, environ={}).idle.warning_seconds >= 20


def test_the_warning_is_said_and_one_action_extends_the_time(qtbot, make_kiosk, heard):
    kiosk = make_kiosk(idle_timeout=0.3, idle_warning=5)
    with qtbot.waitActive(kiosk):
        kiosk.activateWindow()
    tap(qtbot, kiosk.welcome.start)
    kiosk.names.first.setText("Ana")
    heard.clear()
    qtbot.waitUntil(lambda: kiosk.prompt.isVisible(), timeout=3000)
    alerts = heard.texts(ALERT)
    assert alerts and alerts[0].startswith("Do you need more time?")
    assert "5 seconds" in alerts[0]
    assert QApplication.focusWidget() is kiosk.prompt.button
    qtbot.keyClick(kiosk.prompt.button, Qt.Key.Key_Return)  # one action
    qtbot.waitUntil(lambda: not kiosk.prompt.isVisible())
    assert kiosk.idle.active and not kiosk.idle.warning_shown
    assert kiosk.flow.step is Step.NAMES and kiosk.flow.draft.first_name == "Ana"
    enter_names(qtbot, kiosk, "Ana", "Ruiz")  # and the check-in goes on
    assert kiosk.flow.step is Step.BIRTH


def test_speaking_allows_three_times_longer(qtbot, make_kiosk):
    from ui.speech.engine import EspeakEngine

    kiosk = make_kiosk(idle_timeout=90, idle_warning=30, voice=SelfVoicing(EspeakEngine()))
    assert (kiosk.idle._timeout_ms, kiosk.idle._warning_ms) == (90_000, 30_000)
    kiosk.set_voicing(True)
    assert (kiosk.idle._timeout_ms, kiosk.idle._warning_ms) == (270_000, 90_000)
    kiosk.wipe()  # the next person: speech off, the usual spans
    assert not kiosk.voice.enabled
    assert (kiosk.idle._timeout_ms, kiosk.idle._warning_ms) == (90_000, 30_000)
