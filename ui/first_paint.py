"""Run something once a widget has painted: how start-up keeps its first frame quick.

The database is opened on a worker, but that worker's imports (SQLAlchemy, Alembic) hold the
GIL for long stretches, and the GUI thread needs the GIL for every event it handles in Python.
Starting the worker only after the first frame is on screen keeps that frame as quick as a bare
window's. The fallback timer makes sure the callback runs even where nothing is ever painted
(a blanked screen, a compositor that never exposes the window).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls ``callback`` once: after the first paint of any of ``widgets``, or the fallback."""

    def __init__(
        self,
        widgets: Iterable[QWidget],
        callback: Callable[[], None],
        *,
        fallback_ms: int | None = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._callback = callback
        self._watched = list(widgets)
        self.done = False
        for widget in self._watched:
            widget.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)  # after every paint event of this frame
        return False

    def _fire(self) -> None:
        if self.done:
            return
        self.done = True
        for widget in self._watched:
            widget.removeEventFilter(self)
        self._callback()


def with_descendants(widget: QWidget) -> list[QWidget]:
    return [widget, *widget.findChildren(QWidget)]
