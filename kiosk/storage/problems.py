"""What is wrong with the database, in one word: turns a driver's error into a cause.

SQLite's extended result codes and PostgreSQL's SQLSTATEs say precisely what failed; the
services, the start-up page and ``--self-check`` use the cause to tell staff what to do, and
the log names the cause instead of a bare ``OperationalError`` (never the statement or its
parameters, which can hold patients' names).
"""

from __future__ import annotations

import sqlite3
from enum import StrEnum
from typing import Any


class StorageCause(StrEnum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"  # the file or its folder may not be written
    READ_ONLY_SERVER = "read_only_server"  # a PostgreSQL standby, or a read-only session
    DAMAGED = "damaged"
    NEWER_SCHEMA = "newer_schema"
    EMPTY_FILE = "empty_file"  # a zero-length file where a clinic's database should be
    SERVER_AWAY = "server_away"  # refused, unreachable, cut, or silent past the bounds
    LOCKED = "locked"  # another station holds what is needed, or the server is too slow
    UNKNOWN = "unknown"


# SQLite primary result codes (the low byte of the extended code).
_SQLITE = {
    3: StorageCause.READ_ONLY,  # SQLITE_PERM
    5: StorageCause.LOCKED,  # SQLITE_BUSY
    6: StorageCause.LOCKED,  # SQLITE_LOCKED
    8: StorageCause.READ_ONLY,  # SQLITE_READONLY
    10: StorageCause.UNKNOWN,  # SQLITE_IOERR: see _sqlite_ioerr
    11: StorageCause.DAMAGED,  # SQLITE_CORRUPT
    13: StorageCause.DISK_FULL,  # SQLITE_FULL
    14: StorageCause.READ_ONLY,  # SQLITE_CANTOPEN: a folder it may not create files in
    26: StorageCause.DAMAGED,  # SQLITE_NOTADB
}
_SQLITE_IOERR_NOSPACE = 10 | (13 << 8)

# PostgreSQL SQLSTATEs, exact first, then by class (the first two characters).
_PG_EXACT = {
    "53100": StorageCause.DISK_FULL,  # disk_full
    "25006": StorageCause.READ_ONLY_SERVER,  # read_only_sql_transaction
    "55P03": StorageCause.LOCKED,  # lock_not_available (lock_timeout)
    "57014": StorageCause.LOCKED,  # query_canceled (statement_timeout)
    "40P01": StorageCause.LOCKED,  # deadlock_detected
    "40001": StorageCause.LOCKED,  # serialization_failure
    "53300": StorageCause.LOCKED,  # too_many_connections
    "25P03": StorageCause.SERVER_AWAY,  # idle_in_transaction_session_timeout
    "57P01": StorageCause.SERVER_AWAY,  # admin_shutdown
    "57P02": StorageCause.SERVER_AWAY,  # crash_shutdown
    "57P03": StorageCause.SERVER_AWAY,  # cannot_connect_now (starting, or a standby)
    "XX001": StorageCause.DAMAGED,  # data_corrupted
    "XX002": StorageCause.DAMAGED,  # index_corrupted
}
_PG_CLASS = {"08": StorageCause.SERVER_AWAY, "53": StorageCause.LOCKED}


def storage_cause(exc: BaseException | None) -> StorageCause | None:
    """The cause of a database failure, or None when ``exc`` is not one (a bug, bad input).

    Accepts SQLAlchemy's wrappers (looks at ``.orig``), driver errors and OSError.
    """
    if exc is None:
        return None
    orig: Any = getattr(exc, "orig", None) or exc
    if isinstance(orig, sqlite3.Error):
        return _sqlite_cause(orig)
    sqlstate = getattr(orig, "sqlstate", None)
    module = type(orig).__module__
    if module.startswith("psycopg"):
        if sqlstate:
            return _PG_EXACT.get(sqlstate) or _PG_CLASS.get(sqlstate[:2])
        # No SQLSTATE: the connection failed, timed out or was cut (OperationalError,
        # InterfaceError, ConnectionTimeout).
        name = type(orig).__name__
        return (
            StorageCause.SERVER_AWAY
            if name.endswith(("OperationalError", "Timeout", "InterfaceError"))
            else None
        )
    if isinstance(orig, OSError):
        return _os_cause(orig)
    from sqlalchemy import exc as sa_exc

    if isinstance(exc, sa_exc.TimeoutError):  # the pool had no free connection in time
        return StorageCause.LOCKED
    return None


def _sqlite_cause(exc: sqlite3.Error) -> StorageCause | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        text = str(exc).lower()
        if "locked" in text or "busy" in text:
            return StorageCause.LOCKED
        if "readonly" in text or "read-only" in text:
            return StorageCause.READ_ONLY
        if "full" in text:
            return StorageCause.DISK_FULL
        if "malformed" in text or "not a database" in text:
            return StorageCause.DAMAGED
        return None
    if code == _SQLITE_IOERR_NOSPACE:
        return StorageCause.DISK_FULL
    cause = _SQLITE.get(code & 0xFF)
    if cause is StorageCause.UNKNOWN:  # an I/O error: say what the OS said, if it was space
        return StorageCause.DISK_FULL if "full" in str(exc).lower() else StorageCause.UNKNOWN
    return cause


def _os_cause(exc: OSError) -> StorageCause:
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageCause.DISK_FULL
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageCause.READ_ONLY
    return StorageCause.UNKNOWN


STAFF_ADVICE: dict[StorageCause, str] = {
    StorageCause.DISK_FULL: "The disk that holds the clinic database is full. Free some space"
    " (old files, old backups), then try again.",
    StorageCause.READ_ONLY: "The clinic database file (or its folder) may not be written by"
    " this station. Ask IT to check the file's owner and rights.",
    StorageCause.READ_ONLY_SERVER: "The clinic database server accepts no changes (it is a"
    " read-only standby, or set read-only). Point this station at the main server.",
    StorageCause.DAMAGED: "The clinic database is damaged. Do not delete it; ask IT to restore"
    " the newest backup with 'clinic-kiosk restore'.",
    StorageCause.NEWER_SCHEMA: "This database belongs to a newer version of the kiosk; update"
    " this station.",
    StorageCause.EMPTY_FILE: "The clinic database file is empty. If this station held a clinic,"
    " restore the newest backup with 'clinic-kiosk restore'.",
    StorageCause.SERVER_AWAY: "The clinic database server does not answer. Check that it is on"
    " and that this station is on the clinic network.",
    StorageCause.LOCKED: "The clinic database is busy with another station; please try again"
    " in a moment.",
    StorageCause.UNKNOWN: "The clinic database could not be used; please try again. If it keeps"
    " happening, ask IT to look at the station's log.",
}
