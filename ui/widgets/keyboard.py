"""An on-screen keyboard for names: letters, the accents European names need, - ' space ⌫.

A Linux kiosk tablet has no system keyboard, and Qt Virtual Keyboard needs 150 MB more, so the
patient screens carry this one. Its keys never take focus: they type into the line edit that
has it (``set_target``), so a hardware keyboard keeps working alongside.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from ui.widgets.buttons import BigButton

LETTER_ROWS = ("qwertyuiop", "asdfghjklñ", "zxcvbnm")
ACCENT_ROWS = ("áéíóúýüñçßł", "àèìòùâêîôûÿ", "äëïöãõåæøœš")
WORD_BREAKS = " -'"


def shifted(ch: str) -> str:
    """Upper case where it is one letter (ß stays ß rather than becoming SS)."""
    upper = ch.upper()
    return upper if len(upper) == 1 else ch


class KeyButton(BigButton):
    """A key that never steals focus from the field being typed in."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, "key", parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.ArrowCursor)


class OnScreenKeyboard(QWidget):
    """Types into ``target``; starts each word with a capital unless the patient says otherwise."""

    typed = Signal(str)  # the text a key inserted, or "\b" for backspace

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self._target: QLineEdit | None = None
        self._accents = False
        self._shift_locked: bool | None = None  # None: automatic capitals at word starts
        self._letter_keys: list[KeyButton] = []
        self._rows = QVBoxLayout(self)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(6)
        self._grid = QGridLayout()
        self._grid.setSpacing(6)
        self._rows.addLayout(self._grid)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        self.shift_key = KeyButton("⇧")
        self.shift_key.setCheckable(True)
        self.shift_key.clicked.connect(self.on_shift_clicked)
        self.accent_key = KeyButton("áé")
        self.accent_key.setCheckable(True)
        self.accent_key.clicked.connect(self.on_accent_clicked)
        self.hyphen_key = KeyButton("-")
        self.apostrophe_key = KeyButton("'")
        self.space_key = KeyButton("")
        self.backspace_key = KeyButton("⌫")
        self.backspace_key.setAutoRepeat(True)
        self.hyphen_key.clicked.connect(lambda: self.type_text("-"))
        self.apostrophe_key.clicked.connect(lambda: self.type_text("'"))
        self.space_key.clicked.connect(lambda: self.type_text(" "))
        self.backspace_key.clicked.connect(self.backspace)
        for key, stretch in (
            (self.shift_key, 1),
            (self.accent_key, 1),
            (self.hyphen_key, 1),
            (self.apostrophe_key, 1),
            (self.space_key, 4),
            (self.backspace_key, 2),
        ):
            bottom.addWidget(key, stretch)
        self._rows.addLayout(bottom)
        self._build_letters()
        self.retranslate()

    # -- target -----------------------------------------------------------------------------

    def set_target(self, line_edit: QLineEdit | None) -> None:
        if self._target is not None:
            self._target.textChanged.disconnect(self._refresh_case)
        self._target = line_edit
        if line_edit is not None:
            line_edit.textChanged.connect(self._refresh_case)
        self._shift_locked = None
        self._refresh_case()

    def reset(self, line_edit: QLineEdit | None = None) -> None:
        """Back to plain letters and automatic capitals, typing into ``line_edit``: nothing of
        the last person's typing shows in the keyboard's own state."""
        if self._accents:
            self._accents = False
            self.accent_key.setChecked(False)
            self._build_letters()
        self.set_target(line_edit)

    @property
    def target(self) -> QLineEdit | None:
        return self._target

    # -- typing -----------------------------------------------------------------------------

    def type_text(self, text: str) -> None:
        if self._target is None:
            return
        self._target.insert(text)
        self._target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.typed.emit(text)
        if self._shift_locked is True:
            self._shift_locked = None  # a one-shot shift, like a phone keyboard
        self._refresh_case()

    def backspace(self) -> None:
        if self._target is not None:
            self._target.backspace()
            self.typed.emit("\b")
            self._refresh_case()

    def key_for(self, ch: str) -> KeyButton:
        """The key that types ``ch`` in the current layout (tests and shortcuts use it)."""
        for key in self._letter_keys:
            if key.property("letter") == ch.lower():
                return key
        raise KeyError(ch)

    @property
    def showing_accents(self) -> bool:
        return self._accents

    # -- slots ------------------------------------------------------------------------------

    def on_shift_clicked(self, checked: bool) -> None:
        self._shift_locked = checked
        self._refresh_case()

    def on_accent_clicked(self, checked: bool) -> None:
        self._accents = checked
        self._build_letters()

    # -- internals --------------------------------------------------------------------------

    def _upper(self) -> bool:
        if self._shift_locked is not None:
            return self._shift_locked
        if self._target is None:
            return True
        before = self._target.text()[: self._target.cursorPosition()]
        return not before or before[-1] in WORD_BREAKS

    def _refresh_case(self, *_: object) -> None:
        upper = self._upper()
        self.shift_key.setChecked(upper)
        for key in self._letter_keys:
            letter = key.property("letter")
            key.setText(shifted(letter) if upper else letter)

    def _build_letters(self) -> None:
        for key in self._letter_keys:
            self._grid.removeWidget(key)
            key.deleteLater()
        self._letter_keys = []
        rows = ACCENT_ROWS if self._accents else LETTER_ROWS
        width = max(len(r) for r in rows) * 2
        for r, letters in enumerate(rows):
            offset = width // 2 - len(letters)  # centre shorter rows, half a key per step
            for c, letter in enumerate(letters):
                key = KeyButton(letter, self)
                key.setProperty("letter", letter)
                key.clicked.connect(lambda _=False, k=key: self.type_text(k.text()))
                self._describe_letter(key)
                self._grid.addWidget(key, r, offset + c * 2, 1, 2)
                key.show()
                self._letter_keys.append(key)
        self._refresh_case()

    def _describe_letter(self, key: KeyButton) -> None:
        letter = key.property("letter")
        key.setAccessibleName(letter)
        key.setAccessibleDescription(self.tr("Types the letter {letter}").format(letter=letter))

    def retranslate(self) -> None:
        for key, name, description in (
            (self.shift_key, self.tr("Capital letter"), self.tr("Makes the next letter a capital")),
            (
                self.accent_key,
                self.tr("Accented letters"),
                self.tr("Shows letters with accents, like á, ñ or ü; tap again for plain letters"),
            ),
            (self.hyphen_key, self.tr("Hyphen"), self.tr("Types a hyphen")),
            (self.apostrophe_key, self.tr("Apostrophe"), self.tr("Types an apostrophe")),
            (self.space_key, self.tr("Space"), self.tr("Types a space")),
            (
                self.backspace_key,
                self.tr("Delete"),
                self.tr("Deletes the letter before the cursor"),
            ),
        ):
            key.setAccessibleName(name)
            key.setAccessibleDescription(description)
        self.space_key.setText(self.tr("space"))
        for key in self._letter_keys:
            self._describe_letter(key)
        self.setAccessibleName(self.tr("On-screen keyboard"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
