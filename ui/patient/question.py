"""The checklist, one question a screen: big answers, help text, and "which day?" if needed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.checklist import CHOICES_BY_KIND, Answer, Checklist, ChecklistItem, Choice
from ui.patient.screen import Screen
from ui.widgets.announce import announce
from ui.widgets.buttons import ChoiceButton
from ui.widgets.progress import StepProgress
from ui.widgets.scrolling import kinetic


def clear_layout(layout: QVBoxLayout) -> None:
    """Remove and delete every widget now, so none lingers on screen or in a widget walk."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


class QuestionScreen(Screen):
    """Shows one question with the draft's answer, or its choice waiting for "which day?"."""

    answered = Signal(object)  # Answer
    pending_changed = Signal(object)  # a choice waiting for its day, or None: for the draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("question", parent)
        self.checklist: Checklist | None = None
        self.item: ChecklistItem | None = None
        self.previous: Answer | None = None
        self.pending: Choice | None = None  # chosen, waiting for "which day?"
        self.progress = StepProgress()
        self.question = QLabel()
        self.question.setObjectName("questionText")
        self.question.setWordWrap(True)
        self.help = QLabel()
        self.help.setObjectName("helpText")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.pages = QStackedWidget()
        # Groups, so that the question is the accessible name around its answers.
        self.choice_page = answer_group()
        self.choice_box = QVBoxLayout(self.choice_page)
        self.choice_box.setContentsMargins(0, 0, 0, 0)
        self.choice_box.setSpacing(10)
        self.day_page = answer_group()
        self.day_box = QVBoxLayout(self.day_page)
        self.day_box.setContentsMargins(0, 0, 0, 0)
        self.day_box.setSpacing(10)
        self.pages.addWidget(self.choice_page)
        self.pages.addWidget(self.day_page)
        self.choice_buttons: dict[Choice, ChoiceButton] = {}
        self.day_buttons: dict[int, ChoiceButton] = {}
        self.title.hide()  # the progress line is this screen's heading
        self.body.setSpacing(14)
        self.body.insertWidget(0, self.progress)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(14)
        column.addWidget(self.question)
        column.addWidget(self.help)
        column.addWidget(self.pages)
        column.addStretch(1)
        self.scroll_area = QScrollArea()  # long help or larger text scrolls instead of overflowing
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(holder)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        kinetic(self.scroll_area)
        self.body.addWidget(self.scroll_area, 1)
        self.primary.hide()  # one tap on an answer moves on; no second button to find
        self.back_button.clicked.disconnect()
        self.back_button.clicked.connect(self.on_back_button_clicked)
        self.retranslate()

    # -- showing ----------------------------------------------------------------------------

    def show_item(
        self,
        checklist: Checklist,
        index: int,
        previous: Answer | None,
        pending: Choice | None = None,
    ) -> None:
        """Render question ``index`` with the draft's answer, or with ``pending`` (a choice the
        patient made that asks "which day?") on the day page; always from the top."""
        self.checklist = checklist
        self.item = checklist.items[index]
        self.previous = previous
        self.pending = None
        self.progress.set_step(index + 1, len(checklist.items))
        self._build_choices()
        self.help.show()
        self.pages.setCurrentWidget(self.choice_page)
        self.retranslate()
        if pending is not None and self.item.needs_day(pending):
            for c, button in self.choice_buttons.items():
                button.set_chosen(c is pending)
            self._show_days(pending)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.announce_question()

    def announce_question(self) -> None:
        """Read on arrival: where the patient is, then the question (or "which day?")."""
        if self.item is None or self.checklist is None:
            return
        if self.pages.currentWidget() is self.day_page:
            text = self.checklist.day_question
        else:
            text = f"{self.progress.accessibleName()}. {self.item.question}"
        announce(self, text)

    def _build_choices(self) -> None:
        clear_layout(self.choice_box)
        self.choice_buttons = {}
        assert self.item is not None
        for choice in CHOICES_BY_KIND[self.item.kind]:
            button = ChoiceButton()
            button.setObjectName(f"choice_{choice.value}")
            button.set_chosen(self.previous is not None and self.previous.choice is choice)
            button.clicked.connect(lambda _=False, c=choice: self.on_choice_clicked(c))
            self.choice_box.addWidget(button)
            button.show()  # now, not on the layout's queued show: a fast tap must find it
            self.choice_buttons[choice] = button

    def _build_days(self) -> None:
        clear_layout(self.day_box)
        self.day_buttons = {}
        assert self.item is not None
        self.day_question = QLabel()
        self.day_question.setObjectName("questionText")
        self.day_question.setWordWrap(True)
        self.day_box.addWidget(self.day_question)
        for days in range((self.item.washout_days or 0) + 1):
            button = ChoiceButton()
            button.setObjectName(f"day_{days}")
            button.set_chosen(self.previous is not None and self.previous.days_ago == days)
            button.clicked.connect(lambda _=False, d=days: self.on_day_clicked(d))
            self.day_box.addWidget(button)
            button.show()
            self.day_buttons[days] = button

    # -- answers ----------------------------------------------------------------------------

    def on_choice_clicked(self, choice: Choice) -> None:
        assert self.item is not None
        for c, button in self.choice_buttons.items():
            button.set_chosen(c is choice)
        if self.item.needs_day(choice):
            self._show_days(choice)
            self.pending_changed.emit(choice)
            next(iter(self.day_buttons.values())).setFocus()
            self.announce_question()
            return
        self.answered.emit(Answer(self.item.key, choice))

    def _show_days(self, choice: Choice) -> None:
        self.pending = choice
        self._build_days()
        self.help.hide()  # room for every day; the question itself stays in view
        self.pages.setCurrentWidget(self.day_page)
        self.retranslate()

    def on_day_clicked(self, days: int) -> None:
        assert self.item is not None and self.pending is not None
        self.answered.emit(Answer(self.item.key, self.pending, days))

    def on_back_button_clicked(self) -> None:
        if self.pages.currentWidget() is self.day_page:
            self.pending = None
            self.help.show()
            self.pages.setCurrentWidget(self.choice_page)
            self.retranslate()
            self.pending_changed.emit(None)
            self.focus_first()
            self.announce_question()
            return
        self.back_requested.emit()

    def spoken(self) -> list[str]:
        """For the kiosk's own voice: where, the question, its help, and every answer."""
        if self.item is None or self.checklist is None:
            return []
        if self.pages.currentWidget() is self.day_page:
            words = [self.item.question, self.checklist.day_question]
            answers = [b.text() for b in self.day_buttons.values()]
        else:
            words = [self.progress.text, self.item.question]
            if self.help.text().strip():
                words.append(self.help.text())
            answers = [b.text() for b in self.choice_buttons.values()]
        words.append(self.tr("The answers are: {answers}.").format(answers="; ".join(answers)))
        return words

    def focus_first(self) -> None:
        buttons = list(self.choice_buttons.values())
        checked = [b for b in buttons if b.chosen()]
        target: QWidget = (checked or buttons)[0] if buttons else self.back_button
        target.setFocus()

    def wipe(self) -> None:
        clear_layout(self.choice_box)
        clear_layout(self.day_box)
        self.choice_buttons, self.day_buttons = {}, {}
        self.item = self.previous = self.pending = None
        self.checklist = None
        self.question.setText("")
        self.question.setAccessibleName("")
        self.help.setText("")
        self.help.show()
        self.pages.setCurrentWidget(self.choice_page)
        self.scroll_area.verticalScrollBar().setValue(0)

    # -- words ------------------------------------------------------------------------------

    def day_label(self, days: int) -> str:
        if days == 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("Yesterday")
        return self.tr("{n} days ago").format(n=days)

    def retranslate(self) -> None:
        self.describe_base()
        self.title.setText(self.tr("A few questions about your skin"))
        self.scroll_area.setAccessibleName(self.tr("Question and answers"))
        self.scroll_area.setAccessibleDescription(self.tr("Tap the answer that fits you"))
        self.progress.retranslate()
        if self.item is None or self.checklist is None:
            return
        item, checklist = self.item, self.checklist
        self.question.setText(item.question)
        self.question.setAccessibleName(item.question)
        self.choice_page.setAccessibleName(item.question)
        self.choice_page.setAccessibleDescription(help_text_plain(item.help))
        help_text = item.help
        if item.examples:
            help_text += "\n" + self.tr("For example: {names}").format(
                names=", ".join(item.examples)
            )
        self.help.setText(help_text)
        for choice, button in self.choice_buttons.items():
            words = checklist.label(item, choice)
            button.setText(words)
            button.describe(words, self._answer_description(button, words))
        if self.day_buttons:
            self.day_question.setText(checklist.day_question)
            self.day_page.setAccessibleName(checklist.day_question)
            for days, button in self.day_buttons.items():
                words = self.day_label(days)
                button.setText(words)
                said = self.tr("The last time was {when}").format(when=words)
                if button.chosen():
                    said = self.tr("Your answer so far. {said}").format(said=said)
                button.describe(words, said)

    def _answer_description(self, button: ChoiceButton, words: str) -> str:
        said = self.tr("Answer: {words}").format(words=words)
        if button.chosen():
            said = self.tr("Your answer so far. {said}").format(said=said)
        return said


def answer_group() -> QGroupBox:
    """A borderless group (accessible role "grouping") holding one question's answers."""
    group = QGroupBox()
    group.setObjectName("answerGroup")
    group.setFlat(True)
    return group


def help_text_plain(text: str) -> str:
    return " ".join(text.split())
