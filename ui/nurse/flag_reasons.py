"""What the checklist flagged, in the nurse's words, with the patient's own one tap away.

The decide page lists the flags the nurse weighs. Their words come from the visit's reading
(:mod:`kiosk.services.reading`): each reason in the nurse's language with its dates in the
nurse's style, and under a "Patient's words" toggle, as on the visit page, the question, the
answer and the reason in the visit's language as the patient read them. Without a reading
(its content missing) the flags show as the checklist worded them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.domain.checklist import Flag
from kiosk.services.results.reading import ReadAnswer, VisitReading
from ui.nurse import labels
from ui.nurse.common import button, plain_label
from ui.nurse.formatting import format_date


def _fit_label(label: QLabel, width: int) -> None:
    needed = label.heightForWidth(width) if width > 0 and label.text() else 0
    label.setMinimumHeight(max(needed, 0))


def _line(outcome_words: str, reason: str) -> str:
    return f"• {outcome_words}: {reason}"


class FlagReasons(QWidget):
    """The reasons as lines ("• Reschedule: …"); below them the toggle and, when on, the
    patient's words of each flagged answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseFlagReasons")
        self.reasons = plain_label(name="flagReasons")
        self.patient_words_button = button(
            self.tr("Patient's words"),
            self.tr("Show each flagged question and answer as the patient read them"),
        )
        self.patient_words_button.setCheckable(True)
        self.patient_words_button.toggled.connect(self.on_patient_words_button_toggled)
        self.patient_words = plain_label(name="patientWords")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.reasons)
        layout.addWidget(self.patient_words_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.patient_words)
        self.clear()

    def show_reading(self, reading: VisitReading) -> None:
        """The flagged answers of ``reading``, most serious first."""
        flagged = sorted(
            (a for a in reading.answers if a.outcome is not None),
            key=lambda a: -a.outcome.severity if a.outcome is not None else 0,
        )
        if not flagged:
            self._show_nothing()
            return
        self.reasons.setText(
            "\n".join(_line(labels.outcome_text(a.outcome), a.reason or "") for a in flagged)
        )
        self.patient_words.setText("\n\n".join(self._theirs(a) for a in flagged))
        self.patient_words_button.setChecked(False)
        self.patient_words_button.show()
        self.patient_words.hide()
        self._fit(self.width())

    def show_flags(self, flags: Sequence[Flag]) -> None:
        """No reading: the flags as the checklist worded them (no patient's words to offer)."""
        if not flags:
            self._show_nothing()
            return
        self.reasons.setText(
            "\n".join(
                _line(labels.outcome_text(f.outcome), f.nurse_text(format_date)) for f in flags
            )
        )
        self._hide_patient_words()

    def clear(self) -> None:
        """Nothing of a patient stays (a sign-out)."""
        self.reasons.clear()
        self._hide_patient_words()

    def on_patient_words_button_toggled(self, shown: bool) -> None:
        self.patient_words.setVisible(shown)
        self._fit(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        """Keep each label as tall as its wrapped words need at this width: the page's scroll
        area sizes it by minimum sizes, which for a wrapping label is too short to read."""
        for label in (self.reasons, self.patient_words):
            _fit_label(label, width)

    def _show_nothing(self) -> None:
        self.reasons.setText(self.tr("Nothing flagged."))
        self._hide_patient_words()

    def _hide_patient_words(self) -> None:
        self.patient_words.clear()
        self.patient_words_button.setChecked(False)
        self.patient_words_button.hide()
        self.patient_words.hide()
        self._fit(self.width())

    @staticmethod
    def _theirs(answer: ReadAnswer) -> str:
        said = [answer.patient_question, answer.patient_answer]
        if answer.patient_reason:
            said.append(answer.patient_reason)
        return "\n".join(said)
