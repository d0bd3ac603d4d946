"""Consent: the text, read to the end, and every statement ticked before going on to sign."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.domain.consent import ConsentContent
from ui.patient.question import clear_layout
from ui.patient.screen import Screen
from ui.widgets.announce import announce
from ui.widgets.check import BigCheck
from ui.widgets.scrolling import kinetic

END_SLACK = 4  # px: "at the end" even if the last pixel row is not quite reached


class ConsentScreen(Screen):
    """Shows the consent with the draft's ticks and reading position (``show_consent``) and
    hands every tick and scroll back to it."""

    acknowledged = Signal(tuple)  # the keys ticked
    tick_changed = Signal(str, bool)  # key, ticked: for the draft
    reading_moved = Signal(int, bool)  # scroll position, end reached: for the draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("consent", parent)
        self.content: ConsentContent | None = None
        self.read_to_end = False
        self._filling = False
        self._scroll_to: int | None = None  # the draft's position, once the text is laid out
        self.checks: dict[str, BigCheck] = {}
        self.holder = QWidget()
        self.holder.setObjectName("consentText")
        self.text_box = QVBoxLayout(self.holder)
        self.text_box.setContentsMargins(8, 8, 24, 8)
        self.text_box.setSpacing(18)
        self.scroll_area = QScrollArea()
        kinetic(self.scroll_area)
        self.scroll_area.setObjectName("readingArea")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.holder)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        bar = self.scroll_area.verticalScrollBar()
        bar.valueChanged.connect(self.on_scroll_moved)
        bar.rangeChanged.connect(self.on_scroll_range_changed)
        self.hint = QLabel()
        self.hint.setObjectName("hintText")
        self.hint.setWordWrap(True)
        self.notice = self.message_label()
        self.body.addWidget(self.notice)
        self.body.addWidget(self.scroll_area, 1)
        self.body.addWidget(self.hint)
        self.primary.clicked.connect(self.on_primary_clicked)
        self.retranslate()

    def show_consent(
        self,
        content: ConsentContent,
        ticked: tuple[str, ...] = (),
        read_to_end: bool = False,
        scroll: int = 0,
    ) -> None:
        """Render ``content`` with the draft's ticks (on this very text), whether it was read
        to the end, and where it was scrolled to."""
        self._filling = True
        try:
            self.content = content
            self.read_to_end = read_to_end
            self._scroll_to = scroll or None
            self.scroll_area.verticalScrollBar().setValue(0)
            clear_layout(self.text_box)
            self.checks = {}
            for paragraph in content.paragraphs:
                label = QLabel(paragraph)
                label.setObjectName("readingText")
                label.setWordWrap(True)
                label.setTextFormat(Qt.TextFormat.PlainText)
                self.text_box.addWidget(label)
            for ack in content.acknowledgements:
                box = BigCheck(ack.text)
                box.setChecked(ack.key in ticked)
                box.setAccessibleDescription(self.tr("Tick to agree; every box is needed"))
                box.toggled.connect(lambda on, key=ack.key: self.on_box_toggled(key, on))
                self.text_box.addWidget(box)
                box.show()
                self.checks[ack.key] = box
            self.text_box.addStretch(1)
            self.show_message(self.notice, "")
            self.title.setText(content.title)
        finally:
            self._filling = False
        self.retranslate()
        self.on_scroll_range_changed()  # already laid out: back to where the reading was

    def show_notice(self, text: str) -> None:
        """A calm word above the text (the ticks were withdrawn: read and tick again)."""
        self.show_message(self.notice, text)

    def on_box_toggled(self, key: str, ticked: bool) -> None:
        if not self._filling:
            self.tick_changed.emit(key, ticked)
            box = self.checks.get(key)
            if box is not None:
                state = self.tr("Ticked") if ticked else self.tr("Not ticked")
                left = len(self.checks) - len(self.ticked())
                announce(
                    box.box,
                    self.tr("{state}. {left} of {total} statements left to tick.").format(
                        state=state, left=left, total=len(self.checks)
                    ),
                )
        self.refresh()

    def on_scroll_range_changed(self, *_: object) -> None:
        bar = self.scroll_area.verticalScrollBar()
        if self._scroll_to is not None and bar.maximum() >= self._scroll_to:
            target, self._scroll_to = self._scroll_to, None
            bar.setValue(target)
        self.on_scroll_moved()

    def on_scroll_moved(self, *_: object) -> None:
        bar = self.scroll_area.verticalScrollBar()
        if self.content is None or self._filling:
            return
        at_end = self.isVisible() and bar.value() >= bar.maximum() - END_SLACK
        self.read_to_end = self.read_to_end or at_end
        self.describe_reading()
        if self.isVisible():
            self.reading_moved.emit(bar.value(), at_end)
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.on_scroll_moved()

    def scroll_to_end(self) -> None:
        bar = self.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())

    def ticked(self) -> tuple[str, ...]:
        return tuple(key for key, box in self.checks.items() if box.isChecked())

    def ready(self) -> bool:
        return self.read_to_end and bool(self.checks) and len(self.ticked()) == len(self.checks)

    def describe_reading(self) -> None:
        """How much of the text is still below, in the reading area's description."""
        bar = self.scroll_area.verticalScrollBar()
        total = bar.maximum() + bar.pageStep()
        seen = min(100, round(100 * (bar.value() + bar.pageStep()) / total)) if total else 100
        if seen >= 100 or self.read_to_end:
            said = self.tr("You have reached the end of the text")
        else:
            said = self.tr(
                "About {seen}% read; {rest}% of the text is below. Use Page Down or swipe up"
            ).format(seen=seen, rest=100 - seen)
        self.scroll_area.setAccessibleDescription(said)

    def refresh(self) -> None:
        self.primary.setEnabled(self.ready())
        if not self.read_to_end:
            hint = self.tr("Please scroll down and read to the end.")
        elif len(self.ticked()) < len(self.checks):
            hint = self.tr("Please tick each box to show you agree.")
        else:
            hint = self.tr("Thank you. You can now sign.")
        if hint != self.hint.text() and self.content is not None and self.isVisible():
            announce(self.hint, hint)  # read to the end, every box ticked: said when it happens
        self.hint.setText(hint)
        self.hint.setAccessibleName(hint)

    def on_primary_clicked(self) -> None:
        if self.ready():
            self.acknowledged.emit(self.ticked())

    def spoken(self) -> list[str]:
        """For the kiosk's own voice: the whole text, then each statement and its state."""
        if self.content is None:
            return [self.title.text()]
        words = [self.title.text()]
        if self.notice.text():
            words.append(self.notice.text())
        words += list(self.content.paragraphs)
        for box in self.checks.values():
            state = self.tr("ticked") if box.isChecked() else self.tr("not ticked")
            words.append(f"{box.text()} ({state})")
        words.append(self.hint.text())
        return words

    def focus_first(self) -> None:
        self.scroll_area.setFocus()

    def wipe(self) -> None:
        self._filling = True
        try:
            clear_layout(self.text_box)
            self.checks = {}
            self.content = None
            self.read_to_end = False
            self._scroll_to = None
            self.scroll_area.verticalScrollBar().setValue(0)
            self.show_message(self.notice, "")
        finally:
            self._filling = False
        self.retranslate()

    def retranslate(self) -> None:
        self.describe_base()
        if self.content is None:
            self.title.setText(self.tr("Your consent"))
        self.primary.setText(self.tr("Continue to sign ›"))
        self.primary.describe(
            self.tr("Continue to sign"),
            self.tr("Available once you have read to the end and ticked every box"),
        )
        self.scroll_area.setAccessibleName(self.tr("Consent text"))
        self.describe_reading()
        for box in self.checks.values():
            box.setAccessibleDescription(self.tr("Tick to agree; every box is needed"))
        self.refresh()
