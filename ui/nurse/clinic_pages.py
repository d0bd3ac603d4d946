"""Hooks the clinic setup, printer and print-jobs pages into an assembled nurse station.

First run: after the first administrator is created, the clinic's details (name, address,
phone, time zone, languages, logo, printer, paper) are asked before anyone signs in.
Afterwards administrators find them under Administration: Clinic, Printer, Print jobs.
Kept apart from the station module so that it stays a thin assembler.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.domain.staff import Role, SignedIn
from kiosk.services.clinic_admin import ClinicAdmin
from ui.nurse.clinic_settings_page import ClinicSettingsPage
from ui.nurse.formatting import ZoneSource
from ui.nurse.print_jobs_page import PrintJobsPage
from ui.nurse.printer_page import PrinterPage
from ui.tasks import run_task


class ClinicPages:
    """The pages and their wiring; ``station`` needs ``stack``, ``admin_page.tabs``,
    ``signin_page``, ``staff``, ``refresh_home`` and ``after_first_admin``."""

    def __init__(self, station: Any, services: ClinicAdmin, zone: ZoneSource) -> None:
        self.station = station
        self.services = services
        self.first_run = False  # the clinic step right after the first administrator
        # first run: nobody is signed in yet, so the system sets the clinic up (allowed once)
        self.setup = ClinicSettingsPage(services, lambda: None, first_run=True)
        self.settings = ClinicSettingsPage(services, self.signed_in)
        self.printer = PrinterPage(services, self.signed_in)
        self.jobs = PrintJobsPage(services, self.signed_in, zone)
        station.stack.addWidget(self.setup)
        tabs = station.admin_page.tabs
        self.tab_index: dict[int, Any] = {  # each page has load()
            tabs.addTab(
                self.settings, QCoreApplication.translate("NurseAdmin", "Clinic")
            ): self.settings,
            tabs.addTab(
                self.printer, QCoreApplication.translate("NurseAdmin", "Printer")
            ): self.printer,
            tabs.addTab(
                self.jobs, QCoreApplication.translate("NurseAdmin", "Print jobs")
            ): self.jobs,
        }
        tabs.currentChanged.connect(self.on_tabs_current_changed)
        station.after_first_admin = self.on_first_admin_created
        self.setup.saved.connect(self.on_setup_saved)
        station.signed_in.connect(self.on_station_signed_in)

    def signed_in(self) -> SignedIn | None:
        staff = self.station.staff
        return staff if isinstance(staff, SignedIn) else None

    def on_tabs_current_changed(self, index: int) -> None:
        page = self.tab_index.get(index)
        if page is not None:
            page.load()

    def on_station_signed_in(self, member: Any) -> None:
        """An installation whose clinic was never set up (an upgrade, a wiped setting): the
        administrator is taken to it; a nurse is told whom to ask."""
        run_task(self.services.is_configured, self.on_configured_checked, lambda exc: None)

    def on_configured_checked(self, configured: bool) -> None:
        member = self.station.staff
        if configured or member is None:
            return
        words = QCoreApplication.translate(
            "ClinicPages",
            "Documents cannot print until the clinic's name and phone number are set.",
        )
        if Role(member.role) is Role.ADMIN:
            self.settings.notice = (words, "error")  # shown once the page has loaded
            self.station.show_admin()
            if self.station.admin_page.tabs.currentWidget() is self.settings:
                self.settings.load()
            else:
                self.station.admin_page.tabs.setCurrentWidget(self.settings)
            return
        self.station.problem.show_message(
            words
            + " "
            + QCoreApplication.translate(
                "ClinicPages", "Please ask an administrator to set them (Administration > Clinic)."
            ),
            "error",
        )

    def on_first_admin_created(self, member: Any) -> None:
        self.first_run = True
        code = getattr(member, "code", "")
        created = QCoreApplication.translate(
            "ClinicPages", "{name} was created; the staff code is {code}. Now the clinic:"
        ).format(name=member.name, code=code)
        self.setup.notice = (created, "ok")
        self.station.stack.setCurrentWidget(self.setup)
        self.setup.load()

    def on_setup_saved(self, details: Any) -> None:
        self.first_run = False
        self.station.refresh_home()


def attach_clinic_pages(station: Any, services: ClinicAdmin, zone: ZoneSource) -> ClinicPages:
    pages = ClinicPages(station, services, zone)
    station.clinic_pages = pages  # kept alive with the station
    return pages
