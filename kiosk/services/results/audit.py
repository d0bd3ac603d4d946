"""An audit event as the log page shows it, and the chain check's verdict."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class AuditReport:
    ok: bool
    checked: int
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class AuditEventView:
    seq: int
    at: datetime
    actor: str
    action: str
    subject: str
    details: dict[str, Any]
