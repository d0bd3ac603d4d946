"""A visit's answers in the nurse's language, each with the patient's own wording one tap away.

The words come from :func:`kiosk.services.reading.read_visit`: the question, the answer and
the flag's reason as the nurse reads them; "Patient's words" shows the same three exactly as
the patient read them, in the visit's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.checklist import Outcome
from kiosk.services.results.reading import ReadAnswer, VisitReading

TOUCH = 48


def outcome_words(outcome: Outcome | None) -> str:
    if outcome is None:
        return QCoreApplication.translate("NurseAnswers", "Not flagged")
    return {
        Outcome.PREPARE_ON_ARRIVAL: QCoreApplication.translate(
            "NurseAnswers", "Prepare on arrival"
        ),
        Outcome.NURSE_REVIEW: QCoreApplication.translate("NurseAnswers", "Nurse review"),
        Outcome.RESCHEDULE: QCoreApplication.translate("NurseAnswers", "Reschedule"),
    }[outcome]


def _plain(text: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class AnswerCard(QFrame):
    """One answer; ``patient_words`` toggles the patient's own wording."""

    def __init__(self, answer: ReadAnswer, patient_language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.answer = answer
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = _plain(answer.question, bold=True)
        self.reply = _plain(answer.answer)
        flagged = answer.outcome is not None
        self.reason = _plain(f"{outcome_words(answer.outcome)}: {answer.reason}" if flagged else "")
        self.reason.setVisible(flagged)
        self.patient_words = QPushButton(self.tr("Patient's words"))
        self.patient_words.setCheckable(True)
        self.patient_words.setMinimumHeight(TOUCH)
        self.patient_words.setAccessibleName(
            self.tr("Show the question as the patient read it ({lang})").format(
                lang=patient_language
            )
        )
        shown = [answer.patient_question, answer.patient_answer]
        if answer.patient_reason:
            shown.append(answer.patient_reason)
        self.original = _plain("\n".join(shown))
        self.original.setObjectName("nursePatientWords")
        self.original.hide()
        self.patient_words.toggled.connect(self.on_patient_words_toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.reply)
        layout.addWidget(self.reason)
        layout.addWidget(self.patient_words, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.original)
        self.setAccessibleName(f"{answer.question} {answer.answer}")

    def on_patient_words_toggled(self, shown: bool) -> None:
        self.original.setVisible(shown)
        self._fit(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        """Keep the card as tall as its wrapped words need at this width: a scroll area
        sizes its page by minimum sizes, which for wrapping labels are one line each."""
        layout = self.layout()
        if layout is None or width <= 0:
            return
        needed = layout.totalHeightForWidth(width)
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class ReadingAnswers(QWidget):
    """Every answer of a visit as :class:`AnswerCard`s, flagged ones first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseReadingAnswers")
        self.cards: list[AnswerCard] = []
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)

    def clear(self) -> None:
        """Take every answer off the screen (a sign-out leaves no patient data behind)."""
        for card in self.cards:
            card.hide()
            card.deleteLater()
        self.cards = []

    def show_reading(self, reading: VisitReading) -> None:
        self.clear()
        ordered = sorted(
            reading.answers,
            key=lambda a: -(a.outcome.severity if a.outcome is not None else -1),
        )
        self.cards = [AnswerCard(a, reading.patient_language) for a in ordered]
        for card in self.cards:
            self.column.addWidget(card)
