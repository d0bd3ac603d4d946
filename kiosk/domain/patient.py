"""Patient identity as entered: names kept exactly (NFC), a case-folded key to find them again.

Names in any script are accepted; what is refused is what cannot be a name on a form:
empty, control characters, or longer than a printed sheet can carry. Each refusal has a
``code`` the screens turn into a kind, translated message.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from kiosk.domain.text_rules import TextRuleError, clean_name

MAX_AGE_YEARS = 120


class IdentityError(TextRuleError):
    """Bad identity input (a date of birth); names raise the TextRuleError it extends."""


def unprintable(text: str) -> tuple[str, ...]:
    """The characters of ``text`` the printed documents cannot show (their fonts' coverage:
    read from the fonts' character maps only, no renderer is loaded)."""
    from kiosk.documents.coverage import unprintable as missing

    return missing(text)


# Latin letters that carry their mark in the letter itself, so NFKD cannot take it off:
# a nurse typing "Isik" or "IŞIK" must find "Işık", and "Lukasz" must find "Łukasz".
_BASE_LETTERS = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "æ": "ae", "œ": "oe"}
)


def search_key(first_name: str, last_name: str) -> str:
    """Case- and accent-insensitive key, so "José PÉREZ" finds "jose perez"."""
    joined = f"{first_name} {last_name}"
    decomposed = unicodedata.normalize("NFKD", joined.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    based = stripped.translate(_BASE_LETTERS)
    return " ".join(unicodedata.normalize("NFC", based).split())


def check_birth_date(dob: date, today: date) -> date:
    if dob > today:
        raise IdentityError("date_of_birth", "future", "the date of birth is in the future")
    if today.year - dob.year > MAX_AGE_YEARS:
        raise IdentityError("date_of_birth", "too_old", "the date of birth is too far back")
    return dob


def parse_birth_date(day: int, month: int, year: int, today: date) -> date:
    """A date of birth from three fields; impossible dates (31 April) are refused."""
    try:
        dob = date(year, month, day)
    except ValueError as exc:
        raise IdentityError("date_of_birth", "impossible", "that date does not exist") from exc
    return check_birth_date(dob, today)


@dataclass(frozen=True, slots=True)
class Identity:
    first_name: str
    last_name: str
    date_of_birth: date

    @classmethod
    def create(cls, first: str, last: str, dob: date, today: date) -> Identity:
        return cls(
            clean_name(first, "first_name"),
            clean_name(last, "last_name"),
            check_birth_date(dob, today),
        )

    @property
    def search_key(self) -> str:
        return search_key(self.first_name, self.last_name)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
