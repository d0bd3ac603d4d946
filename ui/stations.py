"""Builds the patient kiosk and the nurse station, bound to the services.

The only place where screens meet concrete services: screens take plain callables, so they can
be tested with fakes, and this module binds those callables to the open store and settings.
It knows nothing of the main window, which places what it builds.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk.config import Settings

if TYPE_CHECKING:
    from kiosk.content import ContentBundle
    from kiosk.printing.backends import PrintBackend
    from kiosk.services.live_clinic import LiveSettings
    from ui.nurse.station import NurseStation
    from ui.patient.kiosk_view import PatientKiosk
    from ui.store import ClinicStore
    from ui.theme import Theme


def printer_for(settings: Settings) -> PrintBackend:
    """The configured printer; Qt's lives here because the core must not import Qt."""
    if settings.printing.backend == "qt":
        from ui.printing.qt_backend import QtPrintBackend

        return QtPrintBackend()
    from kiosk.printing.factory import backend_for

    return backend_for(settings)


def build_patient(
    settings: Settings,
    session_factory: Callable[[], Any],
    theme: Theme | None = None,
    outbox: Any = None,
    live: LiveSettings | None = None,
) -> PatientKiosk:
    """``session_factory`` is asked for on a worker at each call (it may wait for the
    database to open), so the patient welcome needs no database to show. With an ``outbox``
    (kiosk.services.outbox), a check-in the database cannot store now is kept there and the
    patient is thanked; :class:`ui.outbox_forwarding.OutboxForwarder` sends it later. With
    ``live``, today's date and each check-in follow the clinic's time zone as stored now."""
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
        _content,
        kiosk_submit(settings, session_factory, outbox, live=live),
        today=kiosk_today(live.zone if live is not None else lambda: zone),
        **kwargs,
    )


def _content(language: str) -> ContentBundle:
    """The content files, their modules imported at the first tap (not to show the welcome)."""
    from kiosk.content import load_content

    return load_content(language)


def build_nurse(settings: Settings, store: ClinicStore) -> NurseStation:
    """Imported and built on first use on a kiosk station: documents, printing and the nurse
    screens are not needed to show the patient welcome. The services binding is made here,
    once; the station's pages share it (with the binding's one ``checklist_for``)."""
    from kiosk.services.binding import NurseServices
    from kiosk.services.clinic import current_settings
    from kiosk.services.clinic_admin import ClinicAdmin
    from ui.nurse.clinic_pages import attach_clinic_pages
    from ui.nurse.station import NurseStation

    sf = store.database.session_factory
    services = NurseServices.from_settings(
        store.database,
        settings,
        pepper=store.pepper,
        # made on the printing worker: the paper chosen in the app now (the file winning)
        print_backend=lambda: printer_for(current_settings(sf, settings)),
        station=station_name(settings),
    )
    station = NurseStation(services, idle_seconds=settings.idle.nurse_seconds)
    attach_clinic_pages(
        station,
        ClinicAdmin(sf, settings, printer_for, system_printers),
        lambda: services.zone,  # as the binding reads it now (another station may change it)
    )
    from ui.nurse.outbox_banner import attach_outbox_banner

    attach_outbox_banner(station, store.database.session_factory, settings.clinic.timezone)
    return station


def system_printers(settings: Settings) -> list[str]:
    """The printers the system offers: Qt's list on the Qt backend, CUPS's otherwise."""
    if settings.printing.backend == "qt":
        from ui.printing.qt_backend import available_printers

        return available_printers()
    if settings.printing.backend == "cups":
        from kiosk.printing.cups import CupsBackend

        return CupsBackend().printers()
    return []


def station_name(settings: Settings) -> str:
    """Where a sign-in happens, for the per-station wait: the mode and this computer's name."""
    import socket

    return f"{settings.station}@{socket.gethostname()}"[:64]
