"""The one main window: a stack holding the start-up page, a problem page and the stations.

A kiosk station paints the patient welcome first and opens the database on a worker behind
it (see ui/backend_gate.py), so the welcome is never held up by imports, migrations or a slow
server; a nurse station shows "Getting ready…" meanwhile. A database that cannot be opened
gets a staff-facing page saying what to do, with a retry, instead of a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
from ui.backend_gate import BackendGate
from ui.tasks import run_task

if TYPE_CHECKING:
    from kiosk.storage import Database
    from ui.theme import Theme

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Backend:
    """What the stations need from the core once the database is open."""

    database: Database
    pepper: bytes


def open_backend(settings: Settings) -> Backend:
    """Runs on a worker: open (and migrate) the database, check it, back it up, load the pepper.

    A damaged database raises DatabaseDamaged (the problem page says: keep the file, restore
    the newest backup). The daily backup is best effort: a full backup disk is logged, and the
    station still starts, because patients waiting matter more than today's copy.
    """
    from kiosk.services.audit_secret import attach_audit_key
    from kiosk.services.health import require_healthy
    from kiosk.services.rotation import private_folder
    from kiosk.services.staff import load_pepper
    from kiosk.storage import open_database

    private_folder(settings.data_dir)  # 0700 even if IT created it by hand
    database = open_database(settings.database_url, timeouts=settings.timeouts)
    try:
        require_healthy(database, settings.backups_dir)
        # A missing or wrong audit secret, or a log cut short, stops here: never a new chain.
        attach_audit_key(database, settings.data_dir)
    except BaseException:
        database.dispose()
        raise
    _take_daily_backup(database, settings)
    return Backend(database=database, pepper=load_pepper(settings.staff.pepper_path))


def _take_daily_backup(database: Database, settings: Settings) -> None:
    from kiosk.services.backup import configured_key
    from kiosk.services.errors import ServiceError
    from kiosk.services.rotation import take_daily_backup

    try:
        take_daily_backup(
            database,
            settings.backups_dir,
            settings.backups_keep,
            zone=settings.clinic.timezone,
            key=configured_key(settings.backup_key_path, settings.data_dir),
        )
    except (ServiceError, OSError) as exc:
        log.warning("start-up backup into %s failed: %s", settings.backups_dir, exc)


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
        opener: Callable[[Settings], Backend] = open_backend,
        theme: Theme | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.theme = theme
        self._opener = opener
        self._kiosk_mode = False
        self._may_close = False
        self.backend: Backend | None = None
        self.gate = BackendGate()
        self._nurse_wanted = False  # staff tapped "Staff" before the database was open
        # Its own pool: patient calls waiting on the gate must not keep the opener from a thread.
        self.opener_pool = QThreadPool(self)
        self.patient: QWidget | None = None
        self.nurse: QWidget | None = None
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
            from ui.stations import attach_patient

            self.patient = attach_patient(self)
        page = self.patient or self.starting
        self.stack.setCurrentWidget(page)
        return page

    def start(self) -> None:
        """Open the database on a worker (called once the first page has painted)."""
        self.gate.retry()
        if self.stack.currentWidget() in (self.problem, self.starting) or self.patient is None:
            self.show_first_page()
        QTimer.singleShot(
            0,
            lambda: run_task(
                lambda: self._opener(self.settings),
                self.on_backend_ready,
                self.on_backend_failed,
                pool=self.opener_pool,
            ),
        )

    def on_backend_ready(self, backend: Backend) -> None:
        self.backend = backend
        self.gate.open(backend)
        if self.settings.station != "kiosk":
            from ui.stations import attach_nurse

            self.nurse = attach_nurse(self, backend)
        if self._nurse_wanted:
            self._nurse_wanted = False
            self.show_nurse()
        else:
            self.show_home()
        self.settled.emit()

    def on_backend_failed(self, exc: BaseException) -> None:
        from ui.startup_problems import describe_startup_problem

        self.gate.fail(exc)  # a check-in waiting for the database keeps its draft and retries
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
        if self.backend is None:
            self._nurse_wanted = True
            self.stack.setCurrentWidget(self.starting)
            return
        if self.nurse is None:
            from ui.stations import attach_nurse

            self.nurse = attach_nurse(self, self.backend)
        self.stack.setCurrentWidget(self.nurse)

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
        stop = getattr(self.nurse, "stop", None)
        if stop is not None:
            stop()  # no poll may start against a database that is being closed
        # Let in-flight work finish (a submission may be committing) before the database closes.
        QThreadPool.globalInstance().waitForDone(5000)
        self.opener_pool.waitForDone(5000)
        if self.backend is not None:
            self.backend.database.dispose()
        event.accept()
