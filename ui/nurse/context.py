"""What every nurse page shares: the services binding, who is signed in, the open visit.

Pages call their own service through :attr:`NurseContext.services` with :meth:`run` (a worker
through :func:`ui.tasks.run_task`), and every page that shows a visit refreshes on the one
:attr:`NurseContext.visit_changed` signal. Signing out starts a new *session*: answers that
arrive for an older one are dropped, so a slow worker never paints a signed-out screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal

from kiosk.domain.staff import SignedIn
from kiosk.services.binding import NurseServices
from kiosk.services.errors import NotSignedIn
from kiosk.services.results.visit import VisitBundle
from ui.nurse.errors import friendly_message
from ui.nurse.staff_words import staff_error_text
from ui.tasks import run_task

T = TypeVar("T")


class NurseContext(QObject):
    visit_changed = Signal(int)  # a visit's record changed here (decision, procedure, print)
    visit_loaded = Signal(object)  # VisitBundle: the visit now open on the station
    signed_in = Signal(object)  # SignedIn
    signed_out = Signal()
    # The sign-in ended elsewhere (signed out on another station, disabled or locked by an
    # admin): the words say why; the station goes back to the sign-in.
    ended_elsewhere = Signal(str)

    def __init__(self, services: NurseServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.staff: SignedIn | None = None
        self.visit: VisitBundle | None = None
        self._session = 0

    # -- who is signed in ------------------------------------------------------------------

    @property
    def actor(self) -> SignedIn:
        """Who acts: every service call that changes or reads a record names them."""
        if self.staff is None:
            raise RuntimeError("nobody is signed in")
        return self.staff

    def sign_in(self, member: SignedIn) -> None:
        self._session += 1
        self.staff = member
        self.signed_in.emit(member)

    def sign_out(self) -> None:
        self._session += 1
        self.staff = None
        self.visit = None
        self.signed_out.emit()

    def words(self, exc: BaseException) -> str:
        """A service's refusal in the nurse's language (codes first, then its message)."""
        services = self.services
        return staff_error_text(exc, services.zone, services.policy) or friendly_message(exc)

    # -- the open visit --------------------------------------------------------------------

    def set_visit(self, bundle: VisitBundle) -> None:
        self.visit = bundle
        self.visit_loaded.emit(bundle)

    # -- work off the GUI thread -----------------------------------------------------------

    def run(
        self,
        owner: QObject,
        work: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        *,
        signed_in: bool = True,
    ) -> None:
        """``work`` on a worker; the answer reaches ``owner`` only if it is still alive and,
        with ``signed_in``, the same nurse is still signed in. A refusal because the sign-in
        ended elsewhere goes to :attr:`ended_elsewhere`, not to ``on_failure``."""
        session = self._session

        def current() -> bool:
            if not shiboken6.isValid(owner) or not shiboken6.isValid(self):
                return False
            return not signed_in or (session == self._session and self.staff is not None)

        def succeeded(value: T) -> None:
            if current():
                on_success(value)

        def failed(exc: BaseException) -> None:
            if not current():
                return
            if isinstance(exc, NotSignedIn) and self.staff is not None:
                self.ended_elsewhere.emit(self.words(exc))  # every page: back to sign-in
                return
            on_failure(exc)

        run_task(work, succeeded, failed, owner=owner)
