"""The clinic's rules for a name, written out independently of the code under test."""

from __future__ import annotations

import unicodedata

from kiosk.documents.coverage import unprintable

MAX_NAME = 100
ALLOWED_FORMAT = {"\u200c", "\u200d"}  # ZWNJ/ZWJ: Persian and Indic spelling needs them


def folded(raw: str) -> str:
    return " ".join(unicodedata.normalize("NFC", raw).split())


def name_problem(raw: str) -> str | None:
    """Why a patient name must be refused (the code the service should give), or None."""
    text = folded(raw)
    if not text:
        return "empty"
    if len(text) > MAX_NAME:
        return "too_long"
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs", "Co", "Cn") or (category == "Cf" and ch not in ALLOWED_FORMAT):
            return "bad_character"
    if not any(unicodedata.category(ch).startswith("L") for ch in text):
        return "no_letters"
    if unprintable(text):  # no shipped font has a glyph for it: no document could print it
        return "unprintable"
    return None
