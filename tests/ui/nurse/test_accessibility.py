"""Every control on every nurse screen has an accessible name and a touch-sized target."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.ui.nurse.conftest import signed_in
from ui.nurse.formatting import parse_search

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
)


def is_qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a composite control, named through their owner."""
    return widget.objectName().startswith("qt_") or widget.metaObject().className() in (
        "QTableCornerButton",
        "QToolButton",
        "QHeaderView",
        "QComboBoxListView",
        "QLineEditIconButton",
    )


def controls(page: QWidget) -> list[QWidget]:
    return [
        w for w in page.findChildren(QWidget) if isinstance(w, CONTROLS) and not is_qt_internal(w)
    ]


@pytest.fixture
def station(qtbot, make_station, admin):
    return signed_in(qtbot, make_station(), admin)


def test_every_control_has_an_accessible_name(station):
    missing = [
        (w.metaObject().className(), w.objectName(), getattr(w, "text", lambda: "")())
        for w in controls(station)
        if not w.accessibleName()
    ]
    assert missing == [], missing


def test_buttons_are_touch_sized(station):
    small = [
        b.text()
        for b in station.findChildren(QAbstractButton)
        if b.metaObject().className() == "QPushButton" and b.minimumHeight() < 48
    ]
    assert small == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", (None, None)),
        ("  garcía ", ("garcía", None)),
        ("1991-04-12", (None, date(1991, 4, 12))),
        ("4/12/1991", (None, date(1991, 4, 12))),  # the reader's style (English: month first)
        ("O'Connor 2", ("O'Connor 2", None)),
    ],
)
def test_search_text_is_a_name_or_a_date_of_birth(qapp, typed, expected):
    assert parse_search(typed) == expected
