"""The administration page's service calls: staff accounts, the audit log, backups.

The admin page (``ui.nurse.admin_page``) collects input and shows results; this object
answers its requests through the services binding, as the signed-in administrator.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.domain.staff import Role
from kiosk.services.results.audit import AuditReport
from kiosk.services.results.staff import StaffMember
from ui.nurse.admin_page import AdminPage
from ui.nurse.context import NurseContext


class AdminActions(QObject):
    def __init__(self, context: NurseContext, page: AdminPage, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.page = page
        page.add_staff_requested.connect(self.on_add_staff_requested)
        page.disable_requested.connect(self.on_disable_requested)
        page.reset_pin_requested.connect(self.on_reset_pin_requested)
        page.unlock_requested.connect(self.on_unlock_requested)
        page.refresh_staff_requested.connect(self.load_staff)
        page.refresh_audit_requested.connect(self.load_audit)
        page.verify_requested.connect(self.on_verify_requested)
        page.backup_requested.connect(self.on_backup_requested)
        context.signed_out.connect(page.forget)

    @property
    def allowed(self) -> bool:
        staff = self.context.staff
        return staff is not None and Role(staff.role) is Role.ADMIN

    def open(self) -> None:
        """Fresh lists each time the page is shown."""
        self.page.message.clear_message()
        self.page.set_day(self.context.services.today())
        self.load_staff()
        if self.page.tabs.currentIndex() == 1:
            self.load_audit()

    def _failed(self, exc: BaseException) -> None:
        self.page.message.show_message(self.context.words(exc), "error")

    def load_staff(self) -> None:
        if self.context.staff is None:
            return
        services, actor = self.context.services, self.context.actor
        self.context.run(
            self,
            lambda: services.list_staff(actor=actor, include_inactive=True),
            self.page.show_staff,
            self._failed,
        )

    def load_audit(self) -> None:
        if self.context.staff is None:
            return
        services, actor, wanted = (
            self.context.services,
            self.context.actor,
            self.page.audit_filter(),
        )
        self.context.run(
            self,
            lambda: services.list_events(
                actor=actor, staff_id=wanted.staff_id, visit_id=wanted.visit_id, day=wanted.day
            ),
            self.page.show_events,
            self._failed,
        )

    def on_add_staff_requested(self, name: str, pin: str, role: Role) -> None:
        services, actor = self.context.services, self.context.actor

        def added(member: StaffMember) -> None:
            self.page.staff_added(member)
            self.load_staff()

        self.context.run(
            self,
            lambda: services.create_staff(name, pin, role, actor=actor),
            added,
            self._failed,
        )

    def on_unlock_requested(self, staff_id: int) -> None:
        services, actor = self.context.services, self.context.actor

        def unlocked(_: None) -> None:
            self.page.message.show_message(self.tr("The account was unlocked."), "ok")
            self.load_staff()

        self.context.run(
            self, lambda: services.unlock_staff(staff_id, actor=actor), unlocked, self._failed
        )

    def on_disable_requested(self, staff_id: int) -> None:
        services, actor = self.context.services, self.context.actor

        def disabled(_: None) -> None:
            self.page.message.show_message(self.tr("The account was disabled."), "ok")
            self.load_staff()

        self.context.run(
            self, lambda: services.disable_staff(staff_id, actor=actor), disabled, self._failed
        )

    def on_reset_pin_requested(self, staff_id: int, pin: str) -> None:
        services, actor = self.context.services, self.context.actor

        def reset(_: None) -> None:
            self.page.pin_was_reset()
            self.load_staff()

        self.context.run(
            self, lambda: services.reset_pin(staff_id, pin, actor=actor), reset, self._failed
        )

    def on_verify_requested(self) -> None:
        self.page.verify_result.show_message(self.tr("Checking…"), "info")

        def verified(report: AuditReport) -> None:
            self.page.show_verification(report)
            self.load_audit()

        self.context.run(self, self.context.services.verify_audit_chain, verified, self._failed)

    def on_backup_requested(self, folder: Path) -> None:
        services = self.context.services
        if not services.can_back_up:
            self.page.backup_failed(self.tr("Backups are not configured on this station."))
            return
        self.context.run(
            self,
            lambda: services.back_up(Path(folder)),
            self.page.backup_done,
            lambda exc: self.page.backup_failed(self.context.words(exc)),
        )
