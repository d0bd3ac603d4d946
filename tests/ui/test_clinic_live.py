"""A clinic change saved on one station reaches a running kiosk on the same database without a
restart: its languages at the welcome, its time zone for today's date and the check-ins.

Two stations: the kiosk (a MainWindow with its own engine) and an administrator's station (the
test's ``database``, another engine on the same SQLite file or PostgreSQL schema).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from kiosk.config import load_settings
from kiosk.domain.clinic import ClinicDetails
from kiosk.services.clinic import current_settings, save_clinic
from kiosk.storage import models, open_database
from tests.fixtures.database import TEST_PEPPER, fixed_clock, keyed
from tests.ui.patient.walk import check_in
from ui.main_window import CLINIC_REFRESH_MS, MainWindow
from ui.patient.flow import Step
from ui.store import ClinicStore

# a day apart whatever the hour: the kiosk's "today" tells which zone it uses
WEST, EAST, MIDDLE = "Pacific/Pago_Pago", "Pacific/Kiritimati", "Europe/Madrid"


def _clinic(zone: str, languages: tuple[str, ...]) -> ClinicDetails:
    return ClinicDetails("Clínica Sol", "", "+34 910 000 000", zone, languages)


def _kiosk_window(qtbot, tmp_path, database) -> MainWindow:
    url = database.engine.url

    def opener(settings):  # the kiosk's own engine on the same database
        db = keyed(open_database(url))
        return ClinicStore(db, TEST_PEPPER, current_settings(db.session_factory, settings))

    settings = load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "kiosk")})
    window = MainWindow(settings, opener=opener)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.store is not None, timeout=15000)
    return window


def _today(zone: str):
    return datetime.now(ZoneInfo(zone)).date()


def test_a_running_kiosk_follows_the_clinic_changed_on_another_station(
    qtbot, tmp_path, database, session_factory, admin
) -> None:
    save_clinic(session_factory, _clinic(WEST, ("en", "es")), actor=None)
    window = _kiosk_window(qtbot, tmp_path, database)
    kiosk = window.patient
    try:
        assert kiosk.languages == ("en", "es") and kiosk._today() == _today(WEST)
        assert window.clinic_timer.isActive()
        assert window.clinic_timer.interval() == CLINIC_REFRESH_MS  # the bound on a change

        # Another station's administrator: Spanish only, and a zone a day ahead.
        save_clinic(session_factory, _clinic(EAST, ("es",)), actor=admin, clock=fixed_clock())
        window.clinic_timer.setInterval(50)  # the bound, shortened for the test
        qtbot.waitUntil(lambda: kiosk.languages == ("es",), timeout=15000)
        assert kiosk._today() == _today(EAST)
        assert not kiosk.welcome.language_buttons["en"].isVisibleTo(kiosk)
        assert kiosk.switcher.language == "es"  # the welcome now speaks the clinic's language

        # Changed again, and the kiosk not told: the check-in reads the zone when it is sent.
        window.clinic_timer.stop()
        save_clinic(session_factory, _clinic(MIDDLE, ("es",)), actor=admin, clock=fixed_clock())
        check_in(qtbot, kiosk, first="Ana", last="Ruiz")
        qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE, timeout=15000)
        kiosk.idle.stop()
        kiosk.done_timer.stop()
        with session_factory() as session:
            zones = session.scalars(select(models.Visit.zone)).all()
        assert zones == [MIDDLE]
        assert window.live is not None and window.live.zone() == MIDDLE
    finally:
        kiosk.switcher.set_language("en")  # the translator is the application's: not for others
        window.clinic_timer.stop()
        window.close()
        window.store.database.dispose()


def test_a_store_out_of_reach_keeps_the_clinic_last_read(tmp_path) -> None:
    """The refresh never takes the kiosk's zone away when the database does not answer."""
    import dataclasses

    from kiosk.services.errors import StorageUnavailable
    from kiosk.services.live_clinic import LiveSettings

    settings = load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    read = dataclasses.replace(settings, clinic=dataclasses.replace(settings.clinic, timezone=EAST))

    def away():
        raise StorageUnavailable(cause="server_away")

    live = LiveSettings(settings, away)
    live.remember(read)
    assert live.refresh() is read and live.zone() == EAST
