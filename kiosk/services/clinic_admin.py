"""The clinic setup, printer and print-jobs pages' view of the core, bound once to the station.

Qt-free and typed: each page calls these methods on a worker (``ui.tasks.run_task``); nothing
here touches a widget, and the pages never see a session factory. The print backend and the
list of printers come from the station (the Qt backend lives in ``ui`` because it needs Qt).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from kiosk.config import Settings
from kiosk.domain.clinic import ClinicDetails
from kiosk.domain.staff import SignedIn
from kiosk.printing.backends import (
    CancellableBackend,
    JobState,
    JobStatus,
    PrintBackend,
    PrintError,
    PrinterStatus,
)
from kiosk.services import clinic, printing
from kiosk.services.clock import Clock, utc_now
from kiosk.services.results.printing import PrintJobRow, PrintJobView
from kiosk.services.transactions import SessionFactory

BackendFor = Callable[[Settings], PrintBackend]
PrinterList = Callable[[Settings], list[str]]
TEST_PAGE_TIMEOUT = 45.0


@dataclass(frozen=True, slots=True)
class PrinterChoice:
    """A printer the system offers, and how it is doing now."""

    name: str
    status: PrinterStatus
    default: bool = False


@dataclass(frozen=True, slots=True)
class ClinicForm:
    """What the setup and settings pages show: the values in force and which are pinned."""

    details: ClinicDetails  # what documents use now (app values, the file winning)
    stored: bool  # False on a fresh install: nothing saved in the app yet
    pinned: frozenset[str]  # "name", "phone", "printer", ...: set by IT in the file


@dataclass
class ClinicAdmin:
    session_factory: SessionFactory
    settings: Settings  # as read from the configuration file and environment
    backend_for: BackendFor
    printer_list: PrinterList
    clock: Clock = utc_now
    test_page_timeout: float = TEST_PAGE_TIMEOUT

    # -- clinic details ------------------------------------------------------------------

    def current(self) -> Settings:
        return clinic.current_settings(self.session_factory, self.settings)

    def is_configured(self) -> bool:
        return clinic.is_configured(self.session_factory, self.settings)

    def form(self) -> ClinicForm:
        stored = clinic.load_clinic(self.session_factory)
        current = clinic.effective_settings(self.settings, stored)
        details = ClinicDetails(
            name=current.clinic.name if stored or _pinned("clinic.name", self.settings) else "",
            address=current.clinic.address,
            phone=current.clinic.phone,
            timezone=current.clinic.timezone,
            languages=current.languages,
            printer=current.printing.default_printer,
            paper=current.printing.paper,
            logo_png=current.clinic.logo_png,
        )
        pinned = {
            key.split(".", 1)[1] for key in self.settings.overridden if key.startswith("clinic.")
        }
        if "printing.default_printer" in self.settings.overridden:
            pinned.add("printer")
        if "printing.paper" in self.settings.overridden:
            pinned.add("paper")
        if "languages" in self.settings.overridden:
            pinned.add("languages")
        return ClinicForm(details, stored is not None, frozenset(pinned))

    def save(self, details: ClinicDetails, *, actor: SignedIn | None) -> ClinicDetails:
        return clinic.save_clinic(self.session_factory, details, actor=actor, clock=self.clock)

    def save_printer(
        self, printer: str | None, paper: str, *, actor: SignedIn | None
    ) -> ClinicDetails:
        """Keep the other details as stored; change only the printer and paper."""
        stored = clinic.load_clinic(self.session_factory)
        if stored is None:
            current = self.current()
            stored = ClinicDetails(
                current.clinic.name,
                current.clinic.address,
                current.clinic.phone,
                current.clinic.timezone,
                current.languages,
            )
        return self.save(dataclasses.replace(stored, printer=printer, paper=paper), actor=actor)

    # -- printers ------------------------------------------------------------------------

    def printers(self) -> list[PrinterChoice]:
        """Every printer the system offers, the default first, each with its state."""
        current = self.current()
        names = self.printer_list(current)
        backend = self.backend_for(current)
        default = backend.default_printer() if hasattr(backend, "default_printer") else None
        choices = []
        for name in sorted(names, key=lambda n: (n != default, n.casefold())):
            choices.append(PrinterChoice(name, self._status(backend, name), name == default))
        return choices

    def printer_status(self, name: str | None) -> PrinterStatus:
        return self._status(self.backend_for(self.current()), name)

    def _status(self, backend: PrintBackend, name: str | None) -> PrinterStatus:
        if isinstance(backend, CancellableBackend):
            try:
                return backend.printer_status(name)
            except PrintError as exc:
                return PrinterStatus(name or "", "unknown", problem=exc.code)
        return PrinterStatus(name or "", "unknown")

    def print_test_page(
        self, printer: str | None, paper: str, pdf: bytes, *, actor: SignedIn | None
    ) -> JobStatus:
        """Send a test page and follow it; one that does not finish in time is cancelled
        (a test page must not come out later, in the middle of a patient's papers)."""
        current = self.current()
        current = dataclasses.replace(
            current, printing=dataclasses.replace(current.printing, paper=paper)
        )
        return printing.print_test_page(
            self.session_factory,
            pdf,
            backend=self.backend_for(current),
            printer=printer,
            actor=actor,
            timeout=self.test_page_timeout,
            clock=self.clock,
        )

    # -- print jobs ----------------------------------------------------------------------

    def jobs(self, *, open_only: bool = False, limit: int = 200) -> list[PrintJobRow]:
        return printing.list_print_jobs(self.session_factory, open_only=open_only, limit=limit)

    def retry(self, job_id: int, *, actor: SignedIn | None) -> PrintJobView:
        """Again, to the printer chosen now (a waiting copy is cancelled first)."""
        current = self.current()
        return printing.retry_print(
            self.session_factory,
            job_id,
            backend=self.backend_for(current),
            printer=current.printing.default_printer,
            actor=actor,
            clock=self.clock,
        )

    def cancel(self, job_id: int, *, actor: SignedIn | None) -> PrintJobView:
        return printing.cancel_print_job(
            self.session_factory,
            job_id,
            backend=self.backend_for(self.current()),
            actor=actor,
            clock=self.clock,
        )

    def refresh(self, job_id: int) -> PrintJobView:
        return printing.refresh_print_job(
            self.session_factory, job_id, backend=self.backend_for(self.current()), clock=self.clock
        )


def _pinned(key: str, settings: Settings) -> bool:
    return key in settings.overridden


__all__ = ["ClinicAdmin", "ClinicForm", "JobState", "PrinterChoice"]
