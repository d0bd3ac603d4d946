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
    from kiosk.domain.staff import SignedIn
    from kiosk.printing.backends import PrintBackend
    from kiosk.services.documents import RenderedDocument
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
    settings: Settings, session_factory: Callable[[], Any], theme: Theme | None = None
) -> PatientKiosk:
    """``session_factory`` is asked for on a worker at each call (it may wait for the
    database to open), so the patient welcome needs no database to show."""
    from ui.patient.kiosk_view import PatientKiosk

    return PatientKiosk.for_services(
        session_factory,
        zone=settings.clinic.timezone,
        clinic_name=settings.clinic.name,
        logo=settings.clinic.logo,
        station=settings.station,
        languages=settings.languages,
        idle_timeout=settings.idle.patient_seconds,
        idle_warning=settings.idle.warning_seconds,
        theme=theme,
    )


def build_nurse(settings: Settings, store: ClinicStore) -> NurseStation:
    """Imported and built on first use on a kiosk station: documents, printing and the nurse
    screens are not needed to show the patient welcome."""
    from kiosk.services.documents import print_document, render_aftercare
    from kiosk.services.rotation import rotate_backups
    from kiosk.services.staff import lockout_policy, pin_policy
    from ui.nurse.station import NurseStation, find_preview

    sf = store.database.session_factory

    def render(visit_id: int, actor: SignedIn) -> RenderedDocument:
        return render_aftercare(sf, visit_id, settings=settings, actor=actor)

    def send(document: RenderedDocument, actor: SignedIn) -> Any:
        return print_document(
            sf,
            document,
            backend=printer_for(settings),
            printer=settings.printing.default_printer,
            actor=actor,
        )

    return NurseStation(
        sf,
        zone=settings.clinic.timezone,
        lockout=lockout_policy(settings.staff),
        pin_policy=pin_policy(settings.staff),
        station_name=station_name(settings),
        pepper=store.pepper,
        idle_seconds=settings.idle.nurse_seconds,
        data_dir=settings.backups_dir,
        render_aftercare=render,
        print_document=send,
        preview=find_preview(),
        # the same dated names and keep-N pruning as the daily backup, wherever it is written
        backup=lambda folder: rotate_backups(store.database, folder, settings.backups_keep),
    )


def station_name(settings: Settings) -> str:
    """Where a sign-in happens, for the per-station wait: the mode and this computer's name."""
    import socket

    return f"{settings.station}@{socket.gethostname()}"[:64]
