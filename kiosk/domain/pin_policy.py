"""The one home of the PIN rules (NIST SP 800-63B §5.1.1.2, "memorized secret verifiers").

A PIN is digits only, at least :data:`MIN_PIN_LENGTH` (a clinic may ask for more), and is
refused when it is easy to guess: one digit repeated or a repeated block (111111, 123123),
a run up or down or any constant step (123456, 987654, 135791), a date in a common order
(DDMMYYYY, MMDDYYYY, YYYYMMDD, DDMMYY, MMDDYY, YYMMDD), one of the most common PINs
(``resources/security/common-pins.txt``, its source named inside), or the demo PIN outside
the demo clinic. Each refusal is a :class:`PinProblem` code; screens turn codes into words in
the reader's language, services raise them as ``ValidationError("pin", code)``.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

MIN_PIN_LENGTH = 6  # NIST SP 800-63B: at least 6 digits for a numeric secret
MAX_PIN_LENGTH = 12  # what the PIN pads take
DEMO_PIN = "246810"  # published in the README; only the demo clinic accepts it
COMMON_PINS_FILE = "security/common-pins.txt"


class PinProblem(StrEnum):
    """Why a new PIN is refused; the value is the code services and screens share."""

    EMPTY = "empty"
    NOT_DIGITS = "not_digits"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    REPEATED = "repeated"
    SEQUENCE = "sequence"
    DATE = "date"
    COMMON = "common"
    DEMO = "demo"
    MISMATCH = "mismatch"


@dataclass(frozen=True, slots=True)
class PinPolicy:
    """``min_length`` is the clinic's choice, never below the NIST floor of six digits.

    ``demo`` is set only by the demo clinic's builder, the one place the demo PIN is allowed.
    """

    min_length: int = MIN_PIN_LENGTH
    demo: bool = False

    def __post_init__(self) -> None:
        if not MIN_PIN_LENGTH <= self.min_length <= MAX_PIN_LENGTH:
            raise ValueError(
                f"the PIN minimum must be {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH} digits,"
                f" not {self.min_length}"
            )

    def problem(self, pin: str, repeat: str | None = None) -> PinProblem | None:
        """The first thing wrong with ``pin`` as a new PIN (typed twice when ``repeat`` is
        given); None when it may be used."""
        return pin_problem(pin, self, repeat)


def pin_problem(pin: str, policy: PinPolicy, repeat: str | None = None) -> PinProblem | None:
    if not pin:
        return PinProblem.EMPTY
    if not (pin.isascii() and pin.isdigit()):
        return PinProblem.NOT_DIGITS
    if len(pin) < policy.min_length:
        return PinProblem.TOO_SHORT
    if len(pin) > MAX_PIN_LENGTH:
        return PinProblem.TOO_LONG
    if pin == DEMO_PIN and not policy.demo:
        return PinProblem.DEMO
    if pin == DEMO_PIN:
        return _mismatch(pin, repeat)
    if is_repeated(pin):
        return PinProblem.REPEATED
    if is_constant_step(pin):
        return PinProblem.SEQUENCE
    if is_date(pin):
        return PinProblem.DATE
    if pin in common_pins():
        return PinProblem.COMMON
    return _mismatch(pin, repeat)


def _mismatch(pin: str, repeat: str | None) -> PinProblem | None:
    return PinProblem.MISMATCH if repeat is not None and repeat != pin else None


def is_repeated(pin: str) -> bool:
    """One digit throughout, or a shorter block said again (121212, 123123, 12341234)."""
    size = len(pin)
    return any(
        size % block == 0 and pin == pin[:block] * (size // block) for block in range(1, size)
    )


def is_constant_step(pin: str) -> bool:
    """Every digit the previous one plus the same step, on the 0-9 wheel: 123456, 987654,
    890123, 135791 (a step of zero is caught by :func:`is_repeated`)."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    return len(steps) == 1


_DATE_ORDERS = {
    8: ("DDMMYYYY", "MMDDYYYY", "YYYYMMDD"),
    6: ("DDMMYY", "MMDDYY", "YYMMDD", "DMYYYY", "MDYYYY", "YYYYMD"),
}


def is_date(pin: str) -> bool:
    """The PIN reads as a real calendar date (a birthday, an anniversary) in a usual order;
    two-digit years count in every century, four-digit ones from 1900 to 2099."""
    return any(_reads_as_date(pin, order) for order in _DATE_ORDERS.get(len(pin), ()))


def _reads_as_date(pin: str, order: str) -> bool:
    parts: dict[str, str] = {}
    at = 0
    for letter in dict.fromkeys(order):
        width = order.count(letter)
        parts[letter] = pin[at : at + width]
        at += width
    day, month, year = int(parts["D"]), int(parts["M"]), int(parts["Y"])
    years = range(1900, 2100) if len(parts["Y"]) == 4 else (1900 + year, 2000 + year)
    if len(parts["Y"]) == 4 and year not in years:
        return False
    candidates = (year,) if len(parts["Y"]) == 4 else tuple(years)
    for full_year in candidates:
        try:
            date(full_year, month, day)
        except ValueError:
            continue
        return True
    return False


@functools.cache
def common_pins() -> frozenset[str]:
    """The shipped list of most common PINs (read once; comments and blanks skipped)."""
    from kiosk.paths import resources_dir

    text = (resources_dir() / COMMON_PINS_FILE).read_text(encoding="utf-8")
    lines = (line.strip() for line in text.splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


__all__ = [
    "DEMO_PIN",
    "MAX_PIN_LENGTH",
    "MIN_PIN_LENGTH",
    "PinPolicy",
    "PinProblem",
    "common_pins",
    "is_constant_step",
    "is_date",
    "is_repeated",
    "pin_problem",
]
