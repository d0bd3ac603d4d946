"""What the kiosk says about a widget: its accessible name, what kind of control it is, its
state and its description, in the patient's language; and a screen's words in reading order."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget


def role_word(role: QAccessible.Role) -> str:
    words = {
        QAccessible.Role.Button: QCoreApplication.translate("SelfVoicing", "button"),
        QAccessible.Role.CheckBox: QCoreApplication.translate("SelfVoicing", "check box"),
        QAccessible.Role.RadioButton: QCoreApplication.translate("SelfVoicing", "option"),
        QAccessible.Role.EditableText: QCoreApplication.translate("SelfVoicing", "text field"),
        QAccessible.Role.ScrollBar: QCoreApplication.translate("SelfVoicing", "scroll bar"),
    }
    return words.get(role, "")


def describe_widget(widget: QWidget) -> str:
    """One sentence for the focused control: "Never, button. Answer: Never"."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return ""
    name = iface.text(QAccessible.Text.Name) or ""
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    role = iface.role()
    parts = [name, role_word(role)]
    state = iface.state()
    if role == QAccessible.Role.CheckBox:
        parts.append(
            QCoreApplication.translate("SelfVoicing", "ticked")
            if state.checked
            else QCoreApplication.translate("SelfVoicing", "not ticked")
        )
    if isinstance(widget, QLineEdit):
        parts.append(widget.text() or QCoreApplication.translate("SelfVoicing", "empty"))
    if not widget.isEnabled():
        parts.append(QCoreApplication.translate("SelfVoicing", "not available yet"))
    head = ", ".join(p for p in parts if p)
    description = iface.text(QAccessible.Text.Description) or ""
    return f"{head}. {description}" if description else head


def _position(widget: QWidget, top: QWidget) -> tuple[int, int]:
    where = widget.mapTo(top, QPoint(0, 0))
    return where.y(), where.x()


def screen_words(screen: QWidget) -> list[str]:
    """The visible words of ``screen`` that are not controls, top to bottom."""
    labels = [
        label
        for label in screen.findChildren(QLabel)
        if label.isVisibleTo(screen)
        and label.text().strip()
        and (label.pixmap() is None or label.pixmap().isNull())
    ]
    labels.sort(key=lambda label: _position(label, screen))
    return [" ".join(label.text().split()) for label in labels]
