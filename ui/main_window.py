"""The one main window: a stack holding the start-up page, a problem page and the stations.

A kiosk station paints the patient welcome first and opens the database on a worker behind
it (see ui/store_latch.py), so the welcome is never held up by imports, migrations or a slow
server; a nurse station shows "Getting ready…" meanwhile. A database that cannot be opened
gets a staff-facing page saying what to do, with a retry, instead of a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.config import Settings
from kiosk.services.live_clinic import LiveSettings
from ui.store import ClinicStore, open_store, take_daily_backup
from ui.store_latch import StoreLatch
from ui.tasks import run_task

log = logging.getLogger(__name__)

# A change of the clinic (time zone, languages, name) saved on any station reaches this one
# within this time; a check-in reads the zone again when it is submitted.
CLINIC_REFRESH_MS = 30_000

if TYPE_CHECKING:
    from ui.nurse.station import NurseStation
    from ui.patient.kiosk_view import PatientKiosk
    from ui.theme import Theme


class MessagePage(QWidget):
    """A calm full-screen message with an optional action button."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messagePage")
        self.title = QLabel(title)
        self.title.setObjectName("pageTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.action.setMinimumHeight(64)
        self.action.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 64, 64, 64)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        layout.addWidget(self.body)
        layout.addSpacing(24)
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class MainWindow(QMainWindow):
    settled = Signal()  # the database opened (or could not be): start-up is over

    def __init__(
        self,
        settings: Settings,
        opener: Callable[[Settings], ClinicStore] = open_store,
        theme: Theme | None = None,
        daily_backup: Callable[[ClinicStore, Settings], None] = take_daily_backup,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.theme = theme
        self._opener = opener
        self._daily_backup = daily_backup
        self._kiosk_mode = False
        self._may_close = False
        self.store: ClinicStore | None = None
        self.latch = StoreLatch()
        self._nurse_wanted = False  # staff tapped "Staff" before the database was open
        # Its own pool: patient calls waiting on the gate must not keep the opener from a thread.
        self.opener_pool = QThreadPool(self)
        self.patient: PatientKiosk | None = None
        self.nurse: NurseStation | None = None
        self.live: LiveSettings | None = None  # the clinic as stored now, for the kiosk
        self.clinic_timer = QTimer(self)
        self.clinic_timer.setInterval(CLINIC_REFRESH_MS)
        self.clinic_timer.timeout.connect(self.refresh_clinic)
        self._clinic_reading = False
        self.setWindowTitle(settings.clinic.name)
        self.setMinimumSize(640, 480)

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.starting = MessagePage(self.tr("Getting ready…"))
        self.starting.setAccessibleName(self.tr("The kiosk is starting"))
        self.problem = MessagePage(self.tr("This station cannot start yet"))
        self.problem.action.setText(self.tr("Try again"))
        self.problem.action.setAccessibleName(self.tr("Try to start again"))
        self.problem.action.clicked.connect(self.start)
        self.stack.addWidget(self.starting)
        self.stack.addWidget(self.problem)

    # -- start-up ---------------------------------------------------------------------------

    def show_first_page(self) -> QWidget:
        """Before the database: the patient welcome on a kiosk station, else "Getting ready…"."""
        if self.settings.station == "kiosk" and self.patient is None:
            self.patient = self._attach_patient()
        page = self.patient or self.starting
        self.stack.setCurrentWidget(page)
        return page

    def start(self) -> None:
        """Open the database on a worker (called once the first page has painted)."""
        self.latch.retry()
        if self.stack.currentWidget() in (self.problem, self.starting) or self.patient is None:
            self.show_first_page()
        QTimer.singleShot(
            0,
            lambda: run_task(
                lambda: self._opener(self.settings),
                self.on_store_ready,
                self.on_store_failed,
                pool=self.opener_pool,
            ),
        )

    def on_store_ready(self, store: ClinicStore) -> None:
        self.store = store
        if store.settings is not None and store.settings != self.settings:
            self.adopt_settings(store.settings)
        self.latch.open(store)  # check-ins go ahead now; the day's backup runs beside them
        if self.live is not None:
            self.clinic_timer.start()
        run_task(
            lambda: self._daily_backup(store, self.settings),
            lambda _: None,
            lambda exc: log.warning("the day's backup failed: %s", type(exc).__name__),
            pool=self.opener_pool,
        )
        if self.settings.station != "kiosk":
            self.nurse = self._attach_nurse(store)
        if self._nurse_wanted:
            self._nurse_wanted = False
            self.show_nurse()
        else:
            self.show_home()
        self.settled.emit()

    def adopt_settings(self, settings: Settings) -> None:
        """The clinic's name, zone, logo and languages as set up in the app (first run or
        Administration > Clinic), once the database says so."""
        self.settings = settings
        if self.live is not None:
            self.live.remember(settings)
        forwarder = getattr(self.patient, "outbox_forwarder", None)
        if forwarder is not None:
            forwarder.settings = settings  # held check-ins go with the zone as it is now
        self.setWindowTitle(settings.clinic.name)
        adopt = getattr(self.patient, "adopt_clinic", None)
        if adopt is not None:
            clinic = settings.clinic
            adopt(clinic.name, clinic.timezone, clinic.logo_png, settings.languages)

    def refresh_clinic(self) -> None:
        """Read the clinic as stored now (on a worker) and adopt it if it changed."""
        if self.live is None or self._clinic_reading:
            return
        self._clinic_reading = True
        run_task(self.live.refresh, self.on_clinic_read, self.on_clinic_unread, self.opener_pool)

    def on_clinic_read(self, settings: Settings) -> None:
        self._clinic_reading = False
        if settings != self.settings:
            self.adopt_settings(settings)

    def on_clinic_unread(self, exc: BaseException) -> None:
        self._clinic_reading = False
        log.warning("the clinic's settings could not be read: %s", type(exc).__name__)

    def on_store_failed(self, exc: BaseException) -> None:
        from ui.startup_problems import describe_startup_problem

        self.latch.fail(exc)  # a check-in waiting for the database keeps its draft and retries
        self.problem.body.setText(describe_startup_problem(exc, self.settings))
        self.problem.action.show()
        self.stack.setCurrentWidget(self.problem)
        self.settled.emit()

    def show_home(self) -> None:
        home = self.patient if self.settings.station == "kiosk" else self.nurse
        if home is not None:
            self.stack.setCurrentWidget(home)

    def show_nurse(self) -> None:
        """Staff tapped "Staff": the nurse station, built on first use. Before the database is
        open, "Getting ready…" shows until it is, then the nurse station."""
        if self.store is None:
            self._nurse_wanted = True
            self.stack.setCurrentWidget(self.starting)
            return
        if self.nurse is None:
            self.nurse = self._attach_nurse(self.store)
        self.stack.setCurrentWidget(self.nurse)

    def _attach_patient(self) -> PatientKiosk:
        """The patient kiosk; its services wait on the latch for the database (on a worker).
        The nurse station behind its staff button is built on first use (:meth:`show_nurse`)."""
        from ui.outbox_forwarding import OutboxForwarder, open_outbox
        from ui.stations import build_patient

        latch = self.latch
        outbox = open_outbox(self.settings)

        def session_factory() -> Any:
            return latch.wait().database.session_factory

        self.live = LiveSettings(self.settings, session_factory)
        patient = build_patient(
            self.settings, session_factory, self.theme, outbox=outbox, live=self.live
        )
        forwarder = OutboxForwarder(outbox, self.settings, session_factory, parent=patient)
        self.settled.connect(forwarder.start)  # once the database opened (or could not)
        patient.outbox_forwarder = forwarder
        self.stack.addWidget(patient)
        patient.staff_requested.connect(self.show_nurse)
        return patient

    def _attach_nurse(self, store: ClinicStore) -> NurseStation:
        from ui.stations import build_nurse

        nurse = build_nurse(self.settings, store)
        self.stack.addWidget(nurse)
        nurse.exit_kiosk_requested.connect(self.allow_exit)
        if self.settings.station == "kiosk":
            nurse.leave_requested.connect(self.show_home)
            nurse.signed_out.connect(self.show_home)
        return nurse

    # -- kiosk mode -------------------------------------------------------------------------

    def enter_kiosk_mode(self) -> None:
        """Full screen, frameless, on top; closing needs a signed-in staff member."""
        self._kiosk_mode = True
        self.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:  # without a window manager full screen alone does not resize
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def allow_exit(self) -> None:
        """Called after a staff member asked to leave the kiosk."""
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._kiosk_mode and not self._may_close:
            event.ignore()
            return
        self.clinic_timer.stop()
        if self.nurse is not None:
            self.nurse.stop()  # no poll may start against a database that is being closed
        # Let in-flight work finish (a submission may be committing) before the database closes.
        QThreadPool.globalInstance().waitForDone(5000)
        self.opener_pool.waitForDone(5000)
        if self.store is not None:
            self.store.database.dispose()
        event.accept()
