"""A visit's life: where it stands and what a nurse can decide about it."""

from __future__ import annotations

from enum import StrEnum


class VisitStatus(StrEnum):
    """submitted -> cleared | deferred -> completed; cancelled ends a visit early."""

    SUBMITTED = "submitted"
    CLEARED = "cleared"
    DEFERRED = "deferred"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Decision(StrEnum):
    """A nurse's review decision; DEFER needs a reason."""

    CLEAR = "clear"
    DEFER = "defer"


# A visit a nurse may still decide on or end: not completed, not cancelled.
OPEN_STATUSES = (VisitStatus.SUBMITTED, VisitStatus.CLEARED, VisitStatus.DEFERRED)

DECISION_STATUS: dict[Decision, VisitStatus] = {
    Decision.CLEAR: VisitStatus.CLEARED,
    Decision.DEFER: VisitStatus.DEFERRED,
}


class Closure(StrEnum):
    """How a visit ended without a procedure; either way its status becomes cancelled."""

    CANCELLED = "cancelled"
    NO_SHOW = "no_show"
