"""A label for staff or patient text that may be long: plain text, each line elided at the end
to fit, with the whole text as its tooltip and accessible name (touch and screen readers).

The lines shown may say it shorter than the whole (the top bar shows the name over the role,
and keeps "Signed in as <name> (<role>)" for the tooltip and screen readers)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.full_text = ""
        self.shown_text = ""
        self.set_full_text(text)

    def set_full_text(self, text: str, shown: str | None = None) -> None:
        """``text`` whole for the tooltip and accessible name; ``shown`` (default ``text``)
        on the label, one or more lines, each cut with "…" when it does not fit."""
        self.full_text = text
        self.shown_text = text if shown is None else shown
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def minimumSizeHint(self) -> QSize:
        return QSize(
            self.fontMetrics().horizontalAdvance("…") * 4, super().minimumSizeHint().height()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.fontMetrics()
        width = max(self.contentsRect().width(), 0)
        self.setText(
            "\n".join(
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
                for line in self.shown_text.split("\n")
            )
        )
