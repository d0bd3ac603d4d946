"""Who works at the nurse station."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    """ADMIN manages staff accounts; both roles review visits and record procedures."""

    ADMIN = "admin"
    NURSE = "nurse"
