"""Hostile and unusual input: a fixed corpus and hypothesis strategies for names, dates, text.

Everything a tablet keyboard, a paste, a barcode scanner or a curious patient could produce:
every script, right-to-left text, combining marks, zero-width and control characters, very
long text, SQL-looking strings, impossible and far-off dates.
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

SCRIPTS = [
    "José",  # Latin with accent
    "Nguyễn",  # Vietnamese, stacked diacritics
    "Øyvind",
    "Łukasz",
    "Ðorđe",
    "Straße",  # casefolds to "strasse"
    "İlkay",  # dotted capital I: casefold lengthens it
    "Алексей",  # Cyrillic
    "Ἀλέξανδρος",  # polytonic Greek
    "محمد",  # Arabic, right to left
    "דָּוִד",  # Hebrew with points, right to left
    "अर्जुन",  # Devanagari, virama
    "ਗੁਰਪ੍ਰੀਤ",  # Gurmukhi
    "தமிழ்",  # Tamil
    "สมชาย",  # Thai
    "ສົມພອນ",  # Lao
    "ဇော်",  # Myanmar
    "ትዕግስት",  # Ethiopic
    "\u0554\u200b",  # Armenian + zero-width space (refused: invisible)
    "ნინო",  # Georgian
    "김민준",  # Hangul syllables
    "\u1100\u1161\u11a8",  # Hangul conjoining jamo (NFC composes them)
    "佐藤",  # Han
    "さくら",  # Hiragana
    "ᐊᓂᕐᓂᖅ",  # Canadian syllabics
    "Ꮳ Ꮃ",  # Cherokee
    "𝔄𝔩𝔦𝔠𝔢",  # mathematical letters outside the BMP
    "O'Connor",
    "Smith-Jones",
    "Anne Marie",
]

DECOMPOSED = [
    "Jose\u0301",  # e + combining acute: stored as é (NFC)
    "Zoe\u0308",
    "n\u0303an\u0303a",
    "A\u030a\u0301",  # stacked marks
]

INVISIBLE_OR_CONTROL = [
    "Ana\u200b",  # zero-width space
    "\u200eAna",  # left-to-right mark
    "\u202eanA",  # right-to-left override: a name that displays reversed
    "Ana\ufeff",  # byte-order mark
    "An\u00ada",  # soft hyphen
    "Ana\x00",
    "Ana\x07",
    "Ana\x1b[31m",  # terminal colour escape
    "\x7fAna",
    "Ana\U000f0000",  # private use
    "Ana\U000e0001",  # language tag
]

JOINERS = ["می\u200cخواهم", "क्\u200dष"]  # ZWNJ/ZWJ belong to Persian and Indic spelling

SQL_AND_MARKUP = [
    "Robert'); DROP TABLE patients;--",
    "' OR '1'='1",
    '"; DELETE FROM visits; --',
    "%_\\",
    "<b>Ana</b>",
    "<img src=http://example.com/x.png>",
    "&amp; &lt;",
    "${jndi:ldap://x}",
    "{{7*7}}",
    "Ana\\0",
]

WHITESPACE = ["", " ", "\t\n", "\u00a0\u2003", "  Ana   María  "]

LONG = ["A" * 100, "A" * 101, "a" * 10_000, "\u00e9" * 10_000, "\U0001f469\u200d\u2695" * 2_000]

LONE_SURROGATE = "Ana\ud800"  # not text at all; a broken paste could still carry one

NAMES = [
    *SCRIPTS,
    *DECOMPOSED,
    *INVISIBLE_OR_CONTROL,
    *JOINERS,
    *SQL_AND_MARKUP,
    *WHITESPACE,
    *LONG,
]

FREE_TEXT = [
    *NAMES,
    "Line one\nLine two\r\nLine three",
    "Tab\tseparated",
    "Emoji \U0001f600\U0001f44d\U0001f3fd and \U0001f468\u200d\U0001f469\u200d\U0001f467",
    "Mixed עברית and English and العربية 123",
    "\u0301 starts with a combining mark",
    "\u0301\u0308",  # marks alone: nothing to search for
]

BIRTH_DATES = [
    date(2000, 2, 29),  # a real leap day
    date(1904, 2, 29),
    date(1906, 1, 1),  # 120 years before the test day, within the limit
    date(1905, 3, 9),  # too far back
    date(2026, 3, 10),  # born today
    date(2026, 3, 11),  # tomorrow: the future
    date(9999, 12, 31),
    date(1, 1, 1),
]

# (day, month, year) typed on the date pad
TYPED_DATES = [
    (29, 2, 2000),  # leap year
    (29, 2, 1900),  # not a leap year (century rule)
    (29, 2, 2023),
    (31, 4, 1990),
    (0, 1, 1990),
    (1, 13, 1990),
    (1, 1, 0),
    (1, 1, 10_000),
    (-1, -1, -1),
    (31, 12, 2999),
]


def any_text(max_size: int = 300) -> st.SearchStrategy[str]:
    """Any Unicode text (no lone surrogates, which cannot come from a keyboard)."""
    return st.text(st.characters(codec="utf-8"), max_size=max_size)


def name_like() -> st.SearchStrategy[str]:
    """Names: mostly letters of every script with marks and joiners, sometimes anything."""
    letters = st.characters(
        codec="utf-8", categories=("L", "M", "Zs", "Pd", "Po", "Cf", "Nd", "So")
    )
    return st.one_of(
        st.sampled_from(NAMES),
        st.text(letters, min_size=1, max_size=120),
        any_text(120),
    )


def free_text() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(FREE_TEXT), any_text(2_100))
