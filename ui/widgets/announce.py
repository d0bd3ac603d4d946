"""Telling the patient something without moving focus, to a screen reader and to the kiosk's
own voice alike.

A screen reader hears an announcement as an accessibility event (``QAccessibleAnnouncementEvent``,
assertive for a refusal, plus an ``Alert`` event on the widget that refused); the self-voicing
mode (``ui.speech``) listens to :func:`announcer`'s ``said`` signal. Screens call :func:`announce`
and never need to know which of the two is listening.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QWidget

POLITE = "polite"
ALERT = "alert"


class Announcer(QObject):
    """The application's one channel of announcements (text, kind: ``POLITE`` or ``ALERT``)."""

    said = Signal(str, str)


_announcer: Announcer | None = None


def announcer() -> Announcer:
    global _announcer
    if _announcer is None:
        _announcer = Announcer()
    return _announcer


def announce(widget: QWidget, text: str, *, alert: bool = False) -> None:
    """Say ``text`` about ``widget``: politely (after what is being read), or as an alert."""
    text = text.strip()
    if not text:
        return
    if QAccessible.isActive():
        if alert:
            QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if alert
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
    announcer().said.emit(text, ALERT if alert else POLITE)


def refuse(field: QWidget, text: str) -> None:
    """A refusal: the field's description becomes the reason, focus goes to it, and the reason
    is raised as an alert (WCAG 3.3.1: the error is identified and described in text)."""
    field.setAccessibleDescription(text)
    field.setFocus()
    announce(field, text, alert=True)
