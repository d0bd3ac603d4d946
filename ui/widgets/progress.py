"""Where the patient is in the checklist: "Question 3 of 8" and a calm bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget


class StepProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepProgress")
        self.label = QLabel()
        self.label.setObjectName("progressLabel")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self._step = 0
        self._total = 0
        self.retranslate()

    def set_step(self, step: int, total: int) -> None:
        """``step`` counts from 1."""
        self._step, self._total = step, total
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(step)
        self.retranslate()

    @property
    def text(self) -> str:
        return self.label.text()

    def retranslate(self) -> None:
        text = self.tr("Question {step} of {total}").format(step=self._step, total=self._total)
        self.label.setText(text)
        self.bar.setAccessibleName(text)
        self.bar.setAccessibleDescription(self.tr("How far you are through the questions"))
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
