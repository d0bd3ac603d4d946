"""Review: every answer on one screen, each one tappable to change; flags explained kindly."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.domain.checklist import Answer, Checklist, Evaluation
from ui.patient.question import clear_layout
from ui.patient.screen import Screen
from ui.widgets.buttons import WrapButton
from ui.widgets.scrolling import kinetic


class ReviewScreen(Screen):
    edit_requested = Signal(str)  # item key
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("review", parent)
        self.intro = QLabel()
        self.intro.setObjectName("lead")
        self.intro.setWordWrap(True)
        self.rows_holder = QWidget()
        self.rows = QVBoxLayout(self.rows_holder)
        self.rows.setContentsMargins(0, 0, 16, 0)
        self.rows.setSpacing(14)
        self.scroll_area = QScrollArea()
        kinetic(self.scroll_area)
        self.scroll_area.setObjectName("reviewArea")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.rows_holder)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.scroll_area, 1)
        self.primary.clicked.connect(self.confirmed)
        self.edit_buttons: dict[str, WrapButton] = {}
        self.notes: dict[str, QLabel] = {}
        self._data: tuple[Checklist, dict[str, Answer], Evaluation] | None = None
        self.retranslate()

    def show_answers(
        self, checklist: Checklist, answers: dict[str, Answer], evaluation: Evaluation
    ) -> None:
        self._data = (checklist, answers, evaluation)
        clear_layout(self.rows)
        self.edit_buttons, self.notes = {}, {}
        flags = {f.item_key: f for f in evaluation.flags}
        for item in checklist.items:
            row = QFrame()
            row.setObjectName("reviewRow")
            box = QVBoxLayout(row)
            box.setContentsMargins(20, 14, 20, 14)
            box.setSpacing(8)
            question = QLabel(item.question)
            question.setWordWrap(True)
            question.setObjectName("reviewQuestion")
            button = WrapButton(role="answer")
            button.setObjectName(f"edit_{item.key}")
            button.clicked.connect(lambda _=False, k=item.key: self.edit_requested.emit(k))
            box.addWidget(question)
            box.addWidget(button)
            flag = flags.get(item.key)
            if flag is not None:
                note = QLabel(flag.patient_note)
                note.setObjectName("kindNote")
                note.setWordWrap(True)
                box.addWidget(note)
                self.notes[item.key] = note
            self.rows.addWidget(row)
            row.show()
            self.edit_buttons[item.key] = button
        self.rows.addStretch(1)
        self.retranslate()

    def answer_text(self, checklist: Checklist, answer: Answer | None, key: str) -> str:
        if answer is None:
            return self.tr("Not answered yet")
        words = checklist.label(checklist.item(key), answer.choice)
        if answer.days_ago is None:
            return words
        when = {0: self.tr("today"), 1: self.tr("yesterday")}.get(
            answer.days_ago, self.tr("{n} days ago").format(n=answer.days_ago)
        )
        return self.tr("{answer} (last time: {when})").format(answer=words, when=when)

    def focus_first(self) -> None:
        self.primary.setFocus()

    def wipe(self) -> None:
        clear_layout(self.rows)
        self.edit_buttons, self.notes = {}, {}
        self._data = None
        self.scroll_area.verticalScrollBar().setValue(0)

    def retranslate(self) -> None:
        self.describe_base()
        self.title.setText(self.tr("Please check your answers"))
        self.intro.setText(self.tr("Tap an answer to change it."))
        self.primary.setText(self.tr("My answers are right ›"))
        self.primary.describe(self.tr("My answers are right"), self.tr("Goes on to the consent"))
        self.scroll_area.setAccessibleName(self.tr("Your answers"))
        self.scroll_area.setAccessibleDescription(self.tr("Each answer can be tapped to change it"))
        if self._data is None:
            return
        checklist, answers, _ = self._data
        for key, button in self.edit_buttons.items():
            text = self.answer_text(checklist, answers.get(key), key)
            button.setText(text + "   ✎")
            button.describe(
                self.tr("{question} Your answer: {answer}").format(
                    question=checklist.item(key).question, answer=text
                ),
                self.tr("Tap to change this answer"),
            )
