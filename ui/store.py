"""The clinic store a station works with: the open database and the PIN pepper.

Opened once per station on a worker (:func:`open_store`); the stations and the patient kiosk
get it through ui/store_latch.py, never from the main window's attributes. Qt-free.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk.config import Settings

if TYPE_CHECKING:
    from kiosk.storage import Database

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClinicStore:
    """What the stations need from the core once the database is open."""

    database: Database
    pepper: bytes
    settings: Settings | None = None  # with the clinic as set up in the app (the file winning)


def open_store(settings: Settings) -> ClinicStore:
    """Runs on a worker: open (and migrate) the database, check it (SQLite's quick_check),
    load the pepper. A damaged database raises DatabaseDamaged (the problem page says: keep the
    file, restore the newest backup).

    The day's backup is not taken here: copying and fully checking a large database takes
    seconds, and the first check-in of the day must not wait for it (:func:`take_daily_backup`
    runs on a worker once the store is open).
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
    from kiosk.services.clinic import current_settings

    return ClinicStore(
        database=database,
        pepper=load_pepper(settings.staff.pepper_path),
        settings=current_settings(database.session_factory, settings),
    )


def take_daily_backup(store: ClinicStore, settings: Settings) -> None:
    """The day's first start copies the database (with its full integrity check) into the
    rotation. Runs on a worker while patients already check in. Best effort: a full backup disk
    is logged, and the station carries on, because patients waiting matter more than today's
    copy."""
    from kiosk.services.backup import configured_key
    from kiosk.services.errors import ServiceError
    from kiosk.services.rotation import take_daily_backup as rotate_daily

    try:
        rotate_daily(
            store.database,
            settings.backups_dir,
            settings.backups_keep,
            zone=settings.clinic.timezone,
            key=configured_key(settings.backup_key_path, settings.data_dir),
        )
    except (ServiceError, OSError) as exc:
        log.warning("start-up backup into %s failed: %s", settings.backups_dir, exc)
