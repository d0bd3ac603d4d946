"""The TTF fonts every document is set in, and patient text made safe for a Paragraph.

reportlab neither falls back between fonts nor complains about a missing glyph (it draws an
empty box), so :func:`markup` checks every character: text the main font lacks is wrapped in
the fallback font when that has it, and anything neither has raises :class:`MissingGlyphsError`.
Patient text is escaped here too: reportlab parses markup, so a raw ``<`` or ``&`` would break
the document and an ``<img src=...>`` would be fetched.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kiosk.paths import resources_dir

REGULAR = "KioskSans"
BOLD = "KioskSans-Bold"
FALLBACK = "KioskFallback"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    FALLBACK: "DroidSansFallbackFull.ttf",
}


class FontError(RuntimeError):
    """The shipped fonts cannot be found or read."""


class MissingGlyphsError(ValueError):
    """Text holds characters no shipped font can draw; ``characters`` lists them."""

    def __init__(self, characters: tuple[str, ...], field: str = "text") -> None:
        self.characters = characters
        self.field = field
        shown = ", ".join(f"'{c}' (U+{ord(c):04X} {unicodedata.name(c, '?')})" for c in characters)
        super().__init__(f"the {field} holds characters the printer fonts cannot show: {shown}")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@functools.cache
def _font(name: str) -> TTFont:
    path = fonts_dir() / _FILES[name]
    try:
        font = TTFont(name, str(path))
    except OSError as exc:
        raise FontError(f"the font file {path} cannot be read: {exc}") from exc
    pdfmetrics.registerFont(font)
    return font


def register_fonts() -> str:
    """Register the main family (regular + bold) once; returns the regular font's name."""
    _font(REGULAR)
    _font(BOLD)
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    for bold in (0, 1):  # the fallback has one face: bold and italic text use it as it is
        for italic in (0, 1):
            addMapping(FALLBACK, bold, italic, FALLBACK)
    return REGULAR


def _has(name: str, ch: str) -> bool:
    return ord(ch) in _font(name).face.charToGlyph


def _drawable_anywhere(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) in ("Mn", "Cf")


@dataclass(frozen=True, slots=True)
class _Run:
    text: str
    fallback: bool


@functools.cache
def _main_characters() -> frozenset[str]:
    """Characters both main faces draw (regular and bold, as any text may be set bold)."""
    register_fonts()
    both = _font(REGULAR).face.charToGlyph.keys() & _font(BOLD).face.charToGlyph.keys()
    return frozenset(chr(c) for c in both)


def _runs(text: str, field: str) -> list[_Run]:
    if set(text) <= _main_characters():  # the usual case, decided in one set operation
        return [_Run(text, False)] if text else []
    runs: list[_Run] = []
    missing: list[str] = []
    for ch in text:
        if (_has(REGULAR, ch) and _has(BOLD, ch)) or _drawable_anywhere(ch):
            fallback = False
        elif _has(FALLBACK, ch):
            fallback = True
        else:
            if ch not in missing:
                missing.append(ch)
            continue
        if runs and runs[-1].fallback == fallback:
            runs[-1] = _Run(runs[-1].text + ch, fallback)
        else:
            runs.append(_Run(ch, fallback))
    if missing:
        raise MissingGlyphsError(tuple(missing), field)
    return runs


def check_glyphs(text: str, field: str = "text") -> None:
    """Raise :class:`MissingGlyphsError` if any character of ``text`` cannot be printed."""
    _runs(text, field)


def markup(text: str, field: str = "text") -> str:
    """Plain text -> Paragraph markup: escaped, with fallback-font runs where needed."""
    parts = []
    for run in _runs(unicodedata.normalize("NFC", text), field):
        escaped = escape(run.text)
        parts.append(f'<font name="{FALLBACK}">{escaped}</font>' if run.fallback else escaped)
    return "".join(parts)
