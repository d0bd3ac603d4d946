"""A correction or merge of a patient's identity, and the list the visit page undoes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class IdentityResult:
    change_id: int
    patient_id: int  # the record that holds the visits afterwards
    visit_ids: tuple[int, ...]  # the visits whose identity changed
    superseded_documents: tuple[int, ...]  # documents to re-issue


@dataclass(frozen=True, slots=True)
class IdentityChangeView:
    change_id: int
    kind: str  # correction / merge / unmerge / revert
    patient_id: int
    other_patient_id: int | None
    before: dict[str, Any]
    after: dict[str, Any]
    visit_ids: tuple[int, ...]
    reason: str
    staff_name: str
    at: datetime
    reverts_id: int | None
    reverted: bool  # a later change undid this one
