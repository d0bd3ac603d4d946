"""The idle watcher (warn, expire, resume on input) and the stylesheet variants."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from ui.theme import Theme, ThemeOptions, compose_stylesheet
from ui.widgets.idle import IdlePrompt, IdleWatcher


def test_warns_then_expires(qtbot):
    watcher = IdleWatcher(timeout=0.05, warning=0.05)
    watcher.start()
    with qtbot.waitSignal(watcher.warning, timeout=2000) as warned:
        pass
    assert warned.args == [1]
    with qtbot.waitSignal(watcher.expired, timeout=2000):
        pass
    assert not watcher.active


def test_input_anywhere_resets_and_resumes(qtbot):
    button = QPushButton("x")
    qtbot.addWidget(button)
    button.show()
    watcher = IdleWatcher(timeout=0.05, warning=30)
    watcher.install()
    try:
        watcher.start()
        with qtbot.waitSignal(watcher.warning, timeout=2000):
            pass
        assert watcher.warning_shown
        with qtbot.waitSignal(watcher.resumed, timeout=2000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert not watcher.warning_shown
    finally:
        watcher.uninstall()


def test_stopped_watcher_ignores_time(qtbot):
    watcher = IdleWatcher(timeout=0.01, warning=0.01)
    watcher.start()
    watcher.stop()
    with qtbot.assertNotEmitted(watcher.warning, wait=100):
        pass


def test_prompt_counts_down_in_words(qtbot):
    prompt = IdlePrompt()
    qtbot.addWidget(prompt)
    prompt.show_countdown(12)
    assert "12 seconds" in prompt.countdown.text()
    prompt.set_seconds(3)
    assert "3 seconds" in prompt.countdown.text()
    assert prompt.button.accessibleName() == "Yes, I need more time"


def test_variants_are_appended_in_order():
    base = compose_stylesheet(ThemeOptions())
    large = compose_stylesheet(ThemeOptions(large_text=True))
    both = compose_stylesheet(ThemeOptions(large_text=True, high_contrast=True))
    assert large.startswith(base) and both.startswith(large) and len(both) > len(large)
    assert "font-size: 20pt" in base and "#ffff00" in both and "#ffff00" not in large


def test_theme_sets_the_application_sheet_once_per_change(qtbot):
    app = QApplication.instance()
    before = app.styleSheet()
    theme = Theme()
    changes = []
    theme.changed.connect(changes.append)
    try:
        theme.set_high_contrast(True)
        theme.set_high_contrast(True)  # no change, no second application
        assert app.styleSheet() == compose_stylesheet(ThemeOptions(high_contrast=True))
        assert changes == [ThemeOptions(high_contrast=True)]
    finally:
        app.setStyleSheet(before)


def test_images_in_the_sheet_point_at_real_files():
    import re
    from pathlib import Path

    sheet = compose_stylesheet(ThemeOptions(high_contrast=True))
    urls = re.findall(r'url\("([^"]+)"\)', sheet)
    assert urls and "{style}" not in sheet
    assert all(Path(url).is_file() for url in urls)
