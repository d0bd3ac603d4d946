"""Consent identity (what exactly was shown) and the finger signature."""

from __future__ import annotations

import dataclasses
import hashlib
import math

import pytest

from kiosk.domain.consent import (
    Acknowledgement,
    ConsentContent,
    SignatureError,
    consent_identity,
    ink_length,
    text_sha256,
    validate_signature,
)


def handwriting(width: float = 300.0, points: int = 60) -> tuple:
    """A wavy stroke like a cursive name, and a second stroke crossing a letter."""
    wave = tuple((20 + width * i / (points - 1), 80 + 30 * math.sin(i / 3)) for i in range(points))
    cross = ((60.0, 60.0), (75.0, 58.0), (90.0, 57.0))
    return (wave, cross)


def test_real_signature_is_accepted():
    validate_signature(handwriting())


@pytest.mark.parametrize("strokes", [(), ((),), ((), ())])
def test_empty_pad_is_refused(strokes):
    with pytest.raises(SignatureError, match="empty"):
        validate_signature(strokes)


def test_one_dot_is_refused():
    with pytest.raises(SignatureError, match="too_small"):
        validate_signature((((100.0, 100.0),),))


def test_tiny_scribble_is_refused():
    scribble = tuple((100 + 8 * math.cos(i), 100 + 8 * math.sin(i)) for i in range(40))
    assert ink_length((scribble,)) > 80  # plenty of ink, but all inside a 16-pixel blot
    with pytest.raises(SignatureError, match="too_small"):
        validate_signature((scribble,))


def test_short_dash_is_refused():
    dash = ((10.0, 10.0), (70.0, 10.0))  # wide enough but two points only
    with pytest.raises(SignatureError, match="too_small"):
        validate_signature((dash,))


def test_ink_length():
    assert ink_length((((0.0, 0.0), (3.0, 4.0), (3.0, 10.0)),)) == pytest.approx(11.0)
    assert ink_length((((0.0, 0.0),), ((5.0, 5.0),))) == 0


def test_identity_hashes_the_text_shown(content_en):
    consent = content_en.consent
    identity = consent_identity(consent)
    assert identity.version == "2026.12.1"
    expected = hashlib.sha256(consent.text.encode("utf-8")).hexdigest()
    assert identity.text_sha256 == expected
    assert consent.text.startswith(consent.title + "\n\n")
    for part in (*consent.paragraphs, *(a.text for a in consent.acknowledgements)):
        assert part in consent.text


def test_identity_differs_between_languages(content_en, content_es):
    en, es = consent_identity(content_en.consent), consent_identity(content_es.consent)
    assert en.version == es.version
    assert en.text_sha256 != es.text_sha256
    assert es.text_sha256 == hashlib.sha256(content_es.consent.text.encode("utf-8")).hexdigest()


def test_any_edit_changes_the_identity():
    consent = ConsentContent("1", "en", "T", ("a", "b"), (Acknowledgement("k", "I agree."),))
    base = consent_identity(consent).text_sha256
    edits = [
        dataclasses.replace(consent, paragraphs=("a", "b ")),
        dataclasses.replace(consent, paragraphs=("b", "a")),
        dataclasses.replace(consent, title="T."),
        dataclasses.replace(consent, acknowledgements=(Acknowledgement("k", "I agree"),)),
    ]
    hashes = {consent_identity(edit).text_sha256 for edit in edits}
    assert base not in hashes
    assert len(hashes) == len(edits)


def test_file_hash_does_not_change_the_text_identity():
    consent = ConsentContent("1", "en", "T", ("a",), ())
    assert consent_identity(consent) == consent_identity(dataclasses.replace(consent, sha256="x"))


def test_text_sha256_of_accented_text():
    assert text_sha256("Sí") == hashlib.sha256("Sí".encode()).hexdigest()
    assert text_sha256("Si") != text_sha256("Sí")
