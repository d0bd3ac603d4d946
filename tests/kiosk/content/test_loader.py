"""Loading: cached per folder and language, hashes that follow the files."""

from __future__ import annotations

from kiosk.content import clear_cache, load_content
from kiosk.content.loader import combined_version


def test_cached_per_root_and_language(content_copy):
    first = load_content("en", content_copy.root)
    assert load_content("en", content_copy.root) is first
    assert load_content("es", content_copy.root) is not first


def test_resources_folder_works_as_root(content_copy):
    bundle = load_content("es", content_copy.root.parent)  # the folder holding content/
    assert bundle.language == "es"


def test_clear_cache_rereads(content_copy):
    before = load_content("en", content_copy.root)
    content_copy.replace("en", "aftercare", "Once a year", "Every year")
    assert load_content("en", content_copy.root) is before  # cached until cleared
    clear_cache()
    after = load_content("en", content_copy.root)
    assert after.aftercare.refresher_title == "Every year"
    assert after.aftercare.sha256 != before.aftercare.sha256
    assert after.sha256 != before.sha256
    assert after.checklist.sha256 == before.checklist.sha256


def test_combined_version():
    same = dict.fromkeys(("checklist", "consent", "aftercare", "education"), "3")
    assert combined_version(same) == "3"
    mixed = {**same, "consent": "4"}
    assert combined_version(mixed) == "checklist=3;consent=4;aftercare=3;education=3"


def test_differing_versions_in_one_language(content_copy):
    content_copy.replace("en", "education", 'version = "2026.12.1"', 'version = "2026.12.2"')
    bundle = load_content("en", content_copy.root)
    assert bundle.version == (
        "checklist=2026.12.1;consent=2026.12.1;aftercare=2026.12.1;education=2026.12.2"
    )
