"""Builds the patient kiosk and the nurse station for the main window, bound to the services.

The only place where screens meet concrete services: screens take plain callables, so they can
be tested with fakes, and this module binds those callables to the open database and settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from kiosk.config import Settings
from kiosk.content import load_content
from kiosk.domain.checklist import Checklist

if TYPE_CHECKING:
    from kiosk.printing.backends import PrintBackend
    from ui.main_window import Backend, MainWindow
    from ui.theme import Theme


def print_backend(settings: Settings) -> PrintBackend:
    """The configured backend; Qt's lives here because the core must not import Qt."""
    if settings.printing.backend == "qt":
        from ui.printing.qt_backend import QtPrintBackend

        return QtPrintBackend()
    from kiosk.printing.factory import backend_for

    return backend_for(settings)


def checklist_for(language: str) -> Checklist:
    return load_content(language).checklist


def build_patient(
    settings: Settings,
    session_factory: Callable[[], Any],
    theme: Theme | None = None,
    outbox: Any = None,
) -> QWidget:
    """``session_factory`` is asked for on a worker at each call (it may wait for the
    database to open), so the patient welcome needs no database to show. With an ``outbox``
    (kiosk.services.outbox), a check-in the database cannot store now is kept there and the
    patient is thanked; :class:`ui.outbox_forwarding.OutboxForwarder` sends it later."""
    from ui.patient.kiosk_view import PatientKiosk

    kwargs: dict[str, Any] = {
        "zone": settings.clinic.timezone,
        "clinic_name": settings.clinic.name,
        "logo": settings.clinic.logo,
        "station": settings.station,
        "languages": settings.languages,
        "idle_timeout": settings.idle.patient_seconds,
        "idle_warning": settings.idle.warning_seconds,
        "theme": theme,
    }
    if outbox is None:
        return PatientKiosk.for_services(session_factory, **kwargs)
    from ui.outbox_forwarding import kiosk_submit, kiosk_today

    zone = kwargs.pop("zone")
    return PatientKiosk(
        load_content,
        kiosk_submit(settings, session_factory, outbox),
        today=kiosk_today(zone),
        **kwargs,
    )


def build_nurse(settings: Settings, backend: Backend) -> QWidget:
    """Imported and built on first use on a kiosk station: documents, printing and the nurse
    screens are not needed to show the patient welcome. The services binding is made here,
    once; the station's pages share it."""
    from kiosk.services.binding import NurseServices
    from ui.nurse.station import NurseStation

    services = NurseServices.from_settings(
        backend.database,
        settings,
        pepper=backend.pepper,
        print_backend=lambda: print_backend(settings),
        station=station_name(settings),
        checklist_for=checklist_for,
    )
    station = NurseStation(services, idle_seconds=settings.idle.nurse_seconds)
    from ui.nurse.outbox_banner import attach_outbox_banner

    attach_outbox_banner(station, backend.database.session_factory, settings.clinic.timezone)
    return station


def station_name(settings: Settings) -> str:
    """Where a sign-in happens, for the per-station wait: the mode and this computer's name."""
    import socket

    return f"{settings.station}@{socket.gethostname()}"[:64]


def attach_patient(window: MainWindow) -> QWidget:
    """The patient kiosk, bound to the window's database once it is open (see BackendGate).
    The nurse station behind its staff button is built on first use (:func:`attach_nurse`)."""
    gate = window.gate
    from ui.outbox_forwarding import OutboxForwarder, open_outbox

    outbox = open_outbox(window.settings)

    def session_factory() -> Any:
        return gate.wait().database.session_factory

    patient = build_patient(window.settings, session_factory, window.theme, outbox=outbox)
    forwarder = OutboxForwarder(outbox, window.settings, session_factory, parent=patient)
    window.settled.connect(forwarder.start)  # once the database opened (or could not)
    patient.outbox_forwarder = forwarder
    window.stack.addWidget(patient)
    patient.staff_requested.connect(window.show_nurse)
    return patient


def attach_nurse(window: MainWindow, backend: Backend) -> QWidget:
    nurse = build_nurse(window.settings, backend)
    window.stack.addWidget(nurse)
    nurse.exit_kiosk_requested.connect(window.allow_exit)
    if window.settings.station == "kiosk":
        nurse.leave_requested.connect(window.show_home)
        nurse.signed_out.connect(window.show_home)
    return nurse
