"""The nurse station: first-run setup, sign-in, the queue, a visit, decisions, procedures, admin.

One widget the main window embeds. It holds no business rules: every read and write is a
service call (``ui.nurse.backend``) run on a worker through :func:`ui.tasks.run_task`, and the
services audit every view, decision, print and sign-in attempt.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QMetaMethod, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain.checklist import Checklist
from kiosk.domain.staff import Role
from kiosk.domain.visit import Decision, VisitStatus
from kiosk.services.clock import Clock, local_day, utc_now
from kiosk.services.errors import AccountLocked, AuthError, ConflictError
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
from ui.nurse.common import MessageLine, button
from ui.nurse.decide_page import DecidePage
from ui.nurse.errors import friendly_message
from ui.nurse.formatting import format_time
from ui.nurse.procedure_page import ProcedurePage
from ui.nurse.queue_model import QueueTableModel
from ui.nurse.queue_page import QueuePage
from ui.nurse.setup_page import SetupPage
from ui.nurse.signin_page import SignInPage
from ui.nurse.style import NURSE_STYLESHEET
from ui.nurse.visit_page import VisitPage
from ui.tasks import run_task
from ui.widgets.idle import IdleWatcher

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

    signed_in = Signal(object)  # StaffMember
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
        )
        self.zone = zone
        self.lockout = lockout
        self.preview = preview if preview is not None else find_preview()
        self.preview_dialog: Any = None
        self.staff: Any = None  # the signed-in StaffMember
        self.bundle: VisitBundle | None = None
        self._failures: dict[int, int] = {}
        self._marker: Any = None
        self._polling = False
        self._search: tuple[str | None, date | None] | None = None
        self._status_filter: VisitStatus | None = None
        self._day: date | None = None

        self.model = QueueTableModel(zone, page_size=page_size, parent=self)
        self.model.load_failed.connect(self.on_model_load_failed)
        self.setup_page = SetupPage()
        self.signin_page = SignInPage()
        self.queue_page = QueuePage(self.model)
        self.visit_page = VisitPage()
        self.decide_page = DecidePage()
        self.procedure_page = ProcedurePage()
        self.admin_page = AdminPage(zone, data_dir)
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
        ):
            self.stack.addWidget(page)

        self.who = QLabel()
        self.who.setObjectName("signedInAs")
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
        admin.refresh_staff_requested.connect(self.load_admin_staff)
        admin.refresh_audit_requested.connect(self.load_audit)
        admin.verify_requested.connect(self.on_admin_page_verify_requested)
        admin.backup_requested.connect(self.on_admin_page_backup_requested)

    def stop(self) -> None:
        """Stop polling and idle watching (the window is closing); signs out first."""
        self.sign_out()
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
        self.problem.show_message(friendly_message(exc), "error")

    @property
    def staff_id(self) -> int:
        if self.staff is None:
            raise RuntimeError("nobody is signed in")
        return int(self.staff.staff_id)

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
        self._call(
            self.backend.list_staff,
            lambda members: self.signin_page.set_staff(members, self._locked_note),
        )

    def _locked_note(self, member: Any) -> str | None:
        until = getattr(member, "locked_until", None)
        if until is None or until <= self.backend.clock():
            return None
        return self.tr("locked until {time}").format(time=format_time(until, self.zone))

    def on_setup_page_create_requested(self, name: str, pin: str) -> None:
        def created(member: Any) -> None:
            self.setup_page.reset()
            self.signin_page.show_notice(
                self.tr("{name} was created. Sign in with the new PIN.").format(name=member.name)
            )
            self.refresh_home()

        self._call(
            lambda: self.backend.create_first_admin(name, pin),
            created,
            lambda exc: self.setup_page.show_failure(friendly_message(exc)),
        )

    def on_signin_page_pin_entered(self, member: Any, pin: str) -> None:
        self._call(
            lambda: self.backend.authenticate(member.staff_id, pin),
            self.on_authenticated,
            lambda exc: self.on_authentication_failed(member, exc),
        )

    def on_authenticated(self, member: Any) -> None:
        self.staff = member
        self._failures.pop(member.staff_id, None)
        self.signin_page.reset()
        self.who.setText(
            self.tr("Signed in as {name} ({role})").format(
                name=member.name, role=role_text(member.role)
            )
        )
        self.who.setAccessibleName(self.who.text())
        self.admin_button.setVisible(Role(member.role) is Role.ADMIN)
        self.top_bar.show()
        self.idle.start()
        self.signed_in.emit(member)
        self.show_today()

    def on_authentication_failed(self, member: Any, exc: BaseException) -> None:
        if isinstance(exc, AccountLocked):
            self._failures.pop(member.staff_id, None)
            text = self.tr(
                "Too many wrong PINs. For safety, {name}'s account is locked until {time}."
                " Please try again then, or ask an administrator."
            ).format(name=member.name, time=format_time(exc.until, self.zone))
            self.on_has_staff(True)  # the name list shows the lock too
        elif isinstance(exc, AuthError):
            failures = self._failures.get(member.staff_id, 0) + 1
            self._failures[member.staff_id] = failures
            left = exc.attempts_left  # counted in the database, so other stations' tries count
            if left is None:
                left = max(1, self.lockout.attempts - failures)
            text = self.tr(
                "That PIN did not match. Please try again: {left} attempt(s) left before the"
                " account locks for {minutes} minutes."
            ).format(left=left, minutes=self.lockout.minutes)
        else:
            text = friendly_message(exc)
        self.signin_page.show_failure(text)

    def sign_out(self, notice: str | None = None) -> None:
        """Forget everything on screen, stop polling, back to the names."""
        if self.staff is None:
            return
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
        self.admin_page.audit_table.setRowCount(0)
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
        self.sign_out(self.tr("You were signed out automatically after a while without activity."))

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
        self.model.set_loader(lambda offset, limit: backend.list_queue(day, status, offset, limit))
        self.model.fetchMore()
        self._call(lambda: backend.queue_changed_since(None, day), self._remember_marker)

    def _remember_marker(self, answer: tuple[bool, Any]) -> None:
        self._marker = answer[1]

    def on_queue_page_status_filter_changed(self, status: VisitStatus | None) -> None:
        self._status_filter = status
        if self.staff is not None and self._search is None:
            self._load_today()

    def on_queue_page_search_requested(self, text: str | None, dob: date | None) -> None:
        self._search = (text, dob)
        self.poll_timer.stop()
        backend = self.backend
        self.queue_page.show_search(text, dob)
        self.model.set_loader(lambda offset, limit: backend.search_visits(text, dob, offset, limit))
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
        marker, day = self._marker, self._day
        self._call(
            lambda: self.backend.queue_changed_since(marker, day),
            self._on_poll_answer,
            self._on_poll_failed,
        )

    def _on_poll_answer(self, answer: tuple[bool, Any]) -> None:
        changed, marker = answer
        if not changed or self.staff is None or self._search is not None:
            self._polling = False
            self._marker = marker
            return
        day, status, limit = (
            self._day or self.today(),
            self._status_filter,
            self.model.refresh_limit(),
        )

        def refreshed(rows: list[Any]) -> None:
            self._polling = False
            self._marker = marker
            if self.staff is not None and self._search is None:
                self.model.update_rows(rows, asked=limit)

        self._call(
            lambda: self.backend.list_queue_first(day, status, limit),
            refreshed,
            self._on_poll_failed,
        )

    def _on_poll_failed(self, exc: BaseException) -> None:
        self._polling = False
        self.queue_page.message.show_message(friendly_message(exc), "error")

    def on_model_load_failed(self, exc: BaseException) -> None:
        self.queue_page.message.show_message(friendly_message(exc), "error")

    # -- a visit ---------------------------------------------------------------------------

    def open_visit(self, visit_id: int, notice: str | None = None) -> None:
        """Read the visit (the service audits the view) and show it."""
        if self.staff is None:
            return
        staff_id = self.staff_id

        def shown(bundle: VisitBundle) -> None:
            if self.staff is None:
                return
            self.bundle = bundle
            self.visit_page.show_visit(bundle.detail, bundle.checklist)
            if notice:
                self.visit_page.message.show_message(notice, "error")
            self.problem.clear_message()
            self.stack.setCurrentWidget(self.visit_page)

        self._call(lambda: self.backend.visit(visit_id, staff_id=staff_id), shown)

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
        detail, staff_id = self.bundle.detail, self.staff_id

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
                staff_id=staff_id,
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
        if isinstance(exc, ConflictError) and self.bundle is not None:
            self.open_visit(self.bundle.detail.visit_id, notice=friendly_message(exc))
            return
        show(friendly_message(exc))

    # -- the procedure and the aftercare sheet ----------------------------------------------

    def show_procedure(self) -> None:
        if self.bundle is None:
            return
        detail = self.bundle.detail
        self.procedure_page.show_visit(detail)
        self.stack.setCurrentWidget(self.procedure_page)
        self._call(
            lambda: self.backend.propose_session_number(detail.patient.patient_id),
            self.procedure_page.propose_session,
            lambda exc: self.procedure_page.show_failure(friendly_message(exc)),
        )

    def on_procedure_page_record_requested(self, areas: Any, session: int, notes: str) -> None:
        if self.bundle is None or self.staff is None:
            return
        detail, staff_id = self.bundle.detail, self.staff_id

        def recorded(_procedure_id: int) -> None:
            self.procedure_page.show_recorded()
            self._call(
                lambda: self.backend.visit(detail.visit_id, staff_id=staff_id),
                self._refresh_bundle,
            )
            self.poll_queue()

        self._call(
            lambda: self.backend.record_procedure(
                detail.visit_id,
                staff_id=staff_id,
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
        visit_id, staff_id = self.bundle.detail.visit_id, self.staff_id
        message.show_message(self.tr("Preparing the aftercare sheet…"), "info")

        def rendered(document: Any) -> None:
            if self.staff is None or self.preview is None:
                return
            message.show_message(self.tr("Check the preview, then press Print."), "info")
            dialog = self.preview(
                document.pdf, lambda: printer(document), self, self.tr("Aftercare sheet")
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
            lambda: render(visit_id, staff_id),
            rendered,
            lambda exc: message.show_message(friendly_message(exc), "error"),
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
        self.load_admin_staff()
        if self.admin_page.tabs.currentIndex() == 1:
            self.load_audit()

    def load_admin_staff(self) -> None:
        self._call(
            lambda: self.backend.list_staff(include_inactive=True), self.admin_page.show_staff
        )

    def load_audit(self) -> None:
        self._call(self.backend.list_events, self.admin_page.show_events)

    def _admin_failed(self, exc: BaseException) -> None:
        self.admin_page.message.show_message(friendly_message(exc), "error")

    def on_admin_page_add_staff_requested(self, name: str, pin: str, role: Role) -> None:
        actor = self.staff_id

        def added(member: Any) -> None:
            self.admin_page.staff_added(member.name)
            self.load_admin_staff()

        self._call(
            lambda: self.backend.create_staff(name, pin, role, actor_id=actor),
            added,
            self._admin_failed,
        )

    def on_admin_page_disable_requested(self, staff_id: int) -> None:
        actor = self.staff_id

        def disabled(_: Any) -> None:
            self.admin_page.message.show_message(self.tr("The account was disabled."), "ok")
            self.load_admin_staff()

        self._call(
            lambda: self.backend.disable_staff(staff_id, actor_id=actor),
            disabled,
            self._admin_failed,
        )

    def on_admin_page_reset_pin_requested(self, staff_id: int, pin: str) -> None:
        actor = self.staff_id

        def reset(_: Any) -> None:
            self.admin_page.pin_was_reset()
            self.load_admin_staff()

        self._call(
            lambda: self.backend.reset_pin(staff_id, pin, actor_id=actor),
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
