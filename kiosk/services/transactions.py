"""One user action, one transaction; database trouble becomes a calm StorageUnavailable."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session, sessionmaker

from kiosk.services.errors import StorageUnavailable, ValidationError
from kiosk.storage import READ_ONLY
from kiosk.storage.problems import StorageCause, storage_cause

log = logging.getLogger(__name__)

SessionFactory = sessionmaker[Session]

# Locked, busy, disk full or I/O error, read-only, damaged, server away or connection lost,
# pool exhausted: kiosk.storage.problems.storage_cause tells them apart. Other database errors
# (an IntegrityError a caller retries, a bug) pass through unchanged.
_DATABASE_ERRORS = (sa_exc.DBAPIError, sa_exc.TimeoutError)
_OPERATIONAL = (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError)


@contextmanager
def transaction(sf: SessionFactory, *, read_only: bool = False) -> Iterator[Session]:
    """A session inside one transaction: committed on success, rolled back on any error.

    On SQLite a writing transaction starts with BEGIN IMMEDIATE (see kiosk.storage);
    ``read_only`` asks for a deferred BEGIN so polling never waits behind a writer.
    """
    try:
        with sf() as session, session.begin():
            if read_only:
                session.connection(execution_options={READ_ONLY: True})
            yield session
    except _DATABASE_ERRORS as exc:
        cause = storage_cause(exc)
        if cause is None and isinstance(exc, _OPERATIONAL):
            cause = StorageCause.UNKNOWN  # the database's own trouble, of a kind not named
        if cause is None:
            raise
        # str(exc) would carry the statement's parameters: patients' names and birth dates.
        reason = getattr(exc, "orig", None) or exc
        log.warning("database unavailable (%s): %s", cause.value, type(reason).__name__)
        raise StorageUnavailable(cause=cause.value) from exc


MAX_PAGE = 500


def check_page(limit: int, offset: int) -> None:
    """Refuse a page that cannot be meant: a list never asks for 0 rows or a negative offset."""
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError("limit", "out_of_range", f"limit must be 1 to {MAX_PAGE}")
    if offset < 0:
        raise ValidationError("offset", "out_of_range", "offset cannot be negative")
