"""Who may use the station: first-run setup, sign-in with a PIN, and the lockout words.

The setup and sign-in pages only collect input; this object calls the staff service through
the binding and tells the context who signed in. The station shows whichever page it asks.
"""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod, QObject, Signal

from kiosk.services.errors import AccountLocked, AuthError
from kiosk.services.staff import StaffMember
from ui.nurse.common import isolate
from ui.nurse.context import NurseContext
from ui.nurse.errors import friendly_message
from ui.nurse.formatting import format_time
from ui.nurse.setup_page import SetupPage
from ui.nurse.signin_page import SignInPage


class StationAccess(QObject):
    show_setup = Signal()  # no staff yet: the first administrator must be created
    show_signin = Signal()  # the list of names
    first_admin_created = Signal(object)  # StaffMember: what first-run pages may follow with

    def __init__(
        self,
        context: NurseContext,
        setup_page: SetupPage,
        signin_page: SignInPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.setup_page = setup_page
        self.signin_page = signin_page
        self._failures: dict[int, int] = {}
        setup_page.create_requested.connect(self.on_create_requested)
        signin_page.pin_entered.connect(self.on_pin_entered)

    def refresh(self) -> None:
        """Setup when no staff exists yet, otherwise the list of names."""
        self.context.run(
            self, self.context.services.has_staff, self.on_has_staff, self._failed, signed_in=False
        )

    def _failed(self, exc: BaseException) -> None:
        self.signin_page.show_failure(friendly_message(exc))
        self.show_signin.emit()

    def on_has_staff(self, exists: bool) -> None:
        if not exists:
            self.setup_page.reset()
            self.show_setup.emit()
            return
        self.show_signin.emit()
        self.context.run(
            self,
            self.context.services.list_staff,
            lambda members: self.signin_page.set_staff(members, self._locked_note),
            self._failed,
            signed_in=False,
        )

    def _locked_note(self, member: StaffMember) -> str | None:
        until = getattr(member, "locked_until", None)
        services = self.context.services
        if until is None or until <= services.clock():
            return None
        return self.tr("locked until {time}").format(time=format_time(until, services.zone))

    def on_create_requested(self, name: str, pin: str) -> None:
        services = self.context.services

        def created(member: StaffMember) -> None:
            self.setup_page.reset()
            self.signin_page.show_notice(
                self.tr("{name} was created. Sign in with the new PIN.").format(
                    name=isolate(member.name)
                )
            )
            if self.isSignalConnected(QMetaMethod.fromSignal(self.first_admin_created)):
                self.first_admin_created.emit(member)  # e.g. the clinic's details next
                return
            self.refresh()

        self.context.run(
            self,
            lambda: services.create_first_admin(name, pin),
            created,
            lambda exc: self.setup_page.show_failure(friendly_message(exc)),
            signed_in=False,
        )

    def on_pin_entered(self, member: StaffMember, pin: str) -> None:
        services = self.context.services
        self.context.run(
            self,
            lambda: services.authenticate(member.staff_id, pin),
            self.on_authenticated,
            lambda exc: self.on_authentication_failed(member, exc),
            signed_in=False,
        )

    def on_authenticated(self, member: StaffMember) -> None:
        self._failures.pop(member.staff_id, None)
        self.signin_page.reset()
        self.context.sign_in(member)

    def on_authentication_failed(self, member: StaffMember, exc: BaseException) -> None:
        services = self.context.services
        if isinstance(exc, AccountLocked):
            self._failures.pop(member.staff_id, None)
            text = self.tr(
                "Too many wrong PINs. For safety, {name}'s account is locked until {time}."
                " Please try again then, or ask an administrator."
            ).format(name=isolate(member.name), time=format_time(exc.until, services.zone))
            self.on_has_staff(True)  # the name list shows the lock too
        elif isinstance(exc, AuthError):
            failures = self._failures.get(member.staff_id, 0) + 1
            self._failures[member.staff_id] = failures
            left = exc.attempts_left  # counted in the database, so other stations' tries count
            if left is None:
                left = max(1, services.lockout.attempts - failures)
            text = self.tr(
                "That PIN did not match. Please try again: {left} attempt(s) left before the"
                " account locks for {minutes} minutes."
            ).format(left=left, minutes=services.lockout.minutes)
        else:
            text = friendly_message(exc)
        self.signin_page.show_failure(text)
