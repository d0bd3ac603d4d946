"""Consent identity and the finger signature.

A signed consent records exactly which text was shown: the content version and the SHA-256 of
the UTF-8 bytes of the text as displayed, so a later edit of the content cannot be confused
with what the patient read.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    key: str
    text: str


@dataclass(frozen=True, slots=True)
class ConsentContent:
    version: str
    language: str
    title: str
    paragraphs: tuple[str, ...]
    acknowledgements: tuple[Acknowledgement, ...]
    sha256: str = ""  # of the content file

    @property
    def text(self) -> str:
        """The exact text shown to the patient, which is what gets hashed."""
        parts = [self.title, *self.paragraphs, *(a.text for a in self.acknowledgements)]
        return "\n\n".join(parts)


@dataclass(frozen=True, slots=True)
class ConsentIdentity:
    version: str
    text_sha256: str


def consent_identity(content: ConsentContent) -> ConsentIdentity:
    return ConsentIdentity(content.version, text_sha256(content.text))


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


Point = tuple[float, float]
Stroke = tuple[Point, ...]


class SignatureError(ValueError):
    """A signature too small to be one; the message is shown to the patient."""


MIN_EXTENT = 40.0  # pixels on the pad: a tap or a short dash is not a signature
MIN_LENGTH = 80.0  # pixels of ink in all


def validate_signature(strokes: tuple[Stroke, ...]) -> None:
    """Refuse an empty pad, a dot, or a scribble too small to be a signature.

    Size is measured as drawn (the extent and the length of the ink), never by the count of
    points: a fast, large signature reaches the pad as few, far-apart points."""
    points = [p for stroke in strokes for p in stroke]
    if not points:
        raise SignatureError("empty")
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    extent = max(max(xs) - min(xs), max(ys) - min(ys))
    if extent < MIN_EXTENT or ink_length(strokes) < MIN_LENGTH:
        raise SignatureError("too_small")


def ink_length(strokes: tuple[Stroke, ...]) -> float:
    return sum(math.dist(a, b) for stroke in strokes for a, b in itertools.pairwise(stroke))
