"""Small building blocks shared by the nurse screens: titles, buttons, message lines."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.nurse.style import set_style_property

TOUCH_HEIGHT = 56  # above the 48 px minimum, still dense enough for a workstation

FSI, PDI = "\u2068", "\u2069"  # first-strong isolate ... pop directional isolate


_REORDERING = frozenset(
    ("R", "AL", "AN", "RLE", "RLO", "LRE", "LRO", "PDF", "RLI", "LRI", "FSI", "PDI")
)


def isolate(text: str) -> str:
    """Patient or staff text inside a sentence, isolated when it holds right-to-left letters
    or direction controls, so it cannot reorder the rest of the line."""
    if any(unicodedata.bidirectional(ch) in _REORDERING for ch in text):
        return f"{FSI}{text}{PDI}"
    return text


def plain_label(text: str = "", *, wrap: bool = True, name: str | None = None) -> QLabel:
    """A label that shows its text as typed: markup in a name or reason stays characters."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    if name:
        label.setObjectName(name)
    return label


def title_label(text: str, name: str = "nurseTitle") -> QLabel:
    label = plain_label(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    font = label.font()
    font.setPointSize(max(font.pointSize(), 10) + 8)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def section_label(text: str) -> QLabel:
    label = plain_label(text, wrap=False)
    label.setObjectName("nurseSection")
    font = label.font()
    font.setPointSize(max(font.pointSize(), 10) + 3)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def button(
    text: str,
    accessible: str,
    slot: Callable[[], object] | None = None,
    *,
    primary: bool = False,
    parent: QWidget | None = None,
) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setMinimumHeight(TOUCH_HEIGHT)
    widget.setMinimumWidth(120)
    widget.setAccessibleName(accessible)
    if primary:
        widget.setObjectName("primaryButton")
        widget.setDefault(True)
    if slot is not None:
        widget.clicked.connect(slot)
    return widget


class MessageLine(QLabel):
    """One line that tells the nurse what happened; kind, never a traceback."""

    KINDS = ("info", "error", "ok")  # coloured by nurse.qss through the ``kind`` property

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseMessage")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Message"))
        self.kind = ""
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind
        self.setText(text)
        self.setAccessibleDescription(text)
        set_style_property(self, "kind", kind if kind in self.KINDS else "info")
        self.show()

    def clear_message(self) -> None:
        self.kind = ""
        self.clear()
        self.hide()


def lay_out_form_page(
    page: QWidget, body: QWidget, message: QLabel, back: QPushButton
) -> QScrollArea:
    """A form centred in a scroll area (returned), its message line and a Back button below."""
    holder = QWidget()
    QHBoxLayout(holder).addWidget(body, 1, Qt.AlignmentFlag.AlignHCenter)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(holder)
    footer = QHBoxLayout()
    footer.addWidget(back)
    footer.addStretch(1)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(16, 8, 16, 16)
    layout.addWidget(scroll, 1)
    layout.addWidget(message)
    layout.addLayout(footer)
    return scroll


def separator() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line
