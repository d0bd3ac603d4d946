"""Who works at the nurse station, and who is acting right now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from kiosk.domain.patient import search_key

NAME_KEY_LENGTH = 200  # folding can lengthen a name (ß -> ss)
STAFF_CODE_DIGITS = 3  # typed on the PIN pad before the PIN: no list of names on a station


class Role(StrEnum):
    """ADMIN manages staff accounts; both roles review visits and record procedures."""

    ADMIN = "admin"
    NURSE = "nurse"


@dataclass(frozen=True, slots=True)
class SignedIn:
    """The acting staff member: what a successful sign-in returns and every staff action
    takes. ``token`` names the open sign-in; after sign-out (by hand, idle, or the account
    being disabled or locked) the services refuse it."""

    staff_id: int
    name: str
    role: Role
    code: str
    station: str
    token: str
    started_at: datetime
    pin_change_required: bool = False  # the PIN no longer meets the clinic's PIN rules

    @property
    def is_admin(self) -> bool:
        return self.role is Role.ADMIN


def name_key(name: str) -> str:
    """Two staff names that read the same are the same name: the patients' search key (NFKD,
    case folded, accents and letter marks stripped, inner spaces single), cut to fit its
    column. "José" typed composed or decomposed, "JOSE" and "jose" all give "jose"."""
    return search_key(name, "").strip()[:NAME_KEY_LENGTH]


def is_staff_code(code: str) -> bool:
    return len(code) == STAFF_CODE_DIGITS and code.isascii() and code.isdigit()
