"""Big touch buttons: one primary action per screen, everything else quieter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QWidget

ACTIVATE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

TOUCH_MIN = 64  # px: the smallest thing a finger is asked to hit


class BigButton(QPushButton):
    """A push button at least ``TOUCH_MIN`` high; ``role`` picks its look in the stylesheet."""

    def __init__(self, text: str = "", role: str = "secondary", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setObjectName(f"{role}Button")
        self.setProperty("role", role)
        self.setMinimumHeight(TOUCH_MIN)
        self.setMinimumWidth(TOUCH_MIN)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter presses a focused button too (Qt only does that inside dialogs)."""
        if event.key() in ACTIVATE_KEYS and self.isEnabled():
            self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)

    def describe(self, name: str, description: str) -> BigButton:
        """Set what a screen reader says; returns self so screens can chain it."""
        self.setAccessibleName(name)
        self.setAccessibleDescription(description)
        return self


class ChoiceButton(BigButton):
    """An answer: a plain push button, so its default accessible action ("Press") answers.

    A checkable button is exposed as a check box whose default action only toggles a tick, and
    an assistive tool that uses default actions would be stuck; the chosen answer is shown by
    the ``chosen`` property instead (styled like a checked button) and said in its description.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, "choice", parent)
        self.setMinimumHeight(TOUCH_MIN + 8)
        self.setProperty("chosen", False)

    def set_chosen(self, chosen: bool) -> None:
        if bool(self.property("chosen")) != chosen:
            self.setProperty("chosen", chosen)
            self.style().unpolish(self)  # a dynamic property: the stylesheet looks again
            self.style().polish(self)
            self.update()

    def chosen(self) -> bool:
        return bool(self.property("chosen"))
