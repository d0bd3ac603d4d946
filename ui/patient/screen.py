"""What every patient screen shares: a title, a body, a footer with Back and one primary action.

Screens show things and emit signals; they hold no business rules. ``retranslate`` sets every
visible and accessible string and runs again on a language change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.announce import refuse
from ui.widgets.buttons import BigButton


class Screen(QWidget):
    back_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None, *, back: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Screen")
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        self.body = QVBoxLayout()
        self.body.setSpacing(20)
        self.back_button = BigButton(role="back")
        self.back_button.clicked.connect(self.back_requested)
        self.primary = BigButton(role="primary")
        self.primary.setMinimumWidth(280)
        footer = QHBoxLayout()
        footer.setSpacing(24)
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.primary)
        self.footer = footer
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 32)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addLayout(self.body, 1)
        layout.addLayout(footer)
        # Only once the button has a parent: shown while parentless, it would open as a window
        # of its own and take the active window from the kiosk (screens are built lazily,
        # while the kiosk shows), leaving the keyboard and screen reader nothing focused.
        self.back_button.setVisible(back)
        if back:
            shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.back_button.click)

    def message_label(self) -> QLabel:
        """A kind, visible message area (errors are never red shouting, just clear)."""
        label = QLabel()
        label.setObjectName("kindMessage")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.hide()
        return label

    def show_message(self, label: QLabel, text: str) -> None:
        refused = label.property("refusal") and label.text()
        label.setText(text)
        label.setAccessibleName(text)
        label.setVisible(bool(text))
        if not text and refused:
            label.setProperty("refusal", False)
            self.retranslate()  # the refused field's own description again

    def refuse(self, label: QLabel, field: QWidget, text: str) -> None:
        """Show a refusal beside the form and make it ``field``'s description, focus it and
        raise it as an accessibility alert; cleared by ``show_message(label, "")``."""
        self.show_message(label, text)
        label.setProperty("refusal", True)
        refuse(field, text)

    def describe_base(self) -> None:
        # The base class's own context: self.tr() would look under the subclass's name.
        self.back_button.setText(QCoreApplication.translate("Screen", "‹ Back"))
        self.back_button.describe(
            QCoreApplication.translate("Screen", "Back"),
            QCoreApplication.translate("Screen", "Goes back one step; nothing is lost"),
        )

    def retranslate(self) -> None:
        self.describe_base()

    def wipe(self) -> None:
        """Clear everything the patient typed or chose (after a check-in or when idle)."""

    def fit_footer(self) -> None:
        """Buttons side by side when their words fit the width, else one above the other
        (portrait, larger text, longer Spanish words): a button's words are never cut."""
        items = (self.footer.itemAt(i) for i in range(self.footer.count()))
        widgets = (item.widget() for item in items if item is not None)
        shown = [w for w in widgets if w is not None and not w.isHidden()]
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        room = self.width() - margins.left() - margins.right()
        need = sum(w.sizeHint().width() for w in shown) + self.footer.spacing() * len(shown)
        direction = (
            QBoxLayout.Direction.TopToBottom
            if need > room and len(shown) > 1
            else QBoxLayout.Direction.LeftToRight
        )
        if self.footer.direction() != direction:
            self.footer.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_footer()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_footer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.LanguageChange,
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
        ):
            self.fit_footer()
