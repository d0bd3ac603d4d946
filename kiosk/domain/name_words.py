"""The words of a folded name, as the name-part search and its database index see them.

A name is folded first (:func:`kiosk.domain.patient.search_key`: case, accents), then cut at
spaces, hyphens, apostrophes and the like, so "García-López" holds the words "garcia" and
"lopez". The database triggers of migration 0006 cut stored names at the same characters
(a test checks that the two agree); a search looks up every prefix of every word.
"""

from __future__ import annotations

from kiosk.domain.patient import search_key

SEPARATORS = " -'\u2019\u2010\u2011.,\"\\/()"
_TO_SPACE = str.maketrans({ch: " " for ch in SEPARATORS})


def name_words(folded: str) -> list[str]:
    """The words of an already folded name, in order, without empty pieces."""
    return [word for word in folded.translate(_TO_SPACE).split(" ") if word]


def query_words(text: str) -> list[str]:
    """The words a nurse typed, folded like stored names; duplicates dropped, order kept."""
    words = name_words(search_key(text, ""))
    return list(dict.fromkeys(words))


def name_prefixes(folded: str) -> set[str]:
    """Every prefix of every word: what the index holds for one patient."""
    return {word[:n] for word in name_words(folded) for n in range(1, len(word) + 1)}
