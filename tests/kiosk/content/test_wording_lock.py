"""check-content refuses a changed wording under an unchanged version (the wording lock)."""

from __future__ import annotations

import json

import pytest

from kiosk.content import ContentError, validate_all
from kiosk.content.wording_lock import LOCK_FILE, check_wording, read_lock
from kiosk.paths import content_dir

QUESTION = "When did you last put a retinoid on your skin?"


def test_the_shipped_wording_is_locked():
    assert check_wording(content_dir(), validate_all(content_dir())) == []
    assert set(read_lock(content_dir())) == {
        "en/consent",
        "en/checklist",
        "es/consent",
        "es/checklist",
    }


def test_a_reworded_question_under_the_same_version_is_refused(content_copy):
    content_copy.replace("en", "checklist", QUESTION, "Have you used a retinoid lately?")
    with pytest.raises(ContentError) as refused:
        check_wording(content_copy.root, validate_all(content_copy.root))
    assert refused.value.path == content_copy.path("en", "checklist")
    assert "the wording changed but version 2026.11.1 did not" in str(refused.value)


def test_a_reworded_consent_under_the_same_version_is_refused(content_copy):
    content_copy.replace("es", "consent", "micro", "micro ", 1)
    with pytest.raises(ContentError, match="consent a new version"):
        check_wording(content_copy.root, validate_all(content_copy.root))


def test_a_new_version_is_accepted_and_locked_without_touching_the_old(content_copy):
    before = read_lock(content_copy.root)
    content_copy.replace("en", "checklist", QUESTION, "Have you used a retinoid lately?")
    for lang in ("en", "es"):
        content_copy.replace(lang, "checklist", 'version = "2026.11.1"', 'version = "2026.12.1"')
    bundles = validate_all(content_copy.root)
    notes = check_wording(content_copy.root, bundles)
    assert "en/checklist version 2026.12.1 is new (not yet in wording-lock.json;" in notes[0]
    assert read_lock(content_copy.root) == before  # a check alone writes nothing
    check_wording(content_copy.root, bundles, lock=True)
    after = json.loads((content_copy.root / LOCK_FILE).read_text())["wording"]
    assert after["en/checklist"]["2026.11.1"] == before["en/checklist"]["2026.11.1"]
    assert set(after["en/checklist"]) == {"2026.11.1", "2026.12.1"}
    assert check_wording(content_copy.root, bundles) == []
