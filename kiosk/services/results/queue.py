"""A row of the nurse's queue or search, and the marker that says the queue changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kiosk.domain.checklist import Outcome
from kiosk.domain.visit import VisitStatus


@dataclass(frozen=True, slots=True)
class QueueRow:
    visit_id: int
    checked_in_at: datetime  # aware UTC
    first_name: str
    last_name: str
    date_of_birth: date
    procedure_date: date
    status: VisitStatus
    flag_count: int
    worst_outcome: Outcome | None
    version: int
    patient_id: int | None = None
    # The leaflet's interval rule against the patient's earlier completed procedures (the
    # checklist flags above were frozen at check-in; this is read with the queue).
    interval_outcome: Outcome | None = None


@dataclass(frozen=True, slots=True)
class QueueMarker:
    """Opaque to callers: compare by equality only."""

    visits: int
    last_visit_id: int
    version_total: int
