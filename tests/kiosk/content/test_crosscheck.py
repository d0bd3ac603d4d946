"""Every language must agree with English on keys, kinds, days, outcomes, areas and versions."""

from __future__ import annotations

import shutil

import pytest

from kiosk.content import ContentError, validate_all


def mismatch(copy) -> ContentError:
    with pytest.raises(ContentError) as info:
        validate_all(copy.root)
    return info.value


def test_shipped_languages_agree(content_copy):
    bundles = validate_all(content_copy.root)
    assert list(bundles) == ["en", "es"]
    assert bundles["es"].version == bundles["en"].version


def test_washout_days_differ(content_copy):
    text = content_copy.text("es", "checklist")
    head, sep, tail = text.partition('key = "hydroquinone"')
    tail = tail.replace("washout_days = 3", "washout_days = 4", 1)
    content_copy.path("es", "checklist").write_text(head + sep + tail, encoding="utf-8")
    error = mismatch(content_copy)
    assert error.path == content_copy.path("es", "checklist")
    assert error.field == "items[4].washout_days"
    assert error.line == content_copy.line_of("es", "checklist", "washout_days = 4")
    assert "en: 3" in error.message and "here: 4" in error.message


def test_outcome_differs(content_copy):
    content_copy.replace("es", "checklist", 'outcome = "nurse_review"', 'outcome = "reschedule"')
    error = mismatch(content_copy)
    assert error.field == "items[8].outcome"
    assert error.line == content_copy.line_of("es", "checklist", 'outcome = "reschedule"', 7)


def test_kind_differs(content_copy):
    content_copy.replace(
        "es",
        "checklist",
        'kind = "yes_no"\nwashout_days = 3',
        'kind = "last_used"\nwashout_days = 3',
    )
    error = mismatch(content_copy)
    assert error.field == "items[6].kind"


def test_item_order_differs(content_copy):
    content_copy.replace("es", "checklist", 'key = "exfoliants"', 'key = "tmp_key"')
    content_copy.replace("es", "checklist", 'key = "hydroquinone"', 'key = "exfoliants"')
    content_copy.replace("es", "checklist", 'key = "tmp_key"', 'key = "hydroquinone"')
    error = mismatch(content_copy)
    assert error.field == "items[3].key"
    assert error.line == content_copy.line_of("es", "checklist", 'key = "hydroquinone"')


def test_item_missing_from_translation(content_copy):
    text = content_copy.text("es", "checklist")
    cut = text.index('[[items]]\nkey = "active_acne"')
    content_copy.path("es", "checklist").write_text(text[:cut], encoding="utf-8")
    error = mismatch(content_copy)
    assert error.field == "items"
    assert "active_acne" in error.message


def test_extra_item_in_translation(content_copy):
    extra = (
        content_copy.text("es", "checklist")
        .split("[[items]]")[-1]
        .replace('key = "active_acne"', 'key = "extra_item"')
    )
    with content_copy.path("es", "checklist").open("a", encoding="utf-8") as handle:
        handle.write("\n[[items]]" + extra)
    error = mismatch(content_copy)
    assert error.field == "items[9].key"
    assert error.line == content_copy.line_of("es", "checklist", 'key = "extra_item"')


def test_version_differs(content_copy):
    content_copy.replace("es", "consent", 'version = "2026.12.1"', 'version = "2026.12.2"')
    error = mismatch(content_copy)
    assert (error.path, error.field) == (content_copy.path("es", "consent"), "version")
    assert error.line == content_copy.line_of("es", "consent", "version =")


def test_eyes_paragraph_lost_in_translation(content_copy):
    content_copy.replace("es", "aftercare", '\nrequires_area = "eyes"', "")
    error = mismatch(content_copy)
    assert error.path == content_copy.path("es", "aftercare")
    assert error.field == "sections[3].paragraphs"
    # the first paragraph of the third section (day 0 has 5 paragraphs, day 1 has 3)
    assert error.line == content_copy.line_of("es", "aftercare", "[[sections.paragraphs]]", 9)


def test_section_days_differ(content_copy):
    content_copy.replace("es", "aftercare", "start_day = 7", "start_day = 8")
    error = mismatch(content_copy)
    assert error.field == "sections[4].start_day"


def test_next_session_weeks_differ(content_copy):
    content_copy.replace(
        "es", "aftercare", "next_session_weeks = [6, 8]", "next_session_weeks = [6, 9]"
    )
    assert mismatch(content_copy).field == "next_session_weeks"


def test_acknowledgement_key_differs(content_copy):
    content_copy.replace("es", "consent", 'key = "sun_protection"', 'key = "sun"')
    error = mismatch(content_copy)
    assert error.field == "acknowledgements[2].key"


def test_education_page_key_differs(content_copy):
    content_copy.replace("es", "education", 'key = "treatment"', 'key = "treatments"')
    assert mismatch(content_copy).field == "pages[2].key"


def test_english_is_required(content_copy):
    shutil.rmtree(content_copy.root / "en")
    error = mismatch(content_copy)
    assert error.field == "language"


def test_a_broken_translation_is_reported_by_validate_all(content_copy):
    content_copy.replace("es", "checklist", "washout_days = 3", "washout_days = -1")
    error = mismatch(content_copy)
    assert error.path == content_copy.path("es", "checklist")
    assert error.field == "items[1].washout_days"
