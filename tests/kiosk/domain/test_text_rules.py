"""One set of rules for every typed name (patient, consent signature, staff) and free text."""

from __future__ import annotations

import pytest

from kiosk.domain.text_rules import (
    MAX_NAME_LENGTH,
    MAX_TYPED_NAME_LENGTH,
    TextRuleError,
    check_free_text,
    clean_name,
)

INVISIBLE = ["\u200b", "\u202e", "\u2066", "\u00ad", "\ufeff"]  # ZWSP, RLO, LRI, SHY, BOM


@pytest.mark.parametrize("ch", INVISIBLE)
def test_invisible_format_characters_are_refused_in_every_name_field(ch: str) -> None:
    for field, limit in (
        ("first_name", MAX_NAME_LENGTH),
        ("typed_name", MAX_TYPED_NAME_LENGTH),
        ("name", MAX_NAME_LENGTH),
    ):
        with pytest.raises(TextRuleError) as refused:
            clean_name(f"Ana{ch}Ruiz", field, max_length=limit)
        assert (refused.value.field, refused.value.code) == (field, "bad_character")


def test_joiners_that_spelling_needs_are_kept() -> None:
    assert clean_name("می\u200cخواهم") == "می\u200cخواهم"  # ZWNJ in Persian


def test_the_typed_name_holds_a_first_and_a_last_name_at_their_longest() -> None:
    full = f"{'A' * MAX_NAME_LENGTH} {'B' * MAX_NAME_LENGTH}"
    assert clean_name(full, "typed_name", max_length=MAX_TYPED_NAME_LENGTH) == full
    with pytest.raises(TextRuleError) as refused:
        clean_name(full + "C", "typed_name", max_length=MAX_TYPED_NAME_LENGTH)
    assert refused.value.code == "too_long"


def test_free_text_keeps_lines_and_refuses_other_controls() -> None:
    check_free_text("first line\n\tsecond line\r\n", "note")
    with pytest.raises(TextRuleError) as refused:
        check_free_text("bell\x07", "note")
    assert (refused.value.field, refused.value.code) == ("note", "bad_character")
