"""The nurse station: first-run setup, sign-in, the queue, a visit, decisions, procedures, admin.

One widget the main window embeds. It holds no business rules: every read and write is a
service call (``ui.nurse.backend``) run on a worker through :func:`ui.tasks.run_task`, and the
services audit every view, decision, print and sign-in attempt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QMetaMethod, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.checklist import Checklist
from kiosk.domain.pin_policy import PinPolicy
from kiosk.domain.staff import Role, SignedIn
from kiosk.domain.visit import Decision, VisitStatus
from kiosk.services.clock import Clock, local_day, utc_now
from kiosk.services.errors import ConflictError, NotSignedIn, ValidationError
from kiosk.services.staff import LockoutPolicy
from kiosk.services.transactions import SessionFactory
from ui.nurse.admin_page import AdminPage, role_text
from ui.nurse.backend import (
    Backup,
    NurseBackend,
    PrintDocument,
    RenderAftercare,
    VisitBundle,
    default_checklist_for,
)
from ui.nurse.change_pin_page import ChangePinPage
from ui.nurse.common import MessageLine, button
from ui.nurse.decide_page import DecidePage
from ui.nurse.errors import friendly_message
from ui.nurse.procedure_page import ProcedurePage
from ui.nurse.queue_model import QueueTableModel
from ui.nurse.queue_page import QueuePage
from ui.nurse.setup_page import SetupPage
from ui.nurse.signin_page import SignInPage
from ui.nurse.staff_words import staff_error_text
from ui.nurse.style import NURSE_STYLESHEET
from ui.nurse.visit_page import VisitPage
from ui.tasks import run_task
from ui.widgets.idle import IdleWatcher
from ui.widgets.nurse_elided_label import ElidedLabel

log = logging.getLogger(__name__)

# (pdf, print_action, parent, title) -> a dialog with ``printed(result)`` and
# ``print_failed(words)`` signals that runs print_action through run_task when asked.
PreviewFactory = Callable[[bytes, Callable[[], Any], QWidget, str], Any]


def find_preview() -> PreviewFactory | None:
    """The documents room's print preview dialog (``ui.printing``), when it can load."""
    try:
        from ui.printing.preview_dialog import PrintPreviewDialog
    except ImportError:  # QtPdf missing from this installation
        return None
    return lambda pdf, action, parent, title: PrintPreviewDialog(pdf, action, parent, title)


class NurseStation(QWidget):
    """Everything a nurse does at the workstation, behind a PIN."""

    signed_in = Signal(object)  # SignedIn
    signed_out = Signal()
    exit_kiosk_requested = Signal()  # leave full screen (the lead's window decides)
    leave_requested = Signal()  # back to the patient kiosk, nobody signed in

    def __init__(
        self,
        session_factory: SessionFactory,
        *,
        zone: str,
        lockout: LockoutPolicy,
        pepper: bytes,
        idle_seconds: float = 300,
        data_dir: Path | None = None,
        render_aftercare: RenderAftercare | None = None,
        print_document: PrintDocument | None = None,
        preview: PreviewFactory | None = None,
        backup: Backup | None = None,
        checklist_for: Callable[[str], Checklist] = default_checklist_for,
        clock: Clock = utc_now,
        poll_interval_ms: int = 2000,
        page_size: int = 50,
        station_name: str = "nurse-station",
        pin_policy: PinPolicy | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nurseStation")
        self.setAccessibleName(self.tr("Nurse station"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(NURSE_STYLESHEET)
        self.backend = NurseBackend(
            session_factory=session_factory,
            zone=zone,
            pepper=pepper,
            lockout=lockout,
            checklist_for=checklist_for,
            clock=clock,
            render_aftercare=render_aftercare,
            print_document=print_document,
            backup=backup,
            data_dir=data_dir,
            station=station_name,
            policy=pin_policy or PinPolicy(),
        )
        self.zone = zone
        self.lockout = lockout
        self.preview = preview if preview is not None else find_preview()
        self.preview_dialog: Any = None
        self.staff: SignedIn | None = None  # who is signed in; every service call names them
        self.bundle: VisitBundle | None = None
        self._marker: Any = None
        self._polling = False
        self._search: tuple[str | None, date | None] | None = None
        self._status_filter: VisitStatus | None = None
        self._day: date | None = None

        self.model = QueueTableModel(zone, page_size=page_size, parent=self)
        self.model.load_failed.connect(self.on_model_load_failed)
        self.setup_page = SetupPage(self.backend.policy)
        self.signin_page = SignInPage()
        self.queue_page = QueuePage(self.model)
        self.visit_page = VisitPage()
        self.decide_page = DecidePage()
        self.procedure_page = ProcedurePage()
        self.admin_page = AdminPage(zone, data_dir, self.backend.policy)
        self.change_pin_page = ChangePinPage(self.backend.policy)
        self.loading = QLabel(self.tr("Opening the nurse station…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setAccessibleName(self.loading.text())
        self.problem = MessageLine()

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

        self.who = ElidedLabel()  # a long name is cut with "…"; the whole is its tooltip
        self.who.setObjectName("signedInAs")
        self.my_pin_button = button(
            self.tr("My PIN"), self.tr("Change my PIN"), self.show_change_pin
        )
        self.admin_button = button(
            self.tr("Administration"), self.tr("Open administration"), self.show_admin
        )
        self.exit_button = button(
            self.tr("Exit kiosk"), self.tr("Leave kiosk mode"), self.on_exit_button_clicked
        )
        self.exit_confirm = QTimer(self)  # a second tap within a few seconds confirms
        self.exit_confirm.setSingleShot(True)
        self.exit_confirm.setInterval(4000)
        self.exit_confirm.timeout.connect(self._reset_exit_button)
        self.signout_button = button(self.tr("Sign out"), self.tr("Sign out"), self.sign_out)
        self.top_bar = QWidget()
        self.top_bar.setObjectName("nurseTopBar")
        self.top_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        bar = QHBoxLayout(self.top_bar)
        bar.setContentsMargins(16, 6, 16, 6)
        bar.addWidget(self.who, 1)
        bar.addWidget(self.my_pin_button)
        bar.addWidget(self.admin_button)
        bar.addWidget(self.exit_button)
        bar.addWidget(self.signout_button)
        self.top_bar.hide()

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
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(poll_interval_ms)
        self.poll_timer.timeout.connect(self.poll_queue)
        self._connect_pages()
        self.refresh_home()

    def _connect_pages(self) -> None:
        self.setup_page.create_requested.connect(self.on_setup_page_create_requested)
        self.signin_page.pin_entered.connect(self.on_signin_page_pin_entered)
        self.signin_page.exit_requested.connect(self.leave_requested)
        self.queue_page.open_visit.connect(self.open_visit)
        self.queue_page.status_filter_changed.connect(self.on_queue_page_status_filter_changed)
        self.queue_page.search_requested.connect(self.on_queue_page_search_requested)
        self.queue_page.today_requested.connect(self.show_today)
        self.visit_page.back_requested.connect(self.show_queue)
        self.visit_page.decide_requested.connect(self.show_decide)
        self.visit_page.procedure_requested.connect(self.show_procedure)
        self.visit_page.aftercare_requested.connect(self.print_aftercare)
        self.decide_page.back_requested.connect(self.show_visit_page)
        self.decide_page.clear_requested.connect(self.on_decide_page_clear_requested)
        self.decide_page.defer_requested.connect(self.on_decide_page_defer_requested)
        self.procedure_page.back_requested.connect(self.show_visit_page)
        self.procedure_page.record_requested.connect(self.on_procedure_page_record_requested)
        self.procedure_page.aftercare_requested.connect(self.print_aftercare)
        admin = self.admin_page
        admin.back_requested.connect(self.show_queue)
        admin.add_staff_requested.connect(self.on_admin_page_add_staff_requested)
        admin.disable_requested.connect(self.on_admin_page_disable_requested)
        admin.reset_pin_requested.connect(self.on_admin_page_reset_pin_requested)
        admin.unlock_requested.connect(self.on_admin_page_unlock_requested)
        self.change_pin_page.change_requested.connect(self.on_change_pin_page_change_requested)
        self.change_pin_page.back_requested.connect(self.show_queue)
        admin.refresh_staff_requested.connect(self.load_admin_staff)
        admin.refresh_audit_requested.connect(self.load_audit)
        admin.verify_requested.connect(self.on_admin_page_verify_requested)
        admin.backup_requested.connect(self.on_admin_page_backup_requested)

    def stop(self) -> None:
        """Stop polling and idle watching (the window is closing); signs out first."""
        self.sign_out(reason="closed")
        self.poll_timer.stop()
        self.idle.stop()

    def showEvent(self, event: QShowEvent) -> None:
        """ "Back to patient check-in" only where a patient kiosk listens for it."""
        listening = self.isSignalConnected(QMetaMethod.fromSignal(self.leave_requested))
        self.signin_page.leave_button.setVisible(listening)
        super().showEvent(event)

    # -- helpers ---------------------------------------------------------------------------

    def _call(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        failure = on_failure or self.show_problem
        run_task(fn, self._while_alive(on_success), self._while_alive(failure))

    def _while_alive(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """A worker may answer after the station was closed and deleted: drop that answer."""

        def deliver(value: Any) -> None:
            if shiboken6.isValid(self):
                callback(value)

        return deliver

    def show_problem(self, exc: BaseException) -> None:
        if self._signed_out_elsewhere(exc):
            return
        self.problem.show_message(self.words(exc), "error")

    def words(self, exc: BaseException) -> str:
        """A service's refusal in the nurse's language (codes first, then its message)."""
        return staff_error_text(exc, self.zone, self.backend.policy) or friendly_message(exc)

    def _signed_out_elsewhere(self, exc: BaseException) -> bool:
        """Disabled, locked or signed out since (another station, an admin): back to sign-in."""
        if not isinstance(exc, NotSignedIn) or self.staff is None:
            return False
        self.sign_out(self.words(exc), reason=None)
        return True

    @property
    def actor(self) -> SignedIn:
        if self.staff is None:
            raise RuntimeError("nobody is signed in")
        return self.staff

    def today(self) -> date:
        return local_day(self.backend.clock(), self.zone)

    # -- first run and sign-in -------------------------------------------------------------

    def refresh_home(self) -> None:
        """Setup when no staff exists yet, otherwise the list of names."""
        self.problem.clear_message()
        self._call(self.backend.has_staff, self.on_has_staff)

    def on_has_staff(self, exists: bool) -> None:
        if not exists:
            self.setup_page.reset()
            self.stack.setCurrentWidget(self.setup_page)
            return
        self.stack.setCurrentWidget(self.signin_page)

    def on_setup_page_create_requested(self, name: str, pin: str) -> None:
        def created(member: Any) -> None:
            self.setup_page.reset()
            self.refresh_home()
            self.signin_page.show_notice(
                self.tr(
                    "{name} was created. Your staff code is {code}: type it, then your PIN."
                ).format(name=member.name, code=member.code)
            )

        def refused(exc: BaseException) -> None:
            if isinstance(exc, ValidationError) and (exc.field, exc.code) == ("setup", "done"):
                self.setup_page.reset()  # another station made the administrator first
                self.refresh_home()
                self.signin_page.show_notice(self.words(exc))
                return
            self.setup_page.show_failure(self.words(exc))

        self._call(lambda: self.backend.create_first_admin(name, pin), created, refused)

    def on_signin_page_pin_entered(self, code: str, pin: str) -> None:
        self._call(
            lambda: self.backend.authenticate(code, pin),
            self.on_authenticated,
            self.on_authentication_failed,
        )

    def on_authenticated(self, member: SignedIn) -> None:
        self.staff = member
        self.signin_page.reset()
        text = self.tr("Signed in as {name} ({role})").format(
            name=member.name, role=role_text(member.role)
        )
        self.who.set_full_text(text)
        self.admin_button.setVisible(Role(member.role) is Role.ADMIN)
        self.top_bar.show()
        self.idle.start()
        self.signed_in.emit(member)
        if member.pin_change_required:
            self.show_change_pin(required=True)
            return
        self.show_today()

    def on_authentication_failed(self, exc: BaseException) -> None:
        self.signin_page.show_failure(self.words(exc))

    def sign_out(self, notice: str | None = None, reason: str | None = "manual") -> None:
        """Forget everything on screen, stop polling, back to the sign-in. ``reason`` is
        recorded ("manual", "idle", "closed"); None when the sign-in already ended elsewhere."""
        if self.staff is None:
            return
        ended = self.staff
        if reason is not None:
            self._call(
                lambda: self.backend.sign_out(ended, reason),
                lambda _: None,
                lambda exc: log.warning("sign-out not recorded: %s", type(exc).__name__),
            )
        self.staff = None
        self.bundle = None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog = None
        self.poll_timer.stop()
        self.idle.stop()
        self._reset_exit_button()
        self.model.set_loader(None)
        self._marker = None
        self.top_bar.hide()
        self.problem.clear_message()
        self.queue_page.search.clear()
        self.decide_page.reason.clear()
        self.decide_page.note.clear()
        self.procedure_page.notes.clear()
        self.admin_page.forget()
        self.change_pin_page.show_form(required=False)
        self.visit_page.forget()
        self.refresh_home()
        if notice:
            self.signin_page.show_notice(notice)
        self.signed_out.emit()

    def on_exit_button_clicked(self) -> None:
        """Leaving kiosk mode takes two taps, so a stray touch never drops the kiosk."""
        if self.exit_confirm.isActive():
            self._reset_exit_button()
            self.exit_kiosk_requested.emit()
            return
        self.exit_button.setText(self.tr("Tap again to exit"))
        self.exit_button.setAccessibleName(self.tr("Tap again to confirm leaving kiosk mode"))
        self.exit_confirm.start()

    def _reset_exit_button(self) -> None:
        self.exit_confirm.stop()
        self.exit_button.setText(self.tr("Exit kiosk"))
        self.exit_button.setAccessibleName(self.tr("Leave kiosk mode"))

    def on_idle_timed_out(self) -> None:
        self.sign_out(
            self.tr("You were signed out automatically after a while without activity."),
            reason="idle",
        )

    # -- my PIN ------------------------------------------------------------------------------

    def show_change_pin(self, required: bool = False) -> None:
        if self.staff is None:
            return
        self.change_pin_page.show_form(required=required)
        self.stack.setCurrentWidget(self.change_pin_page)

    def on_change_pin_page_change_requested(self, current: str, new: str) -> None:
        actor = self.actor

        def changed(_: Any) -> None:
            self.show_today()
            self.queue_page.message.show_message(self.tr("Your PIN was changed."), "ok")

        def refused(exc: BaseException) -> None:
            if not self._signed_out_elsewhere(exc):
                self.change_pin_page.show_failure(self.words(exc))

        self._call(lambda: self.backend.change_own_pin(actor, current, new), changed, refused)

    # -- the queue -------------------------------------------------------------------------

    def show_queue(self) -> None:
        self.problem.clear_message()
        self.stack.setCurrentWidget(self.queue_page)

    def show_today(self) -> None:
        self._search = None
        self._day = self.today()
        self.queue_page.show_today(self._day)
        self._load_today()
        self.poll_timer.start()
        self.show_queue()

    def _load_today(self) -> None:
        day, status, backend = self._day or self.today(), self._status_filter, self.backend
        actor = self.actor
        self.model.set_loader(
            lambda offset, limit: backend.list_queue(day, status, offset, limit, actor=actor)
        )
        self.model.fetchMore()
        self._call(
            lambda: backend.queue_changed_since(None, day, actor=actor), self._remember_marker
        )

    def _remember_marker(self, answer: tuple[bool, Any]) -> None:
        self._marker = answer[1]

    def on_queue_page_status_filter_changed(self, status: VisitStatus | None) -> None:
        self._status_filter = status
        if self.staff is not None and self._search is None:
            self._load_today()

    def on_queue_page_search_requested(self, text: str | None, dob: date | None) -> None:
        self._search = (text, dob)
        self.poll_timer.stop()
        if self.staff is None:
            return
        backend, actor = self.backend, self.actor
        self.queue_page.show_search(text, dob)
        self.model.set_loader(
            lambda offset, limit: backend.search_visits(text, dob, offset, limit, actor=actor)
        )
        self.model.fetchMore()

    def poll_queue(self) -> None:
        """Every few seconds: has anything changed? Then re-read what is loaded."""
        if self.staff is None or self._search is not None or self._polling:
            return
        if self._day != self.today():  # past midnight: today's queue is a new day
            self._day = self.today()
            self.queue_page.show_today(self._day)
            self._load_today()
            return
        self._polling = True
        marker, day, actor = self._marker, self._day or self.today(), self.actor
        self._call(
            lambda: self.backend.queue_changed_since(marker, day, actor=actor),
            self._on_poll_answer,
            self._on_poll_failed,
        )

    def _on_poll_answer(self, answer: tuple[bool, Any]) -> None:
        changed, marker = answer
        if not changed or self.staff is None or self._search is not None:
            self._polling = False
            self._marker = marker
            return
        day, status, limit, actor = (
            self._day or self.today(),
            self._status_filter,
            self.model.refresh_limit(),
            self.actor,
        )

        def refreshed(rows: list[Any]) -> None:
            self._polling = False
            self._marker = marker
            if self.staff is not None and self._search is None:
                self.model.update_rows(rows, asked=limit)

        self._call(
            lambda: self.backend.list_queue_first(day, status, limit, actor=actor),
            refreshed,
            self._on_poll_failed,
        )

    def _on_poll_failed(self, exc: BaseException) -> None:
        self._polling = False
        if not self._signed_out_elsewhere(exc):
            self.queue_page.message.show_message(self.words(exc), "error")

    def on_model_load_failed(self, exc: BaseException) -> None:
        if not self._signed_out_elsewhere(exc):
            self.queue_page.message.show_message(self.words(exc), "error")

    # -- a visit ---------------------------------------------------------------------------

    def open_visit(self, visit_id: int, notice: str | None = None) -> None:
        """Read the visit (the service audits the view) and show it."""
        if self.staff is None:
            return
        actor = self.actor

        def shown(bundle: VisitBundle) -> None:
            if self.staff is None:
                return
            self.bundle = bundle
            self.visit_page.show_visit(bundle.detail, bundle.checklist)
            if notice:
                self.visit_page.message.show_message(notice, "error")
            self.problem.clear_message()
            self.stack.setCurrentWidget(self.visit_page)

        self._call(lambda: self.backend.visit(visit_id, actor=actor), shown)

    def show_visit_page(self) -> None:
        self.stack.setCurrentWidget(self.visit_page)

    def show_decide(self) -> None:
        if self.bundle is not None:
            self.decide_page.show_visit(self.bundle.detail)
            self.stack.setCurrentWidget(self.decide_page)

    def _decide(
        self,
        decision: Decision,
        reason: str | None,
        suggested: date | None,
        note: str | None,
    ) -> None:
        if self.bundle is None or self.staff is None:
            return
        detail, actor = self.bundle.detail, self.actor

        def decided(_version: int) -> None:
            done = (
                self.tr("Cleared to proceed.")
                if decision is Decision.CLEAR
                else self.tr("Deferred.")
            )
            self.open_visit(detail.visit_id)
            self.queue_page.message.show_message(done, "ok")
            self.poll_queue()

        self._call(
            lambda: self.backend.decide(
                detail.visit_id,
                actor=actor,
                decision=decision,
                expected_version=detail.version,
                reason=reason or None,
                note=note or None,
                suggested_date=suggested,
            ),
            decided,
            lambda exc: self._on_change_failed(exc, self.decide_page.show_failure),
        )

    def on_decide_page_clear_requested(self, note: str) -> None:
        self._decide(Decision.CLEAR, None, None, note)

    def on_decide_page_defer_requested(self, reason: str, suggested: Any, note: str) -> None:
        self._decide(Decision.DEFER, reason, suggested, note)

    def _on_change_failed(self, exc: BaseException, show: Callable[[str], None]) -> None:
        """A conflict reloads the visit and says why; anything else stays on the form."""
        if self._signed_out_elsewhere(exc):
            return
        if isinstance(exc, ConflictError) and self.bundle is not None:
            self.open_visit(self.bundle.detail.visit_id, notice=self.words(exc))
            return
        show(self.words(exc))

    # -- the procedure and the aftercare sheet ----------------------------------------------

    def show_procedure(self) -> None:
        if self.bundle is None:
            return
        detail, actor = self.bundle.detail, self.actor
        self.procedure_page.show_visit(detail)
        self.stack.setCurrentWidget(self.procedure_page)
        self._call(
            lambda: self.backend.propose_session_number(detail.patient.patient_id, actor=actor),
            self.procedure_page.propose_session,
            lambda exc: self.procedure_page.show_failure(self.words(exc)),
        )

    def on_procedure_page_record_requested(self, areas: Any, session: int, notes: str) -> None:
        if self.bundle is None or self.staff is None:
            return
        detail, actor = self.bundle.detail, self.actor

        def recorded(_procedure_id: int) -> None:
            self.procedure_page.show_recorded()
            self._call(
                lambda: self.backend.visit(detail.visit_id, actor=actor),
                self._refresh_bundle,
            )
            self.poll_queue()

        self._call(
            lambda: self.backend.record_procedure(
                detail.visit_id,
                actor=actor,
                areas=frozenset(areas),
                session_number=session,
                notes=notes,
                expected_version=detail.version,
            ),
            recorded,
            lambda exc: self._on_change_failed(exc, self.procedure_page.show_failure),
        )

    def _refresh_bundle(self, bundle: VisitBundle) -> None:
        if self.staff is not None:
            self.bundle = bundle
            self.visit_page.show_visit(bundle.detail, bundle.checklist)

    def _page_message(self) -> MessageLine:
        current = self.stack.currentWidget()
        return current.message if isinstance(current, ProcedurePage) else self.visit_page.message

    def print_aftercare(self) -> None:
        """Render on a worker, then the preview dialog prints on a worker; both are audited."""
        if self.bundle is None or self.staff is None:
            return
        message = self._page_message()
        render, printer = self.backend.render_aftercare, self.backend.print_document
        if render is None or printer is None or self.preview is None:
            message.show_message(
                self.tr(
                    "Printing isn't configured on this station yet, so the aftercare sheet"
                    " cannot be shown. Please ask IT to set up documents and printing."
                ),
                "error",
            )
            return
        visit_id, actor = self.bundle.detail.visit_id, self.actor
        message.show_message(self.tr("Preparing the aftercare sheet…"), "info")

        def rendered(document: Any) -> None:
            if self.staff is None or self.preview is None:
                return
            message.show_message(self.tr("Check the preview, then press Print."), "info")
            dialog = self.preview(
                document.pdf, lambda: printer(document, actor), self, self.tr("Aftercare sheet")
            )
            dialog.printed.connect(lambda job: self._show_print_result(message, job))
            dialog.print_failed.connect(
                lambda words: message.show_message(
                    self.tr("The aftercare sheet did not print: {error}").format(error=words),
                    "error",
                )
            )
            self.preview_dialog = dialog
            dialog.open()

        self._call(
            lambda: render(visit_id, actor),
            rendered,
            lambda exc: message.show_message(self.words(exc), "error"),
        )

    def _show_print_result(self, message: MessageLine, job: Any) -> None:
        if getattr(job, "failed", False):
            message.show_message(
                self.tr("The aftercare sheet did not print: {error}").format(
                    error=getattr(job, "error", None) or self.tr("the printer gave no reason")
                ),
                "error",
            )
        elif getattr(job, "status", None) == "completed":
            message.show_message(self.tr("The aftercare sheet was printed."), "ok")
        else:
            message.show_message(
                self.tr("The aftercare sheet was sent to the printer; it is still printing."),
                "ok",
            )

    # -- administration --------------------------------------------------------------------

    def show_admin(self) -> None:
        if self.staff is None or Role(self.staff.role) is not Role.ADMIN:
            return
        self.stack.setCurrentWidget(self.admin_page)
        self.admin_page.message.clear_message()
        self.admin_page.set_day(self.today())
        self.load_admin_staff()
        if self.admin_page.tabs.currentIndex() == 1:
            self.load_audit()

    def load_admin_staff(self) -> None:
        if self.staff is None:
            return
        actor = self.actor
        self._call(
            lambda: self.backend.list_staff(actor=actor, include_inactive=True),
            self.admin_page.show_staff,
            self._admin_failed,
        )

    def load_audit(self) -> None:
        if self.staff is None:
            return
        actor, wanted = self.actor, self.admin_page.audit_filter()
        self._call(
            lambda: self.backend.list_events(
                actor=actor, staff_id=wanted.staff_id, visit_id=wanted.visit_id, day=wanted.day
            ),
            self.admin_page.show_events,
            self._admin_failed,
        )

    def _admin_failed(self, exc: BaseException) -> None:
        if not self._signed_out_elsewhere(exc):
            self.admin_page.message.show_message(self.words(exc), "error")

    def on_admin_page_add_staff_requested(self, name: str, pin: str, role: Role) -> None:
        actor = self.actor

        def added(member: Any) -> None:
            self.admin_page.staff_added(member)
            self.load_admin_staff()

        self._call(
            lambda: self.backend.create_staff(name, pin, role, actor=actor),
            added,
            self._admin_failed,
        )

    def on_admin_page_unlock_requested(self, staff_id: int) -> None:
        actor = self.actor

        def unlocked(_: Any) -> None:
            self.admin_page.message.show_message(self.tr("The account was unlocked."), "ok")
            self.load_admin_staff()

        self._call(
            lambda: self.backend.unlock_staff(staff_id, actor=actor), unlocked, self._admin_failed
        )

    def on_admin_page_disable_requested(self, staff_id: int) -> None:
        actor = self.actor

        def disabled(_: Any) -> None:
            self.admin_page.message.show_message(self.tr("The account was disabled."), "ok")
            self.load_admin_staff()

        self._call(
            lambda: self.backend.disable_staff(staff_id, actor=actor),
            disabled,
            self._admin_failed,
        )

    def on_admin_page_reset_pin_requested(self, staff_id: int, pin: str) -> None:
        actor = self.actor

        def reset(_: Any) -> None:
            self.admin_page.pin_was_reset()
            self.load_admin_staff()

        self._call(
            lambda: self.backend.reset_pin(staff_id, pin, actor=actor),
            reset,
            self._admin_failed,
        )

    def on_admin_page_verify_requested(self) -> None:
        self.admin_page.verify_result.show_message(self.tr("Checking…"), "info")

        def verified(report: Any) -> None:
            self.admin_page.show_verification(report)
            self.load_audit()

        self._call(self.backend.verify_audit_chain, verified, self._admin_failed)

    def on_admin_page_backup_requested(self, folder: Path) -> None:
        backup = self.backend.backup
        if backup is None:
            self.admin_page.backup_failed(self.tr("Backups are not configured on this station."))
            return
        self._call(
            lambda: backup(Path(folder)),
            self.admin_page.backup_done,
            lambda exc: self.admin_page.backup_failed(friendly_message(exc)),
        )


__all__ = ["NurseStation"]
