"""What a nurse's decision or recorded procedure returns: the ids and the new version."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.visit import Decision


@dataclass(frozen=True, slots=True)
class DecisionResult:
    visit_id: int
    decision: Decision
    version: int


@dataclass(frozen=True, slots=True)
class ProcedureResult:
    visit_id: int
    procedure_id: int
