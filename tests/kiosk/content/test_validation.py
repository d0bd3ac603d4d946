"""A broken content file is refused with its file, line and field (each case a broken copy)."""

from __future__ import annotations

import pytest

from kiosk.content import ContentError, load_content


def error_for(copy, language: str = "en") -> ContentError:
    with pytest.raises(ContentError) as info:
        load_content(language, copy.root)
    return info.value


def test_str_is_path_line_field_message(tmp_path):
    error = ContentError(tmp_path / "x.toml", 7, "items[2].kind", "must be one of ...")
    assert str(error) == f"{tmp_path / 'x.toml'}:7: items[2].kind: must be one of ..."
    assert (error.path, error.line, error.field) == (tmp_path / "x.toml", 7, "items[2].kind")


def test_toml_syntax_error_gives_its_line(content_copy):
    path = content_copy.replace("en", "consent", 'title = "Your consent', "title = Your consent")
    line = content_copy.line_of("en", "consent", "title = Your consent")
    error = error_for(content_copy)
    assert (error.path, error.line, error.field) == (path, line, "syntax")
    assert "not valid TOML" in error.message


def test_duplicate_key_is_a_syntax_error_at_its_line(content_copy):
    content_copy.replace(
        "en", "aftercare", "refresher_years = 1", "refresher_years = 1\nrefresher_years = 2"
    )
    error = error_for(content_copy)
    assert (error.field, error.line) == (
        "syntax",
        content_copy.line_of("en", "aftercare", "refresher_years = 2"),
    )


def test_unclosed_string_points_at_the_end(content_copy):
    path = content_copy.path("en", "education")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip().removesuffix("]") + '\n    """never closed,\n', encoding="utf-8")
    error = error_for(content_copy)
    assert error.field == "syntax"
    assert error.line == len(path.read_text(encoding="utf-8").splitlines())
    assert "end of document" not in error.message and error.message.startswith("not valid TOML")


def test_missing_field_points_at_its_table(content_copy):
    # the third [[items]] (exfoliants) loses its question
    path = content_copy.replace(
        "en", "checklist", 'question = "When did you last use an exfoliant on your skin?"\n', ""
    )
    error = error_for(content_copy)
    assert error.path == path
    assert error.field == "items[3].question"
    assert error.line == content_copy.line_of("en", "checklist", "[[items]]", occurrence=3)
    assert "missing" in error.message


def test_wrong_type_points_at_the_field(content_copy):
    content_copy.replace("en", "checklist", "washout_days = 3", 'washout_days = "3"')
    error = error_for(content_copy)
    assert error.field == "items[1].washout_days"
    assert error.line == content_copy.line_of("en", "checklist", "washout_days =")
    assert "whole number" in error.message


@pytest.mark.parametrize("days", ["0", "-2"])
def test_washout_days_must_be_positive(content_copy, days):
    text = content_copy.text("en", "checklist")
    # the fourth item (hydroquinone) gets the bad value
    parts = text.split("washout_days = 3")
    text = (
        "washout_days = 3".join(parts[:4])
        + f"washout_days = {days}"
        + "washout_days = 3".join(parts[4:])
    )
    content_copy.path("en", "checklist").write_text(text, encoding="utf-8")
    error = error_for(content_copy)
    assert error.field == "items[4].washout_days"
    assert error.line == content_copy.line_of("en", "checklist", f"washout_days = {days}")
    assert "at least 1" in error.message


def test_last_used_item_needs_washout_days(content_copy):
    content_copy.replace("en", "checklist", "washout_days = 3\n", "")
    error = error_for(content_copy)
    assert error.field == "items[1].washout_days"
    assert error.line == content_copy.line_of("en", "checklist", "[[items]]")


@pytest.mark.parametrize(
    ("old", "new", "field", "needle", "words"),
    [
        ('kind = "yes_no"', 'kind = "maybe"', "items[6].kind", 'kind = "maybe"', '"last_used"'),
        (
            'outcome = "nurse_review"',
            'outcome = "refuse"',
            "items[8].outcome",
            'outcome = "refuse"',
            '"reschedule"',
        ),
    ],
)
def test_unknown_kind_or_outcome(content_copy, old, new, field, needle, words):
    content_copy.replace("en", "checklist", old, new)
    error = error_for(content_copy)
    assert error.field == field
    assert error.line == content_copy.line_of("en", "checklist", needle)
    assert words in error.message


def test_unknown_area(content_copy):
    content_copy.replace("en", "aftercare", '\nrequires_area = "eyes"', '\nrequires_area = "ears"')
    error = error_for(content_copy)
    assert error.path == content_copy.path("en", "aftercare")
    assert error.field == "sections[3].paragraphs[4].requires_area"
    assert error.line == content_copy.line_of("en", "aftercare", 'requires_area = "ears"')
    assert '"eyes"' in error.message


def test_duplicate_item_key(content_copy):
    content_copy.replace("en", "checklist", 'key = "hydroquinone"', 'key = "exfoliants"')
    error = error_for(content_copy)
    assert error.field == "items[4].key"
    assert error.line == content_copy.line_of("en", "checklist", 'key = "exfoliants"', 2)
    assert "twice" in error.message


def test_duplicate_section_key(content_copy):
    content_copy.replace("en", "aftercare", 'key = "day_1"', 'key = "day_0"')
    error = error_for(content_copy)
    assert error.field == "sections[2].key"
    assert error.line == content_copy.line_of("en", "aftercare", 'key = "day_0"', 2)


def test_misspelt_field_is_not_ignored(content_copy):
    content_copy.replace("en", "checklist", "washout_days = 3", "washout_day = 3")
    error = error_for(content_copy)
    assert error.field == "items[1].washout_day"
    assert error.line == content_copy.line_of("en", "checklist", "washout_day =")
    assert "unknown field" in error.message


@pytest.mark.parametrize(
    ("name", "old", "new", "field", "needle"),
    [
        (
            "checklist",
            "{eligible_from}.",
            "{eligble_from}.",
            "items[1].nurse_reason",
            "nurse_reason =",
        ),
        ("checklist", "Never", "Never {date}", "choices.last_used.never", "never ="),
        ("checklist", '"Yes"', '"Yes {days"', "choices.yes_no.yes", "yes ="),
        ("aftercare", "around {date}", "around {when}", "refresher_text", "refresher_text ="),
        ("aftercare", "at {phone}", "at {from}", "questions_text", "questions_text ="),
        ("consent", 'title = "Your consent', 'title = "{name}: your consent', "title", "title ="),
    ],
)
def test_only_allowed_placeholders(content_copy, name, old, new, field, needle):
    content_copy.replace("en", name, old, new)
    error = error_for(content_copy)
    assert error.path == content_copy.path("en", name)
    assert error.field == field
    assert error.line == content_copy.line_of("en", name, needle)
    assert "placeholder" in error.message


def test_eligible_from_needs_washout_days(content_copy):
    content_copy.replace(
        "en",
        "checklist",
        'nurse_reason = "Patient reports active infectious acne today."',
        'nurse_reason = "Active acne; earliest {eligible_from}."',
    )
    error = error_for(content_copy)
    assert error.field == "items[8].nurse_reason"
    assert "washout_days" in error.message


def test_section_end_before_start(content_copy):
    content_copy.replace(
        "en", "aftercare", "start_day = 2\nend_day = 7", "start_day = 2\nend_day = 1"
    )
    error = error_for(content_copy)
    assert error.field == "sections[3].end_day"
    assert error.line == content_copy.line_of("en", "aftercare", "end_day = 1", occurrence=2)
    assert "before start_day" in error.message


def test_next_session_weeks_must_be_a_pair(content_copy):
    content_copy.replace(
        "en", "aftercare", "next_session_weeks = [6, 8]", "next_session_weeks = [8, 6]"
    )
    error = error_for(content_copy)
    assert error.field == "next_session_weeks"
    assert error.line == content_copy.line_of("en", "aftercare", "next_session_weeks =")


def test_empty_text_is_refused(content_copy):
    content_copy.replace("en", "education", 'title = "About your treatment"', 'title = "  "')
    error = error_for(content_copy)
    assert (error.field, error.message) == ("title", "is empty")
    assert error.line == content_copy.line_of("en", "education", 'title = "  "')


def test_missing_version(content_copy):
    content_copy.replace("en", "education", 'version = "2026.12.1"\n', "")
    error = error_for(content_copy)
    assert (error.path, error.field) == (content_copy.path("en", "education"), "version")


def test_missing_file(content_copy):
    content_copy.path("en", "aftercare").unlink()
    error = error_for(content_copy)
    assert (error.path, error.line, error.field) == (
        content_copy.path("en", "aftercare"),
        0,
        "file",
    )


def test_file_not_utf8(content_copy):
    path = content_copy.path("en", "consent")
    line = content_copy.line_of("en", "consent", '    """Micro-needling treats')
    raw = path.read_bytes().replace(b"Micro-needling treats", b"Micro-needling \xe9treats")
    path.write_bytes(raw)
    error = error_for(content_copy)
    assert error.field == "file"
    assert error.line == line
    assert "UTF-8" in error.message


def test_unknown_language(content_copy):
    error = error_for(content_copy, "fr")
    assert (error.field, error.line) == ("language", 0)


def test_a_path_is_not_a_language(content_copy):
    with pytest.raises(ContentError):
        load_content("../en", content_copy.root)


def test_errors_are_not_cached(content_copy):
    path = content_copy.replace("en", "checklist", "washout_days = 3", "washout_days = 0")
    error_for(content_copy)
    path.write_text(
        path.read_text(encoding="utf-8").replace("washout_days = 0", "washout_days = 3")
    )
    assert load_content("en", content_copy.root).checklist.item("retinoids").washout_days == 3


def test_list_entry_of_the_wrong_type(content_copy):
    content_copy.replace("en", "checklist", '"Retinol serum"]', '"Retinol serum", 3]')
    error = error_for(content_copy)
    assert error.field == "items[1].examples"
    assert error.line == content_copy.line_of("en", "checklist", "examples =")
    assert error.message.startswith("entry 5: must be text")


def test_a_single_table_where_tables_are_expected(content_copy):
    text = content_copy.text("en", "education")
    first = text.index("[[pages]]")
    cut = text.index("[[pages]]", first + 1)
    content_copy.path("en", "education").write_text(
        text[:cut].replace("[[pages]]", "[pages]"), encoding="utf-8"
    )
    error = error_for(content_copy)
    assert error.field == "pages"
    assert error.line == content_copy.line_of("en", "education", "[pages]")
    assert "[[pages]]" in error.message


def test_paragraphs_must_not_be_empty(content_copy):
    text = content_copy.text("en", "consent")
    start = text.index("paragraphs = [")
    end = text.index("]\n", start) + 2
    content_copy.path("en", "consent").write_text(
        text[:start] + "paragraphs = []\n" + text[end:], encoding="utf-8"
    )
    error = error_for(content_copy)
    assert (error.field, error.message) == ("paragraphs", "the list is empty")
    assert error.line == content_copy.line_of("en", "consent", "paragraphs = []")
