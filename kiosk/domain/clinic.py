"""The clinic's own details as documents print them, and the rule that none is a placeholder.

A sheet that says "please call us at ." or names "Your Skin Clinic" sends a patient home with
no way to reach the clinic, so a document is refused until a real name and phone are set.
Pure functions: the setup screens, the document renderers and ``--self-check`` all ask here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

PLACEHOLDER_NAMES = frozenset({"your skin clinic", "clinic", "clinic name", "example clinic"})
LANGUAGES = ("en", "es")
PAPERS = ("letter", "a4")
MAX_NAME = 120
MAX_ADDRESS = 300
MAX_PHONE = 40
MAX_PRINTER = 200
MAX_LOGO_BYTES = 2 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ClinicProblem:
    """``field`` ("name", "phone", ...) and ``code`` ("missing", "placeholder", ...); the
    screens and commands turn the code into words in the reader's language."""

    field: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ClinicDetails:
    """What an administrator sets in the app (stored in the database, audited)."""

    name: str
    address: str
    phone: str
    timezone: str
    languages: tuple[str, ...] = LANGUAGES
    printer: str | None = None
    paper: str = "letter"
    logo_png: bytes | None = None


def is_placeholder_name(name: str) -> bool:
    return " ".join(name.split()).casefold() in PLACEHOLDER_NAMES


def printable_problems(name: str, phone: str) -> tuple[ClinicProblem, ...]:
    """Why a document cannot print with this name and phone (empty when it can)."""
    problems: list[ClinicProblem] = []
    if not name.strip():
        problems.append(ClinicProblem("name", "missing", "the clinic's name is not set"))
    elif is_placeholder_name(name):
        problems.append(
            ClinicProblem("name", "placeholder", f"the clinic's name is the placeholder {name!r}")
        )
    if not any(ch.isdigit() for ch in phone):
        problems.append(ClinicProblem("phone", "missing", "the clinic's phone number is not set"))
    return tuple(problems)


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def _has_control(text: str) -> bool:
    return any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") for ch in text)


def validate_details(details: ClinicDetails) -> tuple[ClinicDetails, tuple[ClinicProblem, ...]]:
    """The details cleaned (NFC, spaces folded), and every problem found."""
    cleaned = ClinicDetails(
        name=_clean(details.name),
        address=" ".join(unicodedata.normalize("NFC", details.address).split(" ")).strip(),
        phone=_clean(details.phone),
        timezone=details.timezone.strip(),
        languages=tuple(dict.fromkeys(details.languages)),
        printer=(details.printer or "").strip() or None,
        paper=details.paper,
        logo_png=details.logo_png or None,
    )
    problems = list(printable_problems(cleaned.name, cleaned.phone))
    for field, value, limit in (
        ("name", cleaned.name, MAX_NAME),
        ("address", cleaned.address, MAX_ADDRESS),
        ("phone", cleaned.phone, MAX_PHONE),
        ("printer", cleaned.printer or "", MAX_PRINTER),
    ):
        if len(value) > limit:
            problems.append(ClinicProblem(field, "too_long", f"{field} is longer than {limit}"))
        if _has_control(value.replace("\n", "")):
            problems.append(ClinicProblem(field, "bad_character", f"{field} holds a control code"))
    if cleaned.phone and not set(cleaned.phone) <= set("0123456789+-() ./x#ext"):
        problems.append(
            ClinicProblem("phone", "bad_phone", "the phone holds more than digits and + - ( ) .")
        )
    try:
        ZoneInfo(cleaned.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        problems.append(
            ClinicProblem("timezone", "unknown", f"{cleaned.timezone!r} is not a time zone")
        )
    if not cleaned.languages or not set(cleaned.languages) <= set(LANGUAGES):
        problems.append(ClinicProblem("languages", "invalid", "choose English, Spanish or both"))
    if cleaned.paper not in PAPERS:
        problems.append(ClinicProblem("paper", "invalid", "paper is letter or a4"))
    if cleaned.logo_png is not None:
        if len(cleaned.logo_png) > MAX_LOGO_BYTES:
            problems.append(ClinicProblem("logo", "too_big", "the logo is larger than 2 MB"))
        elif not cleaned.logo_png.startswith(b"\x89PNG\r\n\x1a\n"):
            problems.append(ClinicProblem("logo", "not_png", "the logo is not a PNG image"))
    return cleaned, tuple(problems)
