"""The nurse station's view of the core: the service calls it makes, bound to its settings.

Each method is a plain blocking call meant to run on a worker through ``run_task``; nothing
here touches a widget. Keeping them in one place makes it easy to see that every view,
decision, print and sign-in goes through the auditing services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.domain.aftercare import Area
from kiosk.domain.checklist import Checklist
from kiosk.domain.staff import Role
from kiosk.domain.visit import Decision, VisitStatus
from kiosk.services import audit as audit_service
from kiosk.services import procedures, review, staff
from kiosk.services.clock import Clock, utc_now
from kiosk.services.transactions import MAX_PAGE, SessionFactory

ChecklistFor = Callable[[str], Checklist]
RenderAftercare = Callable[[int, int], Any]  # (visit_id, staff_id) -> RenderedDocument
PrintDocument = Callable[[Any], Any]  # RenderedDocument -> PrintJobView
Backup = Callable[[Path], Path]  # destination folder -> the backup file written


def default_checklist_for(language: str) -> Checklist:
    from kiosk.content import load_content

    return load_content(language).checklist


@dataclass(frozen=True)
class VisitBundle:
    """A visit's detail and the checklist its answers are worded in."""

    detail: review.VisitDetail
    checklist: Checklist | None


@dataclass
class NurseBackend:
    session_factory: SessionFactory
    zone: str
    pepper: bytes
    lockout: staff.LockoutPolicy
    checklist_for: ChecklistFor = default_checklist_for
    clock: Clock = utc_now
    render_aftercare: RenderAftercare | None = None
    print_document: PrintDocument | None = None
    backup: Backup | None = None
    data_dir: Path | None = None

    # -- staff ---------------------------------------------------------------------------

    def has_staff(self) -> bool:
        return staff.has_staff(self.session_factory)

    def list_staff(self, include_inactive: bool = False) -> list[Any]:
        return staff.list_staff(self.session_factory, include_inactive=include_inactive)

    def create_first_admin(self, name: str, pin: str) -> Any:
        return self.create_staff(name, pin, Role.ADMIN, actor_id=None)

    def create_staff(self, name: str, pin: str, role: Role, *, actor_id: int | None) -> Any:
        return staff.create_staff(
            self.session_factory,
            name=name,
            pin=pin,
            role=role,
            actor_id=actor_id,
            pepper=self.pepper,
            clock=self.clock,
        )

    def authenticate(self, staff_id: int, pin: str) -> Any:
        return staff.authenticate(
            self.session_factory,
            staff_id=staff_id,
            pin=pin,
            pepper=self.pepper,
            lockout=self.lockout,
            clock=self.clock,
        )

    def disable_staff(self, staff_id: int, *, actor_id: int) -> None:
        staff.disable_staff(self.session_factory, staff_id, actor_id=actor_id, clock=self.clock)

    def reset_pin(self, staff_id: int, new_pin: str, *, actor_id: int) -> None:
        staff.reset_pin(
            self.session_factory,
            staff_id,
            new_pin=new_pin,
            actor_id=actor_id,
            pepper=self.pepper,
            clock=self.clock,
        )

    # -- queue and visits ----------------------------------------------------------------

    def list_queue(
        self, day: date, status: VisitStatus | None, offset: int, limit: int
    ) -> list[review.QueueRow]:
        return review.list_queue(
            self.session_factory, day, zone=self.zone, status=status, limit=limit, offset=offset
        )

    def list_queue_first(
        self, day: date, status: VisitStatus | None, count: int
    ) -> list[review.QueueRow]:
        """The first ``count`` rows of the day, read in pages the service accepts."""
        rows: list[review.QueueRow] = []
        while len(rows) < count:
            page = self.list_queue(day, status, len(rows), min(MAX_PAGE, count - len(rows)))
            rows.extend(page)
            if not page:
                break
        return rows

    def search_visits(
        self, text: str | None, date_of_birth: date | None, offset: int, limit: int
    ) -> list[review.QueueRow]:
        return review.search_visits(
            self.session_factory,
            text=text,
            date_of_birth=date_of_birth,
            limit=limit,
            offset=offset,
        )

    def queue_changed_since(self, marker: Any, day: date) -> tuple[bool, Any]:
        return review.queue_changed_since(self.session_factory, marker, day=day, zone=self.zone)

    def visit(self, visit_id: int, *, staff_id: int) -> VisitBundle:
        """The audited view of a visit, with its checklist for the questions' wording."""
        detail = review.visit_detail(
            self.session_factory,
            visit_id,
            staff_id=staff_id,
            checklist=self.checklist_for,
            clock=self.clock,
        )
        try:
            checklist: Checklist | None = self.checklist_for(detail.language)
        except Exception:  # wording is a nicety: the keys and flags still show
            checklist = None
        return VisitBundle(detail, checklist)

    def decide(
        self,
        visit_id: int,
        *,
        staff_id: int,
        decision: Decision,
        expected_version: int,
        reason: str | None = None,
        note: str | None = None,
        suggested_date: date | None = None,
    ) -> int:
        return review.decide(
            self.session_factory,
            visit_id,
            staff_id=staff_id,
            decision=decision,
            expected_version=expected_version,
            reason=reason,
            note=note,
            suggested_date=suggested_date,
            clock=self.clock,
        )

    def propose_session_number(self, patient_id: int) -> int:
        return procedures.propose_session_number(self.session_factory, patient_id)

    def record_procedure(
        self,
        visit_id: int,
        *,
        staff_id: int,
        areas: frozenset[Area],
        session_number: int,
        notes: str,
        expected_version: int,
    ) -> int:
        return procedures.record_procedure(
            self.session_factory,
            visit_id,
            staff_id=staff_id,
            areas=areas,
            session_number=session_number,
            notes=notes,
            expected_version=expected_version,
            clock=self.clock,
        )

    # -- administration ------------------------------------------------------------------

    def list_events(self, limit: int = 200, offset: int = 0) -> list[Any]:
        return audit_service.list_events(self.session_factory, limit=limit, offset=offset)

    def verify_audit_chain(self) -> Any:
        return audit_service.verify_audit_chain(self.session_factory)
