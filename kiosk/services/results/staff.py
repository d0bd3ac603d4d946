"""A staff account as the administrator's list shows it."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.staff import Role


@dataclass(frozen=True, slots=True)
class StaffMember:
    """An account as the admin list shows it. ``code`` is typed at sign-in (not secret);
    ``locked`` means too many wrong PINs in a row: an administrator unlocks it."""

    staff_id: int
    name: str
    role: Role
    active: bool
    code: str
    locked: bool
