"""Layouts that reflow between landscape (side by side) and portrait (stacked)."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


def is_portrait(widget: QWidget) -> bool:
    top = widget.window()
    return top.height() > top.width()


class ReflowBox(QWidget):
    """A box that lays its children side by side when the window is wide, stacked when tall."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 32) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)

    def reflow(self) -> None:
        direction = (
            QBoxLayout.Direction.TopToBottom
            if is_portrait(self)
            else QBoxLayout.Direction.LeftToRight
        )
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self._drop_cached_sizes()

    def _drop_cached_sizes(self) -> None:
        """Let every enclosing layout see the new shape now, not after the next event loop
        pass, so a hidden screen never widens the window with its old landscape size."""
        widget: QWidget | None = self
        while widget is not None and not widget.isWindow():
            layout = widget.layout()
            if layout is not None:
                layout.invalidate()
            widget.updateGeometry()
            widget = widget.parentWidget()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.reflow()
        super().resizeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.reflow()
        super().showEvent(event)
