"""The TTF fonts every document is set in, and patient text made safe for a Paragraph.

reportlab neither falls back between fonts nor complains about a missing glyph (it draws an
empty box), so :func:`markup` chooses a font per character (the fallback order of
``kiosk.documents.coverage``: Noto Sans, Noto Sans Arabic, Noto Sans Hebrew, Noto Sans CJK,
DejaVu Sans, Symbola), wraps each run in its family, and raises :class:`MissingGlyphsError` for
anything no shipped font has. Each family maps its bold face, so a name in a bold heading is
bold in every script that has a bold face (Symbola has one face only).

Right-to-left text (Arabic, Hebrew) is stored in logical order; a PDF line is drawn in visual
order. :func:`markup` therefore shapes Arabic (joining forms, ``arabic-reshaper``) and reorders
each right-to-left run with the Unicode bidi algorithm (``python-bidi``), treating the piece of
text as an isolate (its direction from its first strong character). Text that wraps onto a
second line is reordered as a whole, so a long right-to-left paragraph would list its lines
in the wrong order: the documents set only names and short fields this way.

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

from kiosk.documents import coverage
from kiosk.documents.coverage import MAIN, Family
from kiosk.paths import resources_dir

REGULAR = MAIN.name
BOLD = f"{MAIN.name}-Bold"
_RTL_CLASSES = frozenset({"R", "AL"})


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


def _load(name: str, filename: str) -> TTFont:
    path = fonts_dir() / filename
    try:
        font = TTFont(name, str(path))
    except OSError as exc:
        raise FontError(f"the font file {path} cannot be read: {exc}") from exc
    pdfmetrics.registerFont(font)
    return font


@functools.cache
def register_family(family: Family) -> str:
    """Register a family's faces (once) and its bold/italic mapping; returns its name."""
    _load(family.name, family.regular)
    bold = family.name
    if family.bold:
        bold = f"{family.name}-Bold"
        _load(bold, family.bold)
    for italic in (0, 1):
        addMapping(family.name, 0, italic, family.name)
        addMapping(family.name, 1, italic, bold)
    return family.name


def register_fonts() -> str:
    """Register the main family (regular + bold) once; returns the regular font's name.
    Fallback families are registered when a text first needs them."""
    return register_family(MAIN)


def _has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


@functools.cache
def _reshaper():  # type: ignore[no-untyped-def]
    import arabic_reshaper

    # keep every mark the patient typed; lam-alef becomes its ligature, as it is written
    return arabic_reshaper.ArabicReshaper(
        configuration={"delete_harakat": False, "delete_tatweel": False}
    )


def visual_order(text: str) -> str:
    """Logical -> visual order for one line, Arabic shaped; text without RTL is unchanged."""
    if not _has_rtl(text):
        return text
    from bidi import get_display

    if any(0x0600 <= ord(ch) <= 0x06FF or 0x0750 <= ord(ch) <= 0x077F for ch in text):
        text = _reshaper().reshape(text)
    return str(get_display(text))


@dataclass(frozen=True, slots=True)
class _Run:
    text: str
    family: Family


def _runs(text: str, field: str) -> list[_Run]:
    if set(map(ord, text)) <= coverage.covered(MAIN):  # the usual case, one set operation
        return [_Run(text, MAIN)] if text else []
    missing = coverage.unprintable(text)
    if missing:
        raise MissingGlyphsError(missing, field)
    runs: list[_Run] = []
    for ch in text:
        current = runs[-1].family if runs else MAIN
        if coverage.is_invisible(ch) and not ch.isspace():
            if ord(ch) not in coverage.covered(current):
                continue  # a joiner or selector this font lacks would print as a box
            family = current
        elif ch.isspace() or coverage.is_mark(ch):  # stays with the letter before it
            inside = ch.isspace() or ord(ch) in coverage.covered(current)
            family = current if inside else (coverage.family_for(ch) or current)
        else:
            family = coverage.family_for(ch) or MAIN
        if runs and runs[-1].family == family:
            runs[-1] = _Run(runs[-1].text + ch, family)
        else:
            runs.append(_Run(ch, family))
    return runs


def check_glyphs(text: str, field: str = "text") -> None:
    """Raise :class:`MissingGlyphsError` if any character of ``text`` cannot be printed."""
    missing = coverage.unprintable(text)
    if missing:
        raise MissingGlyphsError(missing, field)


def markup(text: str, field: str = "text", *, bold: bool = False) -> str:
    """Plain text -> Paragraph markup: shaped and in visual order, escaped, with a font per run.

    ``bold``: the text sits in bold (a ``<b>`` or a bold style). reportlab's ``<font name=>``
    resets the weight to the named face's, so a fallback run names its bold face itself.
    Raises :class:`MissingGlyphsError` when a character cannot be printed.
    """
    check_glyphs(text, field)
    line = visual_order(unicodedata.normalize("NFC", text))
    parts = []
    for run in _runs(line, field):
        escaped = escape(run.text)
        if run.family == MAIN:
            parts.append(escaped)
            continue
        name = register_family(run.family)
        if bold and run.family.bold:
            name = f"{name}-Bold"
        parts.append(f'<font name="{name}">{escaped}</font>')
    return "".join(parts)


def plain_line(text: str, field: str = "text") -> list[tuple[str, str]]:
    """(font name, text) pieces of one line for ``canvas.drawString`` (footers), in order."""
    check_glyphs(text, field)
    line = visual_order(unicodedata.normalize("NFC", text))
    return [(register_family(run.family), run.text) for run in _runs(line, field)]
