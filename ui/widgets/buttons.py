"""Big touch buttons: one primary action per screen, everything else quieter."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

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


class WrapButton(BigButton):
    """A big button whose words wrap onto more lines instead of being cut: a QPushButton
    never wraps, so the words are a transparent word-wrapped label inside it. The button's
    accessible name is set by ``describe`` as for any big button."""

    PAD_X, PAD_Y = 26, 12

    def __init__(self, role: str = "secondary", parent: QWidget | None = None) -> None:
        super().__init__("", role, parent)
        self.words = QLabel(self)
        self.words.setObjectName("buttonWords")
        self.words.setWordWrap(True)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        box = QHBoxLayout(self)
        box.setContentsMargins(self.PAD_X, self.PAD_Y, self.PAD_X, self.PAD_Y)
        box.addWidget(self.words)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        # a push button's height is Fixed at its size hint, worked out for its one-line
        # width: squeezed narrower in a row, its words wrap onto more lines and the button
        # must grow to the height they need (heightForWidth caps it there)
        policy.setVerticalPolicy(QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        """The words go to the wrapping label; the button's own text stays empty."""
        self.words.setText(text)
        self.updateGeometry()

    def text(self) -> str:
        return self.words.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        inner = self.words.heightForWidth(max(width - 2 * self.PAD_X, 40))
        return max(TOUCH_MIN, inner + 2 * self.PAD_Y)

    def sizeHint(self) -> QSize:
        width = min(self.words.sizeHint().width() + 2 * self.PAD_X, 560)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(TOUCH_MIN * 2, TOUCH_MIN)
