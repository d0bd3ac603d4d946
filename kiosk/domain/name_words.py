"""The words of a folded name, as the name-part search and its database index see them.

A name is folded first (:func:`kiosk.domain.patient.search_key`: case, accents), then cut at
spaces, hyphens, apostrophes and the like, so "García-López" holds the words "garcia" and
"lopez". The database triggers of migration 0006 cut stored names at the same characters
(a test checks that the two agree); a search looks up every prefix of every word. Migration
0008 also stores every two words together (:func:`name_pairs`), so that a search for two
words common alone but rare together reads only the patients holding both.
"""

from __future__ import annotations

from kiosk.domain.patient import search_key

SEPARATORS = " -'\u2019\u2010\u2011.,\"\\/()"
PAIR_PREFIX = 4  # characters of each word in a stored pair (migration 0008 keeps a copy)
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


def pair_key(first: str, second: str) -> str:
    """The stored key of two words together: each cut to ``PAIR_PREFIX``, in code-point order."""
    return " ".join(sorted((first[:PAIR_PREFIX], second[:PAIR_PREFIX])))


def name_pairs(folded: str) -> set[str]:
    """Every pair of prefixes (up to ``PAIR_PREFIX``) of two different words of one name."""
    words = name_words(folded)
    return {
        pair_key(a[:i], b[:j])
        for n, a in enumerate(words)
        for b in words[n + 1 :]
        for i in range(1, min(len(a), PAIR_PREFIX) + 1)
        for j in range(1, min(len(b), PAIR_PREFIX) + 1)
    }
