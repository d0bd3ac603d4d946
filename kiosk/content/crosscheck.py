"""Every language must say the same things as English: same keys, kinds, days and outcomes.

A translation may reword; it may not change which questions are asked, when a product becomes
safe again, what a flag asks of the clinic, or which paragraph depends on a treated area.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kiosk.content.bundle import ContentBundle
from kiosk.content.errors import ContentError
from kiosk.content.fields import Source
from kiosk.content.loader import (
    REFERENCE_LANGUAGE,
    available_languages,
    load_content,
    read_source,
    resolve_root,
)
from kiosk.content.locate import Locator, PathPart


class _File:
    """One translated file, to point at the line where it disagrees."""

    def __init__(self, root: Path, language: str, name: str) -> None:
        path = root / language / f"{name}.toml"
        _, text, _ = read_source(path)
        self.source = Source(path, Locator(text))

    def same(self, path: Sequence[PathPart], reference: Any, value: Any) -> None:
        if reference != value:
            english = f"{REFERENCE_LANGUAGE}: {_show(reference)}"
            raise self.source.error(path, f"differs from English ({english}, here: {_show(value)})")


def check_agreement(
    reference: ContentBundle, other: ContentBundle, root: Path | str | None = None
) -> None:
    """Raise :class:`ContentError` at the first place ``other`` disagrees with ``reference``."""
    folder = resolve_root(root)
    lang = other.language
    _check_checklist(reference, other, _File(folder, lang, "checklist"))
    _check_consent(reference, other, _File(folder, lang, "consent"))
    _check_aftercare(reference, other, _File(folder, lang, "aftercare"))
    _check_education(reference, other, _File(folder, lang, "education"))


def validate_all(root: Path | str | None = None) -> dict[str, ContentBundle]:
    """Load and validate every language, and check each one agrees with English."""
    folder = resolve_root(root)
    languages = available_languages(folder)
    if REFERENCE_LANGUAGE not in languages:
        raise ContentError(
            folder / REFERENCE_LANGUAGE, 0, "language", "the English content is missing"
        )
    bundles = {lang: load_content(lang, folder) for lang in languages}
    for lang, bundle in bundles.items():
        if lang != REFERENCE_LANGUAGE:
            check_agreement(bundles[REFERENCE_LANGUAGE], bundle, folder)
    from kiosk.content.interval import load_interval  # the nurse's interval.toml

    for lang in languages:
        load_interval(lang, folder)
    return bundles


def _check_keys(file: _File, table: str, reference: Sequence[str], keys: Sequence[str]) -> None:
    for index, (ref_key, key) in enumerate(zip(reference, keys, strict=False)):
        file.same((table, index, "key"), ref_key, key)
    if len(keys) < len(reference):
        missing = ", ".join(reference[len(keys) :])
        raise file.source.error((table,), f"missing compared with English: {missing}")
    if len(keys) > len(reference):
        raise file.source.error((table, len(reference), "key"), "not in the English file")


def _check_checklist(reference: ContentBundle, other: ContentBundle, file: _File) -> None:
    ref, own = reference.checklist, other.checklist
    file.same(("version",), ref.version, own.version)
    _check_keys(file, "items", ref.keys, own.keys)
    for index, (a, b) in enumerate(zip(ref.items, own.items, strict=True)):
        file.same(("items", index, "kind"), a.kind.value, b.kind.value)
        file.same(("items", index, "washout_days"), a.washout_days, b.washout_days)
        file.same(("items", index, "outcome"), a.outcome.value, b.outcome.value)


def _check_consent(reference: ContentBundle, other: ContentBundle, file: _File) -> None:
    ref, own = reference.consent, other.consent
    file.same(("version",), ref.version, own.version)
    _check_keys(
        file,
        "acknowledgements",
        [a.key for a in ref.acknowledgements],
        [a.key for a in own.acknowledgements],
    )


def _check_aftercare(reference: ContentBundle, other: ContentBundle, file: _File) -> None:
    ref, own = reference.aftercare, other.aftercare
    file.same(("version",), ref.version, own.version)
    file.same(("next_session_weeks",), list(ref.next_session_weeks), list(own.next_session_weeks))
    file.same(("refresher_years",), ref.refresher_years, own.refresher_years)
    _check_keys(file, "sections", [s.key for s in ref.sections], [s.key for s in own.sections])
    for index, (a, b) in enumerate(zip(ref.sections, own.sections, strict=True)):
        file.same(("sections", index, "start_day"), a.start_day, b.start_day)
        file.same(("sections", index, "end_day"), a.end_day, b.end_day)
        file.same(("sections", index, "paragraphs"), _areas(a.paragraphs), _areas(b.paragraphs))


def _check_education(reference: ContentBundle, other: ContentBundle, file: _File) -> None:
    ref, own = reference.education, other.education
    file.same(("version",), ref.version, own.version)
    _check_keys(file, "pages", [p.key for p in ref.pages], [p.key for p in own.pages])


def _areas(paragraphs) -> dict[str, int]:
    """How many paragraphs depend on each treated area (a translation may split paragraphs)."""
    return dict(
        sorted(Counter(p.requires_area.value for p in paragraphs if p.requires_area).items())
    )


def _show(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v} paragraph(s)" for k, v in value.items()) or "no area paragraphs"
    return repr(value) if isinstance(value, str) else str(value)
