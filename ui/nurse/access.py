"""Who may use the station: first-run setup and sign-in with a staff code and a PIN.

The setup and sign-in pages only collect input; this object calls the staff services through
the binding and tells the context who signed in. The station shows whichever page it asks.
"""

from __future__ import annotations

from PySide6.QtCore import QMetaMethod, QObject, Signal

from kiosk.domain.staff import SignedIn
from kiosk.services.errors import ValidationError
from kiosk.services.results.staff import StaffMember
from ui.nurse.common import isolate
from ui.nurse.context import NurseContext
from ui.nurse.setup_page import SetupPage
from ui.nurse.signin_page import SignInPage


class StationAccess(QObject):
    show_setup = Signal()  # no staff yet: the first administrator must be created
    show_signin = Signal()  # staff code and PIN
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
        setup_page.create_requested.connect(self.on_create_requested)
        signin_page.pin_entered.connect(self.on_pin_entered)

    def refresh(self) -> None:
        """Setup when no staff exists yet, otherwise the sign-in."""
        self.context.run(
            self, self.context.services.has_staff, self.on_has_staff, self._failed, signed_in=False
        )

    def _failed(self, exc: BaseException) -> None:
        self.signin_page.show_failure(self.context.words(exc))
        self.show_signin.emit()

    def on_has_staff(self, exists: bool) -> None:
        if not exists:
            self.setup_page.reset()
            self.show_setup.emit()
            return
        self.show_signin.emit()

    def on_create_requested(self, name: str, pin: str) -> None:
        services = self.context.services

        def created(member: StaffMember) -> None:
            self.setup_page.reset()
            if self.isSignalConnected(QMetaMethod.fromSignal(self.first_admin_created)):
                self.first_admin_created.emit(member)  # e.g. the clinic's details next
            else:
                self.refresh()
            self.signin_page.show_notice(
                self.tr(
                    "{name} was created. Your staff code is {code}: type it, then your PIN."
                ).format(name=isolate(member.name), code=member.code)
            )

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and (exc.field, exc.code) == ("setup", "done"):
                self.setup_page.reset()  # another station made the administrator first
                self.refresh()
                self.signin_page.show_notice(self.context.words(exc))
                return
            self.setup_page.show_failure(self.context.words(exc))

        self.context.run(
            self,
            lambda: services.create_first_admin(name, pin),
            created,
            refused,
            signed_in=False,
        )

    def on_pin_entered(self, code: str, pin: str) -> None:
        services = self.context.services
        self.context.run(
            self,
            lambda: services.authenticate(code, pin),
            self.on_authenticated,
            lambda exc: self.signin_page.show_failure(self.context.words(exc)),
            signed_in=False,
        )

    def on_authenticated(self, member: SignedIn) -> None:
        self.signin_page.reset()
        self.context.sign_in(member)
