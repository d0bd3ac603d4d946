"""The clinic set up in the app reaches a kiosk started with the file's settings: its name on
screen, its time zone for the check-ins, its languages, once the database is open."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import load_settings
from kiosk.domain.clinic import ClinicDetails
from kiosk.services.audit_secret import attach_audit_key
from kiosk.services.clinic import save_clinic
from kiosk.storage import open_database
from ui.main_window import MainWindow


def test_a_kiosk_adopts_the_clinic_saved_in_the_database(qtbot, tmp_path: Path) -> None:
    settings = load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    settings.data_dir.mkdir(parents=True)
    db = open_database(settings.database_url)
    attach_audit_key(db, settings.data_dir)
    try:
        save_clinic(
            db.session_factory,
            ClinicDetails("Clínica Sol", "", "+34 910 000 000", "Europe/Madrid", ("es",)),
            actor=None,
        )
    finally:
        db.dispose()
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    assert window.patient.clinic_label.text() == "Your Skin Clinic"  # the file, before the DB
    qtbot.waitUntil(lambda: window.store is not None, timeout=15000)
    kiosk = window.patient
    assert kiosk.clinic_label.text() == "Clínica Sol"
    assert kiosk.welcome.clinic.text() == "Clínica Sol"
    assert window.settings.clinic.timezone == "Europe/Madrid"
    # the zone reaches today's date and the check-ins (ui.outbox_forwarding reads it live)
    assert window.live is not None and window.live.zone() == "Europe/Madrid"
    assert kiosk.languages == ("es",)
    assert not kiosk.welcome.language_buttons["en"].isVisibleTo(kiosk)
    assert kiosk.welcome.language_buttons["es"].isVisibleTo(kiosk)
    kiosk.switcher.set_language("en")  # the translator is the application's: not for others
    window.store.database.dispose()
