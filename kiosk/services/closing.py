"""Ending a visit without a procedure: cancelled, or the patient was not there (no-show).

Either way the visit's status becomes ``cancelled`` (the queue's status filter lists it);
a closure row keeps which of the two it was, who said so and why, and the audit log records
it. Only an open visit (submitted, cleared or deferred) can be closed, and with the version
the nurse saw, like a decision.
"""

from __future__ import annotations

from kiosk.domain.staff import SignedIn
from kiosk.domain.visit import OPEN_STATUSES, Closure, VisitStatus
from kiosk.services.audit import record_event, staff_actor
from kiosk.services.clock import Clock, now_from, utc_now
from kiosk.services.records import (
    bump_visit,
    clean_text,
    require_visible,
)
from kiosk.services.signin import require_signed_in
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models


def close_visit(
    sf: SessionFactory,
    visit_id: int,
    *,
    actor: SignedIn,
    closure: Closure,
    expected_version: int,
    reason: str | None = None,
    clock: Clock = utc_now,
) -> int:
    """Cancel a visit or mark it a no-show; returns its new version.

    A cancellation needs a reason with visible words; a no-show may have one. ConflictError
    when the visit changed since ``expected_version``; ValidationError("status", "closed")
    when it is already completed or cancelled.
    """
    closure = Closure(closure)
    text = clean_text(reason, "reason")
    if closure is Closure.CANCELLED:
        text = require_visible(text, "reason", "Please give a reason for cancelling.")
    now = now_from(clock)
    with transaction(sf) as session:
        require_signed_in(session, actor, now=now)
        staff_id = actor.staff_id
        new_version = bump_visit(
            session,
            visit_id,
            expected_version,
            now,
            status=VisitStatus.CANCELLED,
            only_from=OPEN_STATUSES,
        )
        session.add(
            models.VisitClosure(
                visit_id=visit_id, kind=closure.value, reason=text, staff_id=staff_id, at=now
            )
        )
        details: dict[str, object] = {"version": new_version}
        if text:
            details["reason"] = text
        record_event(
            session,
            actor=staff_actor(staff_id),
            action=f"visit.{closure.value}",
            subject=f"visit:{visit_id}",
            details=details,
            at=now,
        )
    return new_version
