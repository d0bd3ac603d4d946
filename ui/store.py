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


def open_store(settings: Settings) -> ClinicStore:
    """Runs on a worker: open (and migrate) the database, check it, back it up, load the pepper.

    A damaged database raises DatabaseDamaged (the problem page says: keep the file, restore
    the newest backup). The daily backup is best effort: a full backup disk is logged, and the
    station still starts, because patients waiting matter more than today's copy.
    """
    from kiosk.services.health import require_healthy
    from kiosk.services.rotation import private_folder
    from kiosk.services.staff import load_pepper
    from kiosk.storage import open_database

    private_folder(settings.data_dir)  # 0700 even if IT created it by hand
    database = open_database(settings.database_url)
    try:
        require_healthy(database, settings.backups_dir)
    except BaseException:
        database.dispose()
        raise
    _take_daily_backup(database, settings)
    return ClinicStore(database=database, pepper=load_pepper(settings.staff.pepper_path))


def _take_daily_backup(database: Database, settings: Settings) -> None:
    from kiosk.services.errors import ServiceError
    from kiosk.services.rotation import take_daily_backup

    try:
        take_daily_backup(
            database, settings.backups_dir, settings.backups_keep, zone=settings.clinic.timezone
        )
    except (ServiceError, OSError) as exc:
        log.warning("start-up backup into %s failed: %s", settings.backups_dir, exc)
