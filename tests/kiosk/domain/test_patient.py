"""Patient names and birth dates as typed at the kiosk."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from kiosk.domain.patient import (
    Identity,
    IdentityError,
    check_birth_date,
    parse_birth_date,
    search_key,
)
from kiosk.domain.text_rules import MAX_NAME_LENGTH, TextRuleError, clean_name

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Ana  ", "Ana"),
        ("Mary   Jane", "Mary Jane"),
        ("Anne-Marie", "Anne-Marie"),
        ("O'Brien", "O'Brien"),
        ("Ñúñez", "Ñúñez"),
        ("Jos\u0065\u0301", "José"),  # e + combining acute is stored as one é
        ("李", "李"),
        ("Zoë\tvan\u00a0Dijk", "Zoë van Dijk"),  # tabs and no-break spaces fold to one space
        ("کیان\u200c", "کیان\u200c"),  # zero-width non-joiner belongs to Persian spelling
    ],
)
def test_clean_name_keeps_real_names(raw, clean):
    assert clean_name(raw) == clean
    assert unicodedata.is_normalized("NFC", clean_name(raw))


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("A" * (MAX_NAME_LENGTH + 1), "too_long"),
        ("Ana\x00", "bad_character"),
        ("Ana\x1b[2J", "bad_character"),
        ("Ana\u200b", "bad_character"),  # zero-width space hides in a name
        ("Ana\u202e", "bad_character"),  # right-to-left override
        ("---", "no_letters"),
        ("1234", "no_letters"),
    ],
)
def test_clean_name_refuses(raw, code):
    with pytest.raises(TextRuleError) as info:
        clean_name(raw, "last_name")
    assert info.value.code == code
    assert info.value.field == "last_name"


def test_longest_name_is_accepted():
    assert clean_name("A" * MAX_NAME_LENGTH) == "A" * MAX_NAME_LENGTH


@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("José", "PÉREZ"),
        ("jose", "perez"),
        ("JOSE", "Pérez"),
        ("Jos\u0065\u0301", "Pe\u0301rez"),
        (" José ", "  Pérez"),
    ],
)
def test_search_key_ignores_case_accents_and_spacing(first, last):
    assert search_key(first, last) == "jose perez"


def test_search_key_folds_sharp_s_and_keeps_other_scripts():
    assert search_key("Straße", "Groß") == "strasse gross"
    assert search_key("李", "小龙") == "李 小龙"


def test_search_key_tells_different_people_apart():
    assert search_key("Ana", "Lopez") != search_key("Ana", "Lopes")


@pytest.mark.parametrize(
    ("day", "month", "year"), [(31, 4, 1990), (29, 2, 2023), (0, 1, 1990), (1, 13, 1990)]
)
def test_impossible_birth_dates(day, month, year):
    with pytest.raises(IdentityError) as info:
        parse_birth_date(day, month, year, TODAY)
    assert (info.value.code, info.value.field) == ("impossible", "date_of_birth")


def test_leap_day_birth_date():
    assert parse_birth_date(29, 2, 2024, TODAY) == date(2024, 2, 29)


def test_birth_date_today_is_allowed_tomorrow_is_not():
    assert check_birth_date(TODAY, TODAY) == TODAY
    with pytest.raises(IdentityError) as info:
        parse_birth_date(25, 11, 2026, TODAY)
    assert info.value.code == "future"


def test_too_old():
    assert parse_birth_date(1, 1, 1906, TODAY) == date(1906, 1, 1)
    with pytest.raises(IdentityError) as info:
        parse_birth_date(31, 12, 1905, TODAY)
    assert info.value.code == "too_old"


def test_identity_create_cleans_and_checks():
    identity = Identity.create("  María  José ", "de la  Fuente", date(1990, 4, 30), TODAY)
    assert identity.first_name == "María José"
    assert identity.last_name == "de la Fuente"
    assert identity.full_name == "María José de la Fuente"
    assert identity.search_key == "maria jose de la fuente"
    with pytest.raises(TextRuleError) as info:
        Identity.create("Ana", " ", date(1990, 4, 30), TODAY)
    assert info.value.field == "last_name"
    with pytest.raises(IdentityError) as info:
        Identity.create("Ana", "Ruiz", date(2030, 1, 1), TODAY)
    assert info.value.code == "future"
