"""Reading the audit log: the newest events, filtered, for an administrator at a station.

Apart from ``kiosk.services.audit`` (which writes and verifies the chain) because reading from
a station checks the sign-in, and signing in itself writes audit events: the writer must not
depend on the sign-in, so the reader that does lives here.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import or_, select

from kiosk.domain.staff import SignedIn
from kiosk.services.clock import day_bounds_utc
from kiosk.services.results.audit import AuditEventView
from kiosk.services.signin import require_signed_in
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models


def list_events(
    sf: SessionFactory,
    limit: int = 200,
    offset: int = 0,
    *,
    staff_id: int | None = None,
    visit_id: int | None = None,
    day: date | None = None,
    zone: str = "UTC",
    actor: SignedIn | None = None,
) -> list[AuditEventView]:
    """Newest first. ``staff_id``: what that staff member did or had done to their account;
    ``visit_id``: the visit and its documents; ``day``: that clinic day in ``zone``. From a
    station ``actor`` must be a signed-in administrator (None: the command line)."""
    query = select(models.AuditEvent).order_by(models.AuditEvent.seq.desc())
    if staff_id is not None:
        who = f"staff:{staff_id}"
        query = query.where(or_(models.AuditEvent.actor == who, models.AuditEvent.subject == who))
    if day is not None:
        start, end = day_bounds_utc(day, zone)
        query = query.where(models.AuditEvent.at >= start, models.AuditEvent.at < end)
    with transaction(sf, read_only=True) as session:
        if actor is not None:
            require_signed_in(session, actor, admin=True)
        if visit_id is not None:
            documents = session.execute(
                select(models.Document.id).where(models.Document.visit_id == visit_id)
            ).scalars()
            subjects = [f"visit:{visit_id}", *(f"document:{d}" for d in documents)]
            query = query.where(models.AuditEvent.subject.in_(subjects))
        rows = session.execute(query.limit(limit).offset(offset)).scalars()
        return [
            AuditEventView(
                seq=r.seq,
                at=r.at,
                actor=r.actor,
                action=r.action,
                subject=r.subject,
                details=json.loads(r.details),
            )
            for r in rows
        ]
