"""The PIN rules (kiosk.domain.pin_policy): one home, codes for every refusal."""

from __future__ import annotations

import pytest

from kiosk.domain.pin_policy import (
    DEMO_PIN,
    MIN_PIN_LENGTH,
    PinPolicy,
    PinProblem,
    common_pins,
    is_constant_step,
    is_date,
    is_repeated,
)

POLICY = PinPolicy()


@pytest.mark.parametrize(
    ("pin", "problem"),
    [
        ("", PinProblem.EMPTY),
        ("12a456", PinProblem.NOT_DIGITS),
        ("１２３４５６", PinProblem.NOT_DIGITS),  # full-width digits are not ASCII digits
        ("٣٤٥٦٧٨", PinProblem.NOT_DIGITS),  # Arabic-Indic digits neither
        ("58392", PinProblem.TOO_SHORT),
        ("5839205839204", PinProblem.TOO_LONG),
        ("000000", PinProblem.REPEATED),
        ("777777", PinProblem.REPEATED),
        ("121212", PinProblem.REPEATED),
        ("123123", PinProblem.REPEATED),
        ("40964096", PinProblem.REPEATED),
        ("123456", PinProblem.SEQUENCE),
        ("654321", PinProblem.SEQUENCE),
        ("890123", PinProblem.SEQUENCE),  # round the wheel
        ("135791", PinProblem.SEQUENCE),
        ("24681357", None),  # two runs joined: not one step throughout
        ("19900101", PinProblem.DATE),  # YYYYMMDD
        ("01011990", PinProblem.DATE),  # DDMMYYYY
        ("12251987", PinProblem.DATE),  # MMDDYYYY
        ("311299", PinProblem.DATE),  # DDMMYY
        ("122599", PinProblem.DATE),  # MMDDYY
        ("991231", PinProblem.DATE),  # YYMMDD
        ("311399", None),  # no 13th month in any order
        ("159753", PinProblem.COMMON),
        ("147258", PinProblem.COMMON),
        (DEMO_PIN, PinProblem.DEMO),
        ("583920", None),
        ("740258", None),
    ],
)
def test_each_refusal_has_its_code(pin, problem):
    assert POLICY.problem(pin) is problem


def test_the_repeat_must_match():
    assert POLICY.problem("583920", "583921") is PinProblem.MISMATCH
    assert POLICY.problem("583920", "583920") is None
    assert POLICY.problem("123456", "654321") is PinProblem.SEQUENCE  # the PIN's own first


def test_a_clinic_may_ask_for_more_digits_never_fewer():
    assert PinPolicy(min_length=8).problem("583920") is PinProblem.TOO_SHORT
    assert PinPolicy(min_length=8).problem("58392047") is None
    with pytest.raises(ValueError):
        PinPolicy(min_length=MIN_PIN_LENGTH - 1)


def test_the_demo_pin_only_in_the_demo():
    assert PinPolicy(demo=True).problem(DEMO_PIN) is None
    assert PinPolicy(demo=True).problem("123456") is PinProblem.SEQUENCE


def test_the_common_list_ships_with_its_source_and_holds_six_digit_pins():
    from kiosk.paths import resources_dir

    text = (resources_dir() / "security" / "common-pins.txt").read_text(encoding="utf-8")
    assert "Markert" in text and "2003.04868" in text  # the source is named
    pins = common_pins()
    assert {"123456", "654321", "111111", "000000", "789456", "159753"} <= pins
    assert all(p.isdigit() and len(p) >= MIN_PIN_LENGTH for p in pins)


def test_helpers():
    assert is_repeated("1111") and not is_repeated("1112")
    assert is_constant_step("97531") and not is_constant_step("97532")
    assert is_date("29022000") and not is_date("29022001")  # a leap day only in leap years


def test_about_one_pin_in_nine_is_refused():
    """The rules must leave plenty to choose from: count over every 6-digit PIN."""
    refused = sum(POLICY.problem(f"{n:06d}") is not None for n in range(0, 10**6, 97))
    share = refused / len(range(0, 10**6, 97))
    assert 0.05 < share < 0.2
