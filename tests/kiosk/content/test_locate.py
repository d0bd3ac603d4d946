"""Line numbers for tables and fields of a hand-written TOML text."""

from __future__ import annotations

from kiosk.content.fields import field_name
from kiosk.content.locate import Locator

TEXT = '''version = "1"
title = """A title
[[items]]
key = "inside a string"
"""

[choices.yes_no]
yes = "Yes"

[[items]]
key = "a"
kind = "yes_no"

[[ items ]]
key = "b"

[[items.notes]]
text = "first"

[[items.notes]]
text = "second"
'''


def test_top_level_field():
    assert Locator(TEXT).line_of(("title",)) == 2


def test_nth_array_table_skips_multiline_strings():
    locator = Locator(TEXT)
    assert locator.line_of(("items", 0, "kind")) == 12
    assert locator.line_of(("items", 1, "key")) == 15


def test_missing_field_gives_the_table_line():
    assert Locator(TEXT).line_of(("items", 1, "kind")) == 14


def test_nested_array_tables():
    locator = Locator(TEXT)
    assert locator.line_of(("items", 1, "notes", 1, "text")) == 21
    assert locator.line_of(("items", 1, "notes")) == 17


def test_dotted_table():
    assert Locator(TEXT).line_of(("choices", "yes_no", "yes")) == 8
    assert Locator(TEXT).line_of(("choices",)) == 7


def test_nothing_found_is_line_one():
    assert Locator(TEXT).line_of(("nowhere",)) == 1


def test_missing_table_index_gives_the_first_such_table():
    assert Locator(TEXT).line_of(("items", 9, "key")) == 10


def test_field_names_count_tables_from_one():
    assert field_name(("items", 0, "kind")) == "items[1].kind"
    assert field_name(("sections", 2, "paragraphs", 3, "requires_area")) == (
        "sections[3].paragraphs[4].requires_area"
    )
