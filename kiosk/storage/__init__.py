"""The clinic database: models, packaged migrations and :func:`open_database`."""

from kiosk.storage.database import (
    READ_ONLY,
    Database,
    DatabaseUnavailable,
    migrate,
    open_database,
    sqlite_url,
)

__all__ = ["READ_ONLY", "Database", "DatabaseUnavailable", "migrate", "open_database", "sqlite_url"]
