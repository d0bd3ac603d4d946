"""The nurse station: the pages, the top bar and the navigation between them.

One widget the main window embeds, and only an assembler: each page calls its own service
through the one services binding (``kiosk.services.binding.NurseServices``, shared through
:class:`ui.nurse.context.NurseContext`), and every page refreshes on the context's
``visit_changed`` signal. This module creates the pages, stacks them, and says which page
follows which. To add a page: build it in :meth:`NurseStation._build_pages`, add it to the
stack there, and connect its navigation in :meth:`NurseStation._connect_navigation`. A
banner goes above everything with ``station.layout().insertWidget(0, banner)``; an
administration tab with ``station.admin_page.tabs.addTab``; ``after_first_admin`` says
which page follows the first administrator's creation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMetaMethod, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.staff import SignedIn
from kiosk.domain.visit import Decision
from kiosk.services.binding import NurseServices
from kiosk.services.results.decisions import DecisionResult
from kiosk.services.results.documents import RenderedDocument
from kiosk.services.results.staff import StaffMember
from kiosk.services.results.visit import VisitBundle
from kiosk.services.signin import LockoutPolicy
from ui.nurse.access import StationAccess
from ui.nurse.admin_actions import AdminActions
from ui.nurse.admin_page import AdminPage
from ui.nurse.change_pin_page import ChangePinPage
from ui.nurse.common import MessageLine
from ui.nurse.context import NurseContext
from ui.nurse.decide_page import DecidePage
from ui.nurse.documents import DocumentPrinter, PreviewFactory, find_preview
from ui.nurse.procedure_page import ProcedurePage
from ui.nurse.queue_model import QueueTableModel
from ui.nurse.queue_page import QueuePage
from ui.nurse.setup_page import SetupPage
from ui.nurse.signin_page import SignInPage
from ui.nurse.style import nurse_stylesheet
from ui.nurse.top_bar import TopBar
from ui.nurse.visit_page import VisitPage
from ui.tasks import run_task
from ui.widgets.idle import IdleWatcher

log = logging.getLogger(__name__)

_FIND = object()  # "look for the documents room's preview dialog"


class NurseStation(QWidget):
    """Everything a nurse does at the workstation, behind a PIN."""

    signed_in = Signal(object)  # SignedIn
    signed_out = Signal()
    exit_kiosk_requested = Signal()  # leave full screen (the lead's window decides)
    leave_requested = Signal()  # back to the patient kiosk, nobody signed in

    def __init__(
        self,
        services: NurseServices,
        *,
        idle_seconds: float = 300,
        preview: PreviewFactory | object | None = _FIND,
        poll_interval_ms: int = 2000,
        page_size: int = 50,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nurseStation")
        self.setAccessibleName(self.tr("Nurse station"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(nurse_stylesheet())
        self.context = NurseContext(services, self)
        finder: Any = find_preview() if preview is _FIND else preview
        self.printer = DocumentPrinter(self.context, finder, self)
        self._opening: int | None = None  # the visit the nurse asked to open
        # What follows the first administrator's creation, when a page wants to (the clinic's
        # details, say); otherwise the sign-in names.
        self.after_first_admin: Callable[[StaffMember], None] | None = None

        self._build_pages(page_size, poll_interval_ms)
        self.top_bar = TopBar()
        self.top_bar.hide()
        self.who = self.top_bar.who
        self.admin_button = self.top_bar.admin_button
        self.exit_button = self.top_bar.exit_button
        self.signout_button = self.top_bar.signout_button
        self.my_pin_button = self.top_bar.my_pin_button
        self.problem = MessageLine()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.problem)
        layout.addWidget(self.stack, 1)

        # The patient room's watcher, without its warning step: the nurse side just signs out.
        self.idle = IdleWatcher(timeout=idle_seconds, warning=0, parent=self)
        self.idle.install()
        self.idle.expired.connect(self.on_idle_timed_out)
        self._connect_navigation()
        self.refresh_home()

    # -- assembly --------------------------------------------------------------------------

    def _build_pages(self, page_size: int, poll_interval_ms: int) -> None:
        context = self.context
        self.loading = QLabel(self.tr("Opening the nurse station…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setAccessibleName(self.loading.text())
        services = context.services
        self.setup_page = SetupPage(services.policy)
        self.signin_page = SignInPage()
        self.access = StationAccess(context, self.setup_page, self.signin_page, self)
        self.queue_page = QueuePage(context, page_size=page_size, poll_interval_ms=poll_interval_ms)
        self.visit_page = VisitPage(context, self.printer)
        self.decide_page = DecidePage(context)
        self.procedure_page = ProcedurePage(context, self.printer)
        self.admin_page = AdminPage(lambda: services.zone, services.data_dir, services.policy)
        self.admin = AdminActions(context, self.admin_page, self)
        self.change_pin_page = ChangePinPage(services.policy)
        self.stack = QStackedWidget()
        for page in (
            self.loading,
            self.setup_page,
            self.signin_page,
            self.queue_page,
            self.visit_page,
            self.decide_page,
            self.procedure_page,
            self.admin_page,
            self.change_pin_page,
        ):
            self.stack.addWidget(page)

    def _connect_navigation(self) -> None:
        context = self.context
        context.signed_in.connect(self.on_signed_in)
        context.ended_elsewhere.connect(lambda words: self.sign_out(words, reason=None))
        self.access.show_setup.connect(lambda: self.show_page(self.setup_page))
        self.access.show_signin.connect(lambda: self.show_page(self.signin_page))
        self.access.first_admin_created.connect(self.on_first_admin_created)
        self.signin_page.exit_requested.connect(self.leave_requested)
        self.top_bar.admin_requested.connect(self.show_admin)
        self.top_bar.my_pin_requested.connect(self.show_change_pin)
        self.change_pin_page.change_requested.connect(self.on_change_pin_requested)
        self.change_pin_page.back_requested.connect(self.show_queue)
        self.top_bar.exit_confirmed.connect(self.exit_kiosk_requested)
        self.top_bar.sign_out_requested.connect(self.sign_out)
        self.queue_page.visit_chosen.connect(self.open_visit)
        self.visit_page.loaded.connect(self.on_visit_loaded)
        self.visit_page.load_failed.connect(lambda _exc: self._stop_opening())
        self.visit_page.back_requested.connect(self.show_queue)
        self.visit_page.decide_requested.connect(self.show_decide)
        self.visit_page.procedure_requested.connect(self.show_procedure)
        self.decide_page.back_requested.connect(self.show_visit_page)
        self.decide_page.decided.connect(self.on_decided)
        self.decide_page.conflict.connect(self.open_visit)
        self.procedure_page.back_requested.connect(self.show_visit_page)
        self.procedure_page.conflict.connect(self.open_visit)
        self.admin_page.back_requested.connect(self.show_queue)

    # -- what tests and the window read ------------------------------------------------------

    @property
    def services(self) -> NurseServices:
        return self.context.services

    @property
    def staff(self) -> SignedIn | None:
        return self.context.staff

    @property
    def actor(self) -> SignedIn:
        return self.context.actor

    @property
    def bundle(self) -> VisitBundle | None:
        return self.context.visit

    @property
    def lockout(self) -> LockoutPolicy:
        return self.context.services.lockout

    @property
    def model(self) -> QueueTableModel:
        return self.queue_page.model

    @property
    def preview_dialog(self) -> Any:
        return self.printer.preview_dialog

    @property
    def last_document(self) -> RenderedDocument | None:
        return self.printer.last_document

    # -- lifetime --------------------------------------------------------------------------

    def stop(self) -> None:
        """Stop polling and idle watching (the window is closing); signs out first."""
        self.sign_out(reason="closed")
        self.queue_page.poller.stop()
        self.idle.stop()

    def showEvent(self, event: QShowEvent) -> None:
        """ "Back to patient check-in" only where a patient kiosk listens for it."""
        listening = self.isSignalConnected(QMetaMethod.fromSignal(self.leave_requested))
        self.signin_page.leave_button.setVisible(listening)
        super().showEvent(event)

    def on_signed_in(self, member: SignedIn) -> None:
        self.top_bar.show_member(member)
        self.idle.start()
        self.signed_in.emit(member)
        if member.pin_change_required:  # the PIN no longer meets the clinic's rules
            self.show_change_pin(required=True)
            return
        self.show_today()

    def sign_out(self, notice: str | None = None, reason: str | None = "manual") -> None:
        """Forget everything on screen (each page wipes itself), back to the sign-in.
        ``reason`` is recorded ("manual", "idle", "closed"); None when the sign-in already
        ended elsewhere."""
        if self.context.staff is None:
            return
        ended, services = self.context.actor, self.context.services
        if reason is not None:
            run_task(
                lambda: services.sign_out(ended, reason),
                lambda _: None,
                lambda exc: log.warning("sign-out not recorded: %s", type(exc).__name__),
            )
        self._opening = None
        self.context.sign_out()
        self.change_pin_page.show_form(required=False)
        self.idle.stop()
        self.top_bar.forget()
        self.problem.clear_message()
        self.refresh_home()
        if notice:
            self.signin_page.show_notice(notice)
        self.signed_out.emit()

    def on_idle_timed_out(self) -> None:
        self.sign_out(
            self.tr("You were signed out automatically after a while without activity."),
            reason="idle",
        )

    def refresh_home(self) -> None:
        """Setup when no staff exists yet, otherwise the sign-in names."""
        self.problem.clear_message()
        self.access.refresh()

    def on_first_admin_created(self, member: StaffMember) -> None:
        if self.after_first_admin is not None:
            self.after_first_admin(member)
        else:
            self.refresh_home()

    # -- navigation ------------------------------------------------------------------------

    def show_page(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)

    def show_queue(self) -> None:
        self.problem.clear_message()
        self.show_page(self.queue_page)

    def show_today(self) -> None:
        self.queue_page.show_today()
        self.show_queue()

    def open_visit(self, visit_id: int, notice: str | None = None) -> None:
        """Read the visit (the service audits the view) and show it when it arrives."""
        if self.context.staff is None:
            return
        self._opening = visit_id
        self.visit_page.load(visit_id, notice)

    def _stop_opening(self) -> None:
        self._opening = None

    def on_visit_loaded(self, bundle: VisitBundle) -> None:
        if bundle.detail.visit_id == self._opening:
            self._opening = None
            self.problem.clear_message()
            self.show_page(self.visit_page)

    def show_visit_page(self) -> None:
        self.show_page(self.visit_page)

    def show_decide(self) -> None:
        if self.context.visit is not None:
            self.decide_page.show_visit(self.context.visit.detail)
            self.show_page(self.decide_page)

    def on_decided(self, result: DecisionResult) -> None:
        done = (
            self.tr("Cleared to proceed.")
            if result.decision is Decision.CLEAR
            else self.tr("Deferred.")
        )
        self.queue_page.message.show_message(done, "ok")
        self.show_page(self.visit_page)

    def show_procedure(self) -> None:
        if self.context.visit is not None:
            self.procedure_page.show_visit(self.context.visit.detail)
            self.show_page(self.procedure_page)

    def show_change_pin(self, required: bool = False) -> None:
        if self.context.staff is not None:
            self.change_pin_page.show_form(required=required)
            self.show_page(self.change_pin_page)

    def on_change_pin_requested(self, current: str, new: str) -> None:
        services, actor = self.context.services, self.context.actor

        def changed(_: None) -> None:
            self.show_today()
            self.queue_page.message.show_message(self.tr("Your PIN was changed."), "ok")

        self.context.run(
            self,
            lambda: services.change_own_pin(actor, current, new),
            changed,
            lambda exc: self.change_pin_page.show_failure(self.context.words(exc)),
        )

    def show_admin(self) -> None:
        if self.admin.allowed:
            self.show_page(self.admin_page)
            self.admin.open()


__all__ = ["NurseStation"]
