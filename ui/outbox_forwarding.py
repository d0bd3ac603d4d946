"""The kiosk's side of the offline outbox: its submit keeps a check-in locally when the clinic
database cannot store it, and a forwarder sends what is held once the database answers.

Bound in ui/stations.py where the patient kiosk gets its service calls; the patient screens
only see a submit that returns (the patient reads "Thank you") or raises.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.config import Settings
from kiosk.domain.checkin import CheckinSubmission
from kiosk.services.live_clinic import LiveSettings
from kiosk.services.outbox import OUTBOX_FILE, Outbox, hold_on_failure
from ui.tasks import run_task

log = logging.getLogger(__name__)

FORWARD_EVERY_MS = 15_000


def open_outbox(settings: Settings) -> Outbox:
    return Outbox(settings.data_dir / OUTBOX_FILE)


def kiosk_submit(
    settings: Settings,
    session_factory: Callable[[], Any],
    outbox: Outbox,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
    live: LiveSettings | None = None,
) -> Callable[[CheckinSubmission], Any]:
    """submit_checkin bound to the database, held in ``outbox`` when the database is
    unavailable. ``session_factory`` is asked for on the worker (it may wait for opening).
    A check-in uses the clinic's time zone as stored when it is submitted (an administrator
    may have changed it on any station), read through ``live`` (the kiosk's, which the GUI
    also reads) or, without one, through a LiveSettings of its own."""
    live = live or LiveSettings(settings, session_factory)

    def load_content(language: str) -> Any:
        from kiosk.content import load_content as load  # at the first check-in, not at start

        return load(language)

    def checklist(language: str) -> Any:
        return load_content(language).checklist

    def check(submission: CheckinSubmission, at: datetime) -> object:
        from kiosk.services.checkin import check_submission

        return check_submission(
            submission,
            checklist=checklist,
            zone=live.zone(),  # the database may be out of reach: the zone last read
            now=at,
            consent=load_content(submission.language).consent,
        )

    def submit(submission: CheckinSubmission) -> Any:
        from kiosk.services.checkin import submit_checkin

        return submit_checkin(
            session_factory(),
            submission,
            checklist=checklist,
            consent=load_content(submission.language).consent,
            zone=live.refresh().clinic.timezone,
        )

    return hold_on_failure(submit, check, outbox, now)


def kiosk_today(zone: Callable[[], str]) -> Callable[[], Any]:
    """Today in the clinic's zone as last read (``zone``: no I/O, on the GUI thread)."""
    from zoneinfo import ZoneInfo

    return lambda: datetime.now(ZoneInfo(zone())).date()


class OutboxForwarder(QObject):
    """Every few seconds (and when asked), on a worker: forward what is held, then tell the
    clinic database what this station still holds (the nurse station's banner)."""

    forwarded = Signal(object)  # ForwardResult, or None when the database was not reachable

    def __init__(
        self,
        outbox: Outbox,
        settings: Settings,
        session_factory: Callable[[], Any],
        parent: QObject | None = None,
        interval_ms: int = FORWARD_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self.settings = settings
        self._session_factory = session_factory
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.kick)

    def start(self) -> None:
        self.timer.start()
        self.kick()

    def stop(self) -> None:
        self.timer.stop()

    def kick(self) -> None:
        if self._running:
            return
        self._running = True
        run_task(self._work, self.on_work_done, self.on_work_failed, owner=self)

    def _work(self) -> Any:
        from kiosk.services.checkin import submit_checkin
        from kiosk.services.errors import StorageUnavailable
        from kiosk.services.outbox import report_outbox

        try:
            sf = self._session_factory()
        except StorageUnavailable:
            return None
        from kiosk.content import load_content

        zone = self.settings.clinic.timezone

        def send(submission: CheckinSubmission, signed_at: datetime) -> Any:
            return submit_checkin(
                sf,
                submission,
                checklist=lambda language: load_content(language).checklist,
                consent=load_content(submission.language).consent,
                zone=zone,
                clock=lambda: signed_at,  # checked in when the patient signed
            )

        result = self.outbox.forward(send)
        try:
            report_outbox(sf, self.settings.station_name, self.outbox.summary(), _now())
        except StorageUnavailable:
            return result
        return result

    def on_work_done(self, result: Any) -> None:
        self._running = False
        self.forwarded.emit(result)

    def on_work_failed(self, exc: BaseException) -> None:
        self._running = False
        log.warning("outbox forwarding failed: %s", type(exc).__name__)
        self.forwarded.emit(None)


def _now() -> datetime:
    return datetime.now(UTC)
