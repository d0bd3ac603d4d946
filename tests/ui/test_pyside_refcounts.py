"""The installed PySide6 keeps its references to None.

PySide6 6.12.0 drops a reference to ``None`` on every binding call that returns nothing; on
CPython 3.11 the count reaches zero within minutes of kiosk use and the process aborts
("Fatal Python error: none_dealloc"). pyproject.toml keeps that release off Python 3.11
(docs/pyside6-none-leak.md). This test fails on a PySide6 that leaks, wherever it is installed.
On Python 3.12 and later these singletons are immortal: their count never moves, so the test
passes there, as the leak is harmless.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel

CALLS = 3000


def test_calls_returning_nothing_keep_none(qtbot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.resize(100 + i % 7, 20)  # returns None
        label.setText("y" if i % 2 else "x")
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 100, f"PySide6 lost {lost} references to None in {2 * CALLS} calls"
