"""The self-voicing mode: speaks each screen, the focused control, what is typed, and every
announcement; repeat, pause and speaking rate; usable with a keyboard or a 12-key keypad alone.

Sources of speech:

- a new screen (``screen_shown``): its words top to bottom (``Screen.spoken`` when it has its
  own), then the focused control; it interrupts whatever was being said;
- :func:`ui.widgets.announce.announce`: questions on arrival, refusals (alerts interrupt),
  consent state, the idle warning;
- focus moving to another control, and every character typed or deleted.

``transcript`` is the spoken stream, in order (what was queued for the engine); it holds what
the patient typed, so :meth:`forget` empties it with the rest of the check-in.

Keys while speaking (see docs/self-voicing.md): F5 repeat, F6 pause/resume, F7 slower, F8
faster; Tab/Shift+Tab move, Enter activates, Escape goes back. A 12-key keypad (0-9, * and #):
on a control, 2/8 (or * and #) move, 5 activates, 4 goes back, 0 repeats, 1 pauses, 7/9 slower/
faster; in a number field the digits type, * deletes and # moves on; in a name field the digits
type letters as on a telephone (2 = a b c, pressed again within a second for the next letter;
0 = space, 1 = - ' .), * deletes and # moves on.
"""

from __future__ import annotations

import contextlib
from collections import deque

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from ui.speech.describe import describe_widget, screen_words
from ui.speech.engine import DEFAULT_RATE, EspeakEngine
from ui.widgets.announce import ALERT, announcer

RATES = (110, 130, 150, DEFAULT_RATE, 185, 210, 240, 270)  # words per minute
MULTITAP = {
    "2": "abc",
    "3": "def",
    "4": "ghi",
    "5": "jkl",
    "6": "mno",
    "7": "pqrs",
    "8": "tuv",
    "9": "wxyz",
    "0": " ",
    "1": "-'.",
}
MULTITAP_MS = 1000
TRANSCRIPT_MAX = 2000


def is_number_field(widget: QWidget | None) -> bool:
    return isinstance(widget, QLineEdit) and isinstance(widget.validator(), QIntValidator)


class SelfVoicing(QObject):
    spoken = Signal(str)  # each utterance, as it is queued
    enabled_changed = Signal(bool)

    def __init__(self, engine: EspeakEngine | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.enabled = False
        self.paused = False
        self.language = "en"
        self.rate_index = RATES.index(DEFAULT_RATE)
        self.transcript: list[str] = []
        self.queue: deque[str] = deque()
        self.current: str | None = None
        self.block: list[str] = []  # the last screen's words, for "repeat"
        self._holding = False
        self._held: list[tuple[str, str]] = []
        self._field: QLineEdit | None = None
        self._field_text = ""
        self._tap_key = ""
        self._quiet_once = False
        self._tap_timer = QElapsedTimer()
        if engine is not None:
            engine.finished.connect(self._next)

    @property
    def available(self) -> bool:
        return self.engine is not None

    @property
    def rate(self) -> int:
        return RATES[self.rate_index]

    # -- on and off ---------------------------------------------------------------------------

    def start(self, language: str) -> None:
        if self.enabled:
            return
        self.enabled = True
        self.language = language
        announcer().said.connect(self._on_said)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
            app.installEventFilter(self)
        self._watch_field(QApplication.focusWidget())
        self.enabled_changed.emit(True)

    def stop(self) -> None:
        if not self.enabled:
            return
        self.enabled = False
        announcer().said.disconnect(self._on_said)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)
            app.removeEventFilter(self)
        self._watch_field(None)
        self.silence()
        self.enabled_changed.emit(False)

    def forget(self) -> None:
        """The check-in is over: what was said (names, dates) goes with it."""
        self.silence()
        self.transcript.clear()
        self.block = []

    # -- speaking -----------------------------------------------------------------------------

    def say(self, text: str, *, interrupt: bool = False) -> None:
        text = " ".join(text.split())
        if not self.enabled or not text:
            return
        if interrupt:
            self.silence()
        self.transcript.append(text)
        del self.transcript[:-TRANSCRIPT_MAX]
        self.spoken.emit(text)
        self.queue.append(text)
        if self.current is None and not self.paused:
            self._next()

    def silence(self) -> None:
        self.queue.clear()
        self.current = None
        if self.engine is not None:
            self.engine.stop()

    def _next(self) -> None:
        self.current = None
        if self.paused or not self.queue or not self.enabled:
            return
        self.current = self.queue.popleft()
        if self.engine is not None:
            self.engine.speak(self.current, self.language, self.rate)
        else:
            self.current = None

    def hold(self) -> None:
        """A screen is being built: what it announces waits for :meth:`screen_shown`."""
        self._holding = True
        self._held = []

    def screen_shown(self, screen: QWidget) -> None:
        """Say the new screen from the top, then the focused control; alerts raised while it
        was being built are said first, other announcements are part of its words."""
        held, self._holding, self._held = self._held, False, []
        if not self.enabled:
            return
        spoken = getattr(screen, "spoken", None)
        words = spoken() if callable(spoken) else screen_words(screen)
        self.block = [*(t for t, kind in held if kind == ALERT), *words]
        self.silence()
        for text in self.block:
            self.say(text)
        self._say_focus()

    def repeat(self) -> None:
        self.silence()
        for text in self.block:
            self.say(text)
        self._say_focus()

    def toggle_pause(self) -> None:
        """Stop at once and keep the place; pressed again, the interrupted sentence is said
        again from its start and the rest follows."""
        if self.paused:
            self.paused = False
            self._next()
            return
        if self.current is not None:
            self.queue.appendleft(self.current)
        self.current = None
        self.paused = True
        word = QCoreApplication.translate("SelfVoicing", "Paused")
        self.transcript.append(word)
        self.spoken.emit(word)
        if self.engine is not None:
            self.engine.speak(word, self.language, self.rate)  # replaces what was playing

    def change_rate(self, step: int) -> None:
        self.rate_index = max(0, min(len(RATES) - 1, self.rate_index + step))
        word = (
            QCoreApplication.translate("SelfVoicing", "Faster")
            if step > 0
            else QCoreApplication.translate("SelfVoicing", "Slower")
        )
        if self.rate_index in (0, len(RATES) - 1):
            word = (
                QCoreApplication.translate("SelfVoicing", "Fastest")
                if step > 0
                else QCoreApplication.translate("SelfVoicing", "Slowest")
            )
        self.say(word, interrupt=True)

    def _say_focus(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None:
            self.say(describe_widget(focused))

    # -- what happens -------------------------------------------------------------------------

    def _on_said(self, text: str, kind: str) -> None:
        if self._holding:
            self._held.append((text, kind))
            return
        self.say(text, interrupt=kind == ALERT)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self._watch_field(new)
        if new is not None and not self._holding:
            self.say(describe_widget(new))

    def _watch_field(self, widget: QWidget | None) -> None:
        if self._field is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._field.textChanged.disconnect(self._on_field_text)
        self._field = widget if isinstance(widget, QLineEdit) else None
        if self._field is not None:
            self._field_text = self._field.text()
            self._field.textChanged.connect(self._on_field_text)

    def _on_field_text(self, text: str) -> None:
        before, self._field_text = self._field_text, text
        if self._holding or self._quiet_once:
            self._quiet_once = False  # a telephone key pressed again: only the new letter
            return
        if text.startswith(before) and len(text) == len(before) + 1:
            self.say(self._char_word(text[-1]), interrupt=True)
        elif before.startswith(text) and len(before) == len(text) + 1:
            self.say(
                QCoreApplication.translate("SelfVoicing", "deleted {char}").format(
                    char=self._char_word(before[-1])
                ),
                interrupt=True,
            )
        elif text != before:
            self.say(text or QCoreApplication.translate("SelfVoicing", "empty"), interrupt=True)

    def _char_word(self, char: str) -> str:
        names = {
            " ": QCoreApplication.translate("SelfVoicing", "space"),
            "-": QCoreApplication.translate("SelfVoicing", "hyphen"),
            "'": QCoreApplication.translate("SelfVoicing", "apostrophe"),
            ".": QCoreApplication.translate("SelfVoicing", "dot"),
        }
        return names.get(char, char)

    # -- keys ---------------------------------------------------------------------------------

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(obj, QWidget) or obj is not QApplication.focusWidget():
            return False  # the key reaches several objects; act once, for the focused one
        return self.handle_key(obj, event)

    def handle_key(self, focused: QWidget, event: QKeyEvent) -> bool:
        key, text = event.key(), event.text()
        commands = {
            Qt.Key.Key_F5: self.repeat,
            Qt.Key.Key_F6: self.toggle_pause,
            Qt.Key.Key_F7: lambda: self.change_rate(-1),
            Qt.Key.Key_F8: lambda: self.change_rate(+1),
        }
        if key in commands:
            commands[Qt.Key(key)]()
            return True
        if isinstance(focused, QLineEdit):
            return self._field_key(focused, text)
        return self._control_key(focused, text)

    def _field_key(self, field: QLineEdit, text: str) -> bool:
        if text == "#":
            self._move(+1)
            return True
        if text == "*":
            field.backspace()
            return True
        if is_number_field(field) or text not in MULTITAP:
            return False  # digits type; letters from a keyboard type as usual
        letters = MULTITAP[text]
        again = self._tap_key == text and self._tap_timer.elapsed() < MULTITAP_MS
        self._tap_key = text
        self._tap_timer.start()
        if again and field.text():
            previous = field.text()[-1].lower()
            index = (letters.find(previous) + 1) % len(letters)
            self._quiet_once = True
            field.backspace()
        else:
            index = 0
        letter = letters[index]
        before = field.text()
        if not before or before[-1] in " -'":
            letter = letter.upper()  # a name starts each part with a capital
        field.insert(letter)
        return True

    def _control_key(self, focused: QWidget, text: str) -> bool:
        if text in ("8", "#"):
            self._move(+1)
        elif text in ("2", "*"):
            self._move(-1)
        elif text == "5":
            if isinstance(focused, QAbstractButton) and focused.isEnabled():
                focused.animateClick()
            else:
                self._send_key(focused, Qt.Key.Key_Return)
        elif text in ("4", "6") and isinstance(focused, QLabel):
            # the month (a focusable label): 6 the next one, 4 the one before
            self._send_key(focused, Qt.Key.Key_Up if text == "6" else Qt.Key.Key_Down)
        elif text == "4":
            self._send_key(focused, Qt.Key.Key_Escape)
        elif text == "3":
            self._send_key(focused, Qt.Key.Key_PageDown)
        elif text == "0":
            self.repeat()
        elif text == "1":
            self.toggle_pause()
        elif text == "7":
            self.change_rate(-1)
        elif text == "9":
            self.change_rate(+1)
        else:
            return False
        return True

    def _move(self, step: int) -> None:
        focused = QApplication.focusWidget()
        if focused is not None:
            key = Qt.Key.Key_Tab if step > 0 else Qt.Key.Key_Backtab
            modifiers = (
                Qt.KeyboardModifier.NoModifier if step > 0 else Qt.KeyboardModifier.ShiftModifier
            )
            QApplication.sendEvent(focused, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))

    def _send_key(self, widget: QWidget, key: Qt.Key) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
