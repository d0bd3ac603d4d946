"""Which shipped font draws which character, read from the fonts' ``cmap`` tables alone.

Light enough for the patient screens: fontTools reads only the ``cmap`` table of each font
(lazily, once per process), without reportlab, so a name the documents cannot print is refused
as it is typed (:func:`unprintable`), not discovered at the printer.
The fallback order is the documents' own (``kiosk.documents.fonts`` sets text with it).
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from kiosk.paths import resources_dir


@dataclass(frozen=True, slots=True)
class Family:
    """A font family the documents use: its reportlab name and its files (bold may be absent:
    bold text then uses the regular face)."""

    name: str
    regular: str
    bold: str | None
    bmp_only: bool = False  # leave characters beyond U+FFFF to a later family


# Per character, the first family that draws it (in both faces when the family has two).
FAMILIES: tuple[Family, ...] = (
    Family("KioskSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),  # Latin, Greek, Cyrillic
    Family("KioskArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Family("KioskHebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    Family("KioskCJK", "NotoSansCJKsc-Regular.ttf", "NotoSansCJKsc-Bold.ttf"),
    # what Noto Sans lacks (☑, arrows, ...); its few emoji are left to Symbola, so that every
    # emoji has one style and the text-layer repair (kiosk.documents.tounicode) finds them
    Family("KioskSymbols", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", bmp_only=True),
    Family("KioskEmoji", "Symbola.ttf", None),  # monochrome emoji (Noto Color Emoji is bitmap)
)
MAIN = FAMILIES[0]


def is_invisible(ch: str) -> bool:
    """Space and format characters (ZWJ, variation selectors, bidi marks) draw nothing."""
    return ch.isspace() or unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F


def is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in ("Mn", "Me")


@functools.cache
def _cmap(filename: str) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    path = resources_dir() / "fonts" / filename
    with TTFont(str(path), lazy=True) as font:
        return frozenset(font.getBestCmap())


@functools.cache
def covered(family: Family) -> frozenset[int]:
    """Code points the family draws in every face it has."""
    found = _cmap(family.regular)
    if family.bold:
        found &= _cmap(family.bold)
    return frozenset(c for c in found if c <= 0xFFFF) if family.bmp_only else found


def family_for(ch: str) -> Family | None:
    """The first family that draws ``ch`` (None: no shipped font does)."""
    code = ord(ch)
    for family in FAMILIES:
        if code in covered(family):
            return family
    return None


def unprintable(text: str) -> tuple[str, ...]:
    """The characters of ``text`` no shipped font can draw, in order, each once."""
    normal = unicodedata.normalize("NFC", text)
    if not normal or set(map(ord, normal)) <= covered(MAIN):
        return ()
    missing: list[str] = []
    for ch in normal:
        if is_invisible(ch) or ch in missing:
            continue
        if family_for(ch) is None:
            missing.append(ch)
    return tuple(missing)
