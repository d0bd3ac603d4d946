"""What a command is handed: the settings it runs with and a way to open the database.

Every command module registers handlers of the type ``Handler``; the package's ``main``
resolves the settings once and calls the handler with them.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.config import Settings, load_settings, sqlite_url_for

if TYPE_CHECKING:
    from kiosk.storage import Database

OpenDb = Callable[[], "Database"]
Handler = Callable[[argparse.Namespace, Settings, OpenDb], int]


def demo_settings(settings: Settings) -> Settings:
    """The demo clinic: its own data folder and SQLite file, never the real database."""
    data_dir = settings.data_dir / "demo"
    return dataclasses.replace(
        settings,
        clinic=dataclasses.replace(
            settings.clinic,
            name="Demo Skin Clinic",
            address="12 Example Street, Springfield",
            phone="555-0100",
        ),
        # the demo clinic is the one place its published PIN is accepted
        staff=dataclasses.replace(
            settings.staff, pepper_path=data_dir / "pepper.key", demo_pin_allowed=True
        ),
        printing=dataclasses.replace(settings.printing, folder=data_dir / "printed"),
        database_url=sqlite_url_for(data_dir / "clinic.sqlite3"),
        data_dir=data_dir,
    )


def resolve_settings(args: argparse.Namespace) -> Settings:
    settings = load_settings(args.config)
    if args.demo or args.command == "demo":
        settings = demo_settings(settings)
    if args.station:
        settings = dataclasses.replace(settings, station=args.station)
    return settings


def open_db(settings: Settings) -> Database:
    from kiosk.storage import open_database

    settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    database = open_database(settings.database_url, timeouts=settings.timeouts)
    try:
        from kiosk.services.audit_secret import attach_audit_key

        attach_audit_key(database, settings.data_dir)  # missing or wrong secret: one line
    except BaseException:
        database.dispose()
        raise
    return database
