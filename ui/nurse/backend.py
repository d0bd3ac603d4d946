"""The nurse station's view of the core: the service calls it makes, bound to its settings.

Each method is a plain blocking call meant to run on a worker through ``run_task``; nothing
here touches a widget. Keeping them in one place makes it easy to see that every view,
decision, print and sign-in goes through the auditing services.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.domain.aftercare import Area
from kiosk.domain.checklist import Checklist
from kiosk.domain.pin_policy import PinPolicy
from kiosk.domain.staff import Role, SignedIn
from kiosk.domain.visit import Decision, VisitStatus
from kiosk.services import audit as audit_service
from kiosk.services import procedures, review, staff
from kiosk.services.clock import Clock, utc_now
from kiosk.services.transactions import MAX_PAGE, SessionFactory

ChecklistFor = Callable[[str], Checklist]
RenderAftercare = Callable[[int, SignedIn], Any]  # (visit_id, actor) -> RenderedDocument
PrintDocument = Callable[[Any, SignedIn], Any]  # (RenderedDocument, actor) -> PrintJobView
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
    """Every staff action takes ``actor``, the signed-in staff member; the services refuse a
    signed-out, disabled or locked one."""

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
    station: str = "nurse-station"
    policy: PinPolicy = field(default_factory=PinPolicy)

    # -- staff ---------------------------------------------------------------------------

    def has_staff(self) -> bool:
        return staff.has_staff(self.session_factory)

    def list_staff(self, *, actor: SignedIn, include_inactive: bool = False) -> list[Any]:
        return staff.list_staff(
            self.session_factory, include_inactive=include_inactive, actor=actor
        )

    def create_first_admin(self, name: str, pin: str) -> Any:
        return staff.create_first_admin(
            self.session_factory,
            name=name,
            pin=pin,
            pepper=self.pepper,
            policy=self.policy,
            clock=self.clock,
        )

    def create_staff(self, name: str, pin: str, role: Role, *, actor: SignedIn) -> Any:
        return staff.create_staff(
            self.session_factory,
            name=name,
            pin=pin,
            role=role,
            actor=actor,
            pepper=self.pepper,
            policy=self.policy,
            clock=self.clock,
        )

    def authenticate(self, code: str, pin: str) -> SignedIn:
        return staff.authenticate(
            self.session_factory,
            code=code,
            pin=pin,
            station=self.station,
            pepper=self.pepper,
            lockout=self.lockout,
            policy=self.policy,
            clock=self.clock,
        )

    def sign_out(self, actor: SignedIn, reason: str) -> None:
        staff.sign_out(self.session_factory, actor, reason=reason, clock=self.clock)

    def disable_staff(self, staff_id: int, *, actor: SignedIn) -> None:
        staff.disable_staff(self.session_factory, staff_id, actor=actor, clock=self.clock)

    def unlock_staff(self, staff_id: int, *, actor: SignedIn) -> None:
        staff.unlock_staff(self.session_factory, staff_id, actor=actor, clock=self.clock)

    def reset_pin(self, staff_id: int, new_pin: str, *, actor: SignedIn) -> None:
        staff.reset_pin(
            self.session_factory,
            staff_id,
            new_pin=new_pin,
            actor=actor,
            pepper=self.pepper,
            policy=self.policy,
            clock=self.clock,
        )

    def change_own_pin(self, actor: SignedIn, current_pin: str, new_pin: str) -> None:
        staff.change_own_pin(
            self.session_factory,
            actor,
            current_pin=current_pin,
            new_pin=new_pin,
            pepper=self.pepper,
            policy=self.policy,
            clock=self.clock,
        )

    # -- queue and visits ----------------------------------------------------------------

    def list_queue(
        self,
        day: date,
        status: VisitStatus | None,
        offset: int,
        limit: int,
        *,
        actor: SignedIn,
    ) -> list[review.QueueRow]:
        return review.list_queue(
            self.session_factory,
            day,
            actor=actor,
            zone=self.zone,
            status=status,
            limit=limit,
            offset=offset,
        )

    def list_queue_first(
        self, day: date, status: VisitStatus | None, count: int, *, actor: SignedIn
    ) -> list[review.QueueRow]:
        """The first ``count`` rows of the day, read in pages the service accepts."""
        rows: list[review.QueueRow] = []
        while len(rows) < count:
            page = self.list_queue(
                day, status, len(rows), min(MAX_PAGE, count - len(rows)), actor=actor
            )
            rows.extend(page)
            if not page:
                break
        return rows

    def search_visits(
        self,
        text: str | None,
        date_of_birth: date | None,
        offset: int,
        limit: int,
        *,
        actor: SignedIn,
    ) -> list[review.QueueRow]:
        return review.search_visits(
            self.session_factory,
            actor=actor,
            text=text,
            date_of_birth=date_of_birth,
            limit=limit,
            offset=offset,
        )

    def queue_changed_since(self, marker: Any, day: date, *, actor: SignedIn) -> tuple[bool, Any]:
        return review.queue_changed_since(
            self.session_factory, marker, actor=actor, day=day, zone=self.zone
        )

    def visit(self, visit_id: int, *, actor: SignedIn) -> VisitBundle:
        """The audited view of a visit, with its checklist for the questions' wording."""
        detail = review.visit_detail(
            self.session_factory,
            visit_id,
            actor=actor,
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
        actor: SignedIn,
        decision: Decision,
        expected_version: int,
        reason: str | None = None,
        note: str | None = None,
        suggested_date: date | None = None,
    ) -> int:
        return review.decide(
            self.session_factory,
            visit_id,
            actor=actor,
            decision=decision,
            expected_version=expected_version,
            reason=reason,
            note=note,
            suggested_date=suggested_date,
            clock=self.clock,
        )

    def propose_session_number(self, patient_id: int, *, actor: SignedIn) -> int:
        return procedures.propose_session_number(self.session_factory, patient_id, actor=actor)

    def record_procedure(
        self,
        visit_id: int,
        *,
        actor: SignedIn,
        areas: frozenset[Area],
        session_number: int,
        notes: str,
        expected_version: int,
    ) -> int:
        return procedures.record_procedure(
            self.session_factory,
            visit_id,
            actor=actor,
            areas=areas,
            session_number=session_number,
            notes=notes,
            expected_version=expected_version,
            clock=self.clock,
        )

    # -- administration ------------------------------------------------------------------

    def list_events(
        self,
        *,
        actor: SignedIn,
        staff_id: int | None = None,
        visit_id: int | None = None,
        day: date | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[Any]:
        return audit_service.list_events(
            self.session_factory,
            limit=limit,
            offset=offset,
            staff_id=staff_id,
            visit_id=visit_id,
            day=day,
            zone=self.zone,
            actor=actor,
        )

    def verify_audit_chain(self) -> Any:
        return audit_service.verify_audit_chain(self.session_factory)
