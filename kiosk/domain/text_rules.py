"""What typed text may hold, in one place: names (a patient's, the consent's typed name, a
staff member's) and free text (a nurse's reason or note).

Each refusal is a :class:`TextRuleError` with the field and a code (``empty``, ``too_long``,
``bad_character``, ``no_letters``); services pass the code on, screens turn it into kind,
translated words.
"""

from __future__ import annotations

import unicodedata

MAX_NAME_LENGTH = 100
MAX_TYPED_NAME_LENGTH = 2 * MAX_NAME_LENGTH + 1  # the consent's "first last", typed once

# Never part of a name: controls, surrogates, private use, unassigned (noncharacters too).
_NEVER_IN_NAMES = frozenset({"Cc", "Cs", "Co", "Cn"})
# Invisible format characters (zero-width space, bidi overrides, soft hyphen...) would let two
# names that look alike differ, or one reorder itself on screen; only the joiners that correct
# spelling needs in Persian and Indic scripts stay.
_JOINERS = frozenset("\u200c\u200d")
# What a reader can see: letters, numbers, punctuation, symbols (not space, format or joiners).
_SHOWN_CATEGORIES = frozenset("LNPS")
# Free text may have lines and tabs; other controls and lone surrogates come from broken input.
_FREE_TEXT_CONTROLS = frozenset("\t\n\r")


class TextRuleError(ValueError):
    """Text a rule refuses; ``field`` names the field, ``code`` the problem."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.code = code


def clean_name(raw: str, field: str = "name", *, max_length: int = MAX_NAME_LENGTH) -> str:
    """NFC, surrounding space trimmed, inner runs of space folded; refuse what is not a name."""
    text = " ".join(unicodedata.normalize("NFC", raw).split())
    if not text:
        raise TextRuleError(field, "empty", f"{field} is empty")
    if len(text) > max_length:
        raise TextRuleError(field, "too_long", f"{field} is longer than {max_length}")
    for ch in text:
        category = unicodedata.category(ch)
        if category in _NEVER_IN_NAMES or (category == "Cf" and ch not in _JOINERS):
            raise TextRuleError(field, "bad_character", f"{field} holds a control character")
    if not any(unicodedata.category(ch)[0] == "L" for ch in text):
        raise TextRuleError(field, "no_letters", f"{field} has no letters")
    if _unprintable(text):  # every document must be able to print the name as typed
        raise TextRuleError(field, "unprintable", f"{field} holds characters no document can print")
    return text


def _unprintable(text: str) -> tuple[str, ...]:
    """Characters the documents' fonts lack (their character maps only; no renderer loaded)."""
    from kiosk.documents.coverage import unprintable

    return unprintable(text)


def check_free_text(text: str, field: str) -> None:
    """Refuse control characters (other than tab and line breaks) and lone surrogates."""
    for ch in text:
        category = unicodedata.category(ch)
        if (category == "Cc" and ch not in _FREE_TEXT_CONTROLS) or category == "Cs":
            raise TextRuleError(field, "bad_character", f"{field} holds a control character")


def has_visible_text(text: str) -> bool:
    """At least one character a reader can see: a reason or note of only spaces, format or
    joiner marks says nothing (the services refuse it; the screens gate their buttons on it)."""
    return any(unicodedata.category(ch)[0] in _SHOWN_CATEGORIES for ch in text)
