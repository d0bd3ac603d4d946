"""The nurse station's services, bound once to the open database, the settings and a clock.

One object, made where the station is assembled, with one typed method per thing a nurse
does. Each method is a plain blocking call (pages run it on a worker); results are the
services' own frozen dataclasses. Nothing here imports Qt, and no widget ever sees the
session factory behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypedDict

from kiosk.domain.aftercare import Area
from kiosk.domain.checklist import Checklist
from kiosk.domain.interval import LEAFLET_RULES, IntervalRules, IntervalTexts
from kiosk.domain.pin_policy import PinPolicy
from kiosk.domain.staff import Role, SignedIn
from kiosk.domain.visit import Closure, Decision, VisitStatus
from kiosk.services import audit as audit_service
from kiosk.services import audit_log, closing, identity, procedures, review, signin, staff
from kiosk.services.clock import Clock, local_day, utc_now
from kiosk.services.name_search import search_visits
from kiosk.services.reading import read_visit
from kiosk.services.results.audit import AuditEventView, AuditReport
from kiosk.services.results.decisions import DecisionResult, ProcedureResult
from kiosk.services.results.documents import RenderedDocument
from kiosk.services.results.identity import IdentityChangeView, IdentityResult
from kiosk.services.results.queue import QueueMarker, QueueRow
from kiosk.services.results.reading import VisitReading
from kiosk.services.results.staff import StaffMember
from kiosk.services.results.visit import VisitBundle, VisitDetail
from kiosk.services.transactions import MAX_PAGE, SessionFactory

if TYPE_CHECKING:
    from kiosk.config import Settings
    from kiosk.printing.backends import PrintBackend
    from kiosk.services.live_clinic import LiveZone
    from kiosk.services.results.printing import PrintJobView
    from kiosk.storage.database import Database

ChecklistFor = Callable[[str], Checklist]
Actor = SignedIn  # who acts: the open sign-in; the services refuse one that has ended
RenderVisit = Callable[[int, SignedIn], RenderedDocument]  # (visit_id, actor) -> document
SendDocument = Callable[[RenderedDocument, SignedIn], "PrintJobView"]  # (document, actor)
Backup = Callable[[Path], Path]  # destination folder -> the backup file written


def interval_rules() -> IntervalRules:
    """The clinic's interval thresholds (interval.toml, the same in every language)."""
    from kiosk.content.errors import ContentError
    from kiosk.content.interval import load_interval

    try:
        return load_interval("en").rules
    except ContentError:  # check-content names the problem; the leaflet's numbers hold
        return LEAFLET_RULES


def load_interval(language: str) -> IntervalTexts:
    from kiosk.content.interval import load_interval as load

    return load(language)


def default_checklist_for(language: str) -> Checklist:
    from kiosk.content import load_content

    return load_content(language).checklist


class Judgement(TypedDict):
    """The keyword arguments review.visit_detail and review.decide both take."""

    checklist: ChecklistFor
    clock: Clock
    interval_rules: IntervalRules


@dataclass(frozen=True, slots=True)
class DocumentActions:
    """Rendering and printing, bound to the clinic's settings and printer."""

    render_aftercare: RenderVisit
    print_document: SendDocument
    render_consent_record: RenderVisit | None = None


class NurseServices:
    """Every service call the nurse station makes, with its settings already applied."""

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        zone: str,
        pepper: bytes,
        lockout: signin.LockoutPolicy,
        policy: PinPolicy | None = None,
        station: str = "nurse-station",
        clock: Clock = utc_now,
        checklist_for: ChecklistFor = default_checklist_for,
        documents: DocumentActions | None = None,
        backup: Backup | None = None,
        data_dir: Path | None = None,
        live_zone: LiveZone | None = None,
    ) -> None:
        self._sf = session_factory
        self._zone = zone  # without ``live_zone``: the zone for good
        self._live_zone = live_zone  # the clinic's zone as stored now, when it is followed
        self._pepper = pepper
        self.lockout = lockout
        self.policy = policy or PinPolicy()
        self.station = station
        self.clock = clock
        self._checklist_for = checklist_for
        self.documents = documents
        self._backup = backup
        self.data_dir = data_dir

    @classmethod
    def from_settings(
        cls,
        database: Database,
        settings: Settings,
        *,
        pepper: bytes,
        print_backend: Callable[[], PrintBackend] | None,
        station: str = "nurse-station",
        clock: Clock = utc_now,
        checklist_for: ChecklistFor = default_checklist_for,
        zone_max_age: float | None = None,
    ) -> NurseServices:
        """The station's binding: documents printed through a backend ``print_backend()``
        makes for each job (on the worker that prints), backups rotated as the daily ones, and
        the clinic's time zone as stored, re-read at most every ``zone_max_age`` seconds
        (default :data:`kiosk.services.live_clinic.ZONE_MAX_AGE`)."""
        from kiosk.services import documents as docs
        from kiosk.services.backup import configured_key
        from kiosk.services.live_clinic import ZONE_MAX_AGE, LiveSettings, LiveZone
        from kiosk.services.rotation import rotate_backups

        sf = database.session_factory
        actions = None
        if print_backend is not None:
            make_backend = print_backend

            def aftercare(visit_id: int, actor: SignedIn) -> RenderedDocument:
                return docs.render_aftercare(
                    sf, visit_id, settings=settings, actor=actor, clock=clock
                )

            def consent(visit_id: int, actor: SignedIn) -> RenderedDocument:
                return docs.render_consent_record(
                    sf, visit_id, settings=settings, actor=actor, clock=clock
                )

            def send(document: RenderedDocument, actor: SignedIn) -> PrintJobView:
                from kiosk.services.clinic import current_settings

                current = current_settings(sf, settings)  # the printer chosen in the app now
                return docs.print_document(
                    sf,
                    document,
                    backend=make_backend(),
                    printer=current.printing.default_printer,
                    actor=actor,
                    clock=clock,
                )

            actions = DocumentActions(aftercare, send, consent)
        return cls(
            sf,
            zone=settings.clinic.timezone,
            pepper=pepper,
            lockout=signin.lockout_policy(settings.staff),
            policy=staff.pin_policy(settings.staff),
            station=station,
            clock=clock,
            checklist_for=checklist_for,
            documents=actions,
            # the same dated names and keep-N pruning as the daily backup
            backup=lambda folder: rotate_backups(
                database,
                folder,
                settings.backups_keep,
                key=configured_key(settings.backup_key_path, settings.data_dir),  # if any
            ),
            data_dir=settings.backups_dir,
            # an administrator may change the clinic's zone on any station: follow it
            live_zone=LiveZone(
                LiveSettings(settings, lambda: sf),
                ZONE_MAX_AGE if zone_max_age is None else zone_max_age,
            ),
        )

    # -- the clinic day --------------------------------------------------------------------

    @property
    def zone(self) -> str:
        """The clinic's time zone as last read (no I/O: the GUI thread asks for it). A station
        following the stored zone reads it anew on the queue's poll (:meth:`_follow_zone`)."""
        return self._live_zone.current() if self._live_zone is not None else self._zone

    def _follow_zone(self) -> str:
        """On a worker: the zone, re-read from the store if the last read is stale."""
        return self._live_zone.follow() if self._live_zone is not None else self._zone

    def today(self) -> date:
        return local_day(self.clock(), self.zone)

    # -- staff and sign-in -----------------------------------------------------------------

    def has_staff(self) -> bool:
        return staff.has_staff(self._sf)

    def list_staff(self, *, actor: Actor, include_inactive: bool = False) -> list[StaffMember]:
        return staff.list_staff(self._sf, include_inactive=include_inactive, actor=actor)

    def create_first_admin(self, name: str, pin: str) -> StaffMember:
        return staff.create_first_admin(
            self._sf, name=name, pin=pin, pepper=self._pepper, policy=self.policy, clock=self.clock
        )

    def create_staff(self, name: str, pin: str, role: Role, *, actor: Actor) -> StaffMember:
        return staff.create_staff(
            self._sf,
            name=name,
            pin=pin,
            role=role,
            actor=actor,
            pepper=self._pepper,
            policy=self.policy,
            clock=self.clock,
        )

    def authenticate(self, code: str, pin: str) -> SignedIn:
        return signin.authenticate(
            self._sf,
            code=code,
            pin=pin,
            station=self.station,
            pepper=self._pepper,
            lockout=self.lockout,
            policy=self.policy,
            clock=self.clock,
        )

    def sign_out(self, actor: Actor, reason: str) -> None:
        signin.sign_out(self._sf, actor, reason=reason, clock=self.clock)

    def disable_staff(self, staff_id: int, *, actor: Actor) -> None:
        staff.disable_staff(self._sf, staff_id, actor=actor, clock=self.clock)

    def unlock_staff(self, staff_id: int, *, actor: Actor) -> None:
        staff.unlock_staff(self._sf, staff_id, actor=actor, clock=self.clock)

    def reset_pin(self, staff_id: int, new_pin: str, *, actor: Actor) -> None:
        staff.reset_pin(
            self._sf,
            staff_id,
            new_pin=new_pin,
            actor=actor,
            pepper=self._pepper,
            policy=self.policy,
            clock=self.clock,
        )

    def change_own_pin(self, actor: Actor, current_pin: str, new_pin: str) -> None:
        staff.change_own_pin(
            self._sf,
            actor,
            current_pin=current_pin,
            new_pin=new_pin,
            pepper=self._pepper,
            policy=self.policy,
            clock=self.clock,
        )

    # -- the queue -------------------------------------------------------------------------

    def list_queue(
        self, day: date, status: VisitStatus | None, offset: int, limit: int, *, actor: Actor
    ) -> list[QueueRow]:
        zone = self._follow_zone()
        return review.list_queue(
            self._sf, day, actor=actor, zone=zone, status=status, limit=limit, offset=offset
        )

    def list_queue_first(
        self, day: date, status: VisitStatus | None, count: int, *, actor: Actor
    ) -> list[QueueRow]:
        """The first ``count`` rows of the day, read in pages the service accepts."""
        rows: list[QueueRow] = []
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
        actor: Actor,
    ) -> list[QueueRow]:
        return search_visits(
            self._sf,
            actor=actor,
            text=text,
            date_of_birth=date_of_birth,
            limit=limit,
            offset=offset,
        )

    def queue_changed_since(
        self, marker: QueueMarker | None, day: date, *, actor: Actor
    ) -> tuple[bool, QueueMarker]:
        """Called on every poll: it also keeps the clinic's zone (and so today) current."""
        zone = self._follow_zone()
        return review.queue_changed_since(self._sf, marker, actor=actor, day=day, zone=zone)

    # -- a visit ---------------------------------------------------------------------------

    def visit(self, visit_id: int, *, actor: Actor, language: str | None = None) -> VisitBundle:
        """The audited view of a visit, with its checklist for the questions' wording, and
        (with ``language``, the reader's) everything worded in that language."""
        detail = review.visit_detail(self._sf, visit_id, actor=actor, **self._judged_by())
        try:
            checklist: Checklist | None = self._checklist_for(detail.language)
        except Exception:  # wording is a nicety: the keys and flags still show
            checklist = None
        reading = self.reading(detail, language) if language else None
        return VisitBundle(detail, checklist, reading)

    def clear(
        self,
        visit_id: int,
        *,
        actor: Actor,
        expected_version: int,
        note: str | None = None,
        over_reschedule: bool = False,
    ) -> DecisionResult:
        """Clear to proceed; over a reschedule flag only with ``over_reschedule`` and a note."""
        version = review.decide(
            self._sf,
            visit_id,
            actor=actor,
            decision=Decision.CLEAR,
            expected_version=expected_version,
            note=note,
            over_reschedule=over_reschedule,
            **self._judged_by(),
        )
        return DecisionResult(visit_id, Decision.CLEAR, version)

    def defer(
        self,
        visit_id: int,
        *,
        actor: Actor,
        expected_version: int,
        reason: str,
        suggested_date: date | None = None,
        note: str | None = None,
        before_earliest: bool = False,
    ) -> DecisionResult:
        """Defer with a reason; a date before the earliest safe one needs ``before_earliest``."""
        version = review.decide(
            self._sf,
            visit_id,
            actor=actor,
            decision=Decision.DEFER,
            expected_version=expected_version,
            reason=reason,
            note=note,
            suggested_date=suggested_date,
            before_earliest=before_earliest,
            **self._judged_by(),
        )
        return DecisionResult(visit_id, Decision.DEFER, version)

    def _judged_by(self) -> Judgement:
        """What a visit is judged against, the same for viewing and deciding: the checklist
        in the visit's language, the interval rules, the clock."""
        return Judgement(
            checklist=self._checklist_for, clock=self.clock, interval_rules=interval_rules()
        )

    # -- a nurse's day: cancel, corrections, identity (docs/nurse-day.md) -----------------

    def close_visit(
        self,
        visit_id: int,
        *,
        actor: Actor,
        closure: Closure,
        expected_version: int,
        reason: str | None = None,
    ) -> int:
        return closing.close_visit(
            self._sf,
            visit_id,
            actor=actor,
            closure=closure,
            expected_version=expected_version,
            reason=reason,
            clock=self.clock,
        )

    def correct_procedure(
        self,
        procedure_id: int,
        *,
        actor: Actor,
        areas: frozenset[Area],
        session_number: int,
        notes: str,
        reason: str,
        expected_version: int,
    ) -> int:
        return procedures.correct_procedure(
            self._sf,
            procedure_id,
            actor=actor,
            areas=areas,
            session_number=session_number,
            notes=notes,
            reason=reason,
            expected_version=expected_version,
            clock=self.clock,
        )

    def correct_identity(
        self,
        patient_id: int,
        *,
        actor: Actor,
        first_name: str,
        last_name: str,
        date_of_birth: date,
        reason: str,
    ) -> IdentityResult:
        return identity.correct_identity(
            self._sf,
            patient_id,
            actor=actor,
            first_name=first_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            reason=reason,
            clock=self.clock,
        )

    def merge_patients(
        self, *, duplicate_id: int, keep_id: int, actor: Actor, reason: str
    ) -> IdentityResult:
        return identity.merge_patients(
            self._sf,
            duplicate_id=duplicate_id,
            keep_id=keep_id,
            actor=actor,
            reason=reason,
            clock=self.clock,
        )

    def identity_changes(self, patient_id: int, *, actor: Actor) -> list[IdentityChangeView]:
        """The patient's corrections and merges, newest first (the visit page undoes them)."""
        return identity.identity_changes(self._sf, patient_id, actor=actor)

    def revert_identity_change(
        self, change_id: int, *, actor: Actor, reason: str
    ) -> IdentityResult:
        return identity.revert_identity_change(
            self._sf, change_id, actor=actor, reason=reason, clock=self.clock
        )

    def reading(self, detail: VisitDetail, language: str) -> VisitReading | None:
        """The visit in ``language`` with the patient's words beside it (None: no content)."""
        try:
            return read_visit(
                detail,
                language=language,
                reader=self._checklist_for(language),
                patient=self._checklist_for(detail.language),
                interval=load_interval(language),
            )
        except Exception:  # words are a nicety here: the keys, flags and codes still show
            return None

    def propose_session_number(self, patient_id: int, *, actor: Actor) -> int:
        return procedures.propose_session_number(self._sf, patient_id, actor=actor)

    def record_procedure(
        self,
        visit_id: int,
        *,
        actor: Actor,
        areas: frozenset[Area],
        session_number: int,
        notes: str,
        expected_version: int,
    ) -> ProcedureResult:
        procedure_id = procedures.record_procedure(
            self._sf,
            visit_id,
            actor=actor,
            areas=areas,
            session_number=session_number,
            notes=notes,
            expected_version=expected_version,
            clock=self.clock,
        )
        return ProcedureResult(visit_id, procedure_id)

    # -- documents -------------------------------------------------------------------------

    @property
    def can_print(self) -> bool:
        return self.documents is not None

    def render_aftercare(self, visit_id: int, *, actor: Actor) -> RenderedDocument:
        return self._documents().render_aftercare(visit_id, actor)

    def render_consent_record(self, visit_id: int, *, actor: Actor) -> RenderedDocument:
        render = self._documents().render_consent_record
        if render is None:
            raise RuntimeError("the consent record is not bound on this station")
        return render(visit_id, actor)

    def print_document(self, document: RenderedDocument, *, actor: Actor) -> PrintJobView:
        return self._documents().print_document(document, actor)

    def _documents(self) -> DocumentActions:
        if self.documents is None:
            raise RuntimeError("documents and printing are not configured on this station")
        return self.documents

    # -- administration --------------------------------------------------------------------

    @property
    def can_back_up(self) -> bool:
        return self._backup is not None

    def back_up(self, folder: Path) -> Path:
        if self._backup is None:
            raise RuntimeError("backups are not configured on this station")
        return self._backup(folder)

    def list_events(
        self,
        *,
        actor: Actor,
        staff_id: int | None = None,
        visit_id: int | None = None,
        day: date | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[AuditEventView]:
        return audit_log.list_events(
            self._sf,
            limit=limit,
            offset=offset,
            staff_id=staff_id,
            visit_id=visit_id,
            day=day,
            zone=self._follow_zone(),
            actor=actor,
        )

    def verify_audit_chain(self) -> AuditReport:
        return audit_service.verify_audit_chain(self._sf)


__all__ = ["DocumentActions", "NurseServices", "default_checklist_for"]
