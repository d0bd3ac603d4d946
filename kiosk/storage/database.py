"""Open the clinic database: create it safely, set the connection rules, migrate to head.

SQLite (the default, one station) and PostgreSQL (several stations) run the same code. On
SQLite every connection gets the PRAGMAs below, and every transaction starts with
``BEGIN IMMEDIATE``: in WAL mode a deferred transaction that reads and then writes fails with
"database is locked" under concurrent writers, whatever the busy timeout. Read-only work can
ask for a deferred ``BEGIN`` with the execution option :data:`READ_ONLY`.

On PostgreSQL every wait is bounded (kiosk.config.DatabaseTimeouts): connect timeout, TCP
keepalives and ``tcp_user_timeout`` on the link; statement, lock and idle-in-transaction
timeouts on the server, so a vanished station cannot hold the audit head; and a watchdog
(kiosk.storage.deadline) that abandons a connection whose action outlives its time.

A database this station cannot use is refused at opening with a cause
(kiosk.storage.problems): an empty file where a clinic was, a file it may not write, a server
that accepts no changes, a schema from a newer release.

Alembic (with Mako and Pygments behind it: ~100 ms and ~11 MB) is imported only when the
database is not already at the newest packaged revision, which is every start but the first
after an update: :func:`packaged_head` reads the revision files as text.
"""

from __future__ import annotations

import ast
import functools
import logging
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from kiosk.storage.deadline import WATCHDOG
from kiosk.storage.problems import STAFF_ADVICE, StorageCause, storage_cause

if TYPE_CHECKING:
    from alembic.config import Config

    from kiosk.config import DatabaseTimeouts

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"  # Alembic's default; env.py does not change it
BUSY_TIMEOUT_MS = 15_000
READ_ONLY = "kiosk_read_only"  # execution option: a plain deferred BEGIN on SQLite
DEADLINE = "kiosk_deadline"  # execution option: seconds this connection's action may take
MIGRATION_SECONDS = 600  # a migration may rebuild a table; it still has a bound
_MIGRATION_LOCK = 0x6B696F736B  # pg_advisory_xact_lock key: one station migrates at a time

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA secure_delete=ON",
)


class DatabaseUnavailable(RuntimeError):
    """The database could not be opened: the message says where and why, for IT staff, and
    ``cause`` what kind of trouble it is (see kiosk.storage.problems)."""

    def __init__(self, message: str, cause: StorageCause = StorageCause.UNKNOWN) -> None:
        super().__init__(message)
        self.cause = cause


@dataclass(frozen=True, slots=True)
class Database:
    """An open, migrated database: the engine and the session factory services take."""

    engine: Engine
    session_factory: sessionmaker[Session]
    url: URL

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        return Path(self.url.database) if self.is_sqlite and self.url.database else None

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_url(path: Path | str) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite+pysqlite:///{Path(path)}"


def sqlite_path_of(url: str | URL) -> Path | None:
    """The file of a SQLite URL; None for a server or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def open_database(
    url: str | URL, *, echo: bool = False, timeouts: DatabaseTimeouts | None = None
) -> Database:
    """Create (SQLite: mode 0600) and migrate the database at ``url``; return it ready to use.

    Raises DatabaseUnavailable, with its cause, when the file cannot be created, opened or
    written, is empty where a clinic was, belongs to a newer release, or the server does not
    answer or accepts no changes. On PostgreSQL every wait is bounded by ``timeouts``
    (kiosk.config.DatabaseTimeouts; its defaults when None).
    """
    parsed = make_url(url)
    where = parsed.render_as_string(hide_password=True)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = _sqlite_engine(parsed, echo=echo)
        else:
            engine = _postgres_engine(parsed, echo=echo, timeouts=timeouts)
    except OSError as exc:
        cause = storage_cause(exc) or StorageCause.UNKNOWN
        raise DatabaseUnavailable(
            f"Cannot create the database at {where}: {exc.strerror or exc}", cause
        ) from exc
    except DatabaseUnavailable as exc:
        raise DatabaseUnavailable(f"Cannot use the database at {where}: {exc}", exc.cause) from exc
    try:
        migrate(engine)
        _require_writable(engine)
    except DatabaseUnavailable as exc:
        engine.dispose()
        raise DatabaseUnavailable(f"Cannot use the database at {where}: {exc}", exc.cause) from exc
    except sa_exc.DBAPIError as exc:
        engine.dispose()
        found = storage_cause(exc)
        if found is None:
            raise
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        log.warning("database %s: %s", found.value, type(exc.orig or exc).__name__)
        raise DatabaseUnavailable(
            f"Cannot open the database at {where}: {reason}. {STAFF_ADVICE[found]}", found
        ) from exc
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, session_factory=factory, url=parsed)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Run the packaged Alembic migrations up to ``revision`` in one transaction.

    For ``head`` a database already there is left alone without importing Alembic; one
    stamped by a newer release is refused (DatabaseUnavailable, cause NEWER_SCHEMA).
    """
    if revision == "head" and is_at_head(engine):
        return
    from alembic import command

    slow = engine.connect().execution_options(**{DEADLINE: MIGRATION_SECONDS})
    with slow as connection, connection.begin():
        if connection.dialect.name == "postgresql":
            # A migration may take longer than a check-in; another station migrating first
            # is waited for, within the bound.
            connection.execute(text(f"SET LOCAL statement_timeout = '{MIGRATION_SECONDS}s'"))
            connection.execute(text(f"SET LOCAL lock_timeout = '{MIGRATION_SECONDS // 2}s'"))
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        _refuse_newer(connection)
        command.upgrade(alembic_config(connection), revision)


def _refuse_newer(connection: Connection) -> None:
    """A revision this release does not ship means a newer kiosk migrated the database."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
    known = packaged_revisions()
    unknown = [row[0] for row in rows if row[0] not in known]
    if known and unknown:
        raise DatabaseUnavailable(
            "this database belongs to a newer version of the kiosk; update this station"
            f" (the database is at revision {', '.join(unknown)})",
            StorageCause.NEWER_SCHEMA,
        )


def _require_writable(engine: Engine) -> None:
    """Refuse a database this station could read but never write (a read-only file, a
    standby server): better at start-up than at the first patient's check-in."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            read_only = connection.execute(
                text(
                    "SELECT pg_is_in_recovery() OR current_setting('transaction_read_only') = 'on'"
                )
            ).scalar_one()
            connection.rollback()
            if read_only:
                raise DatabaseUnavailable(
                    "the server accepts no changes. " + STAFF_ADVICE[StorageCause.READ_ONLY_SERVER],
                    StorageCause.READ_ONLY_SERVER,
                )
            return
        with connection.begin():  # BEGIN IMMEDIATE takes the write lock and writes nothing
            if connection.exec_driver_sql("PRAGMA query_only").scalar() == 1:
                raise DatabaseUnavailable("the connection is query-only", StorageCause.READ_ONLY)


def is_at_head(engine: Engine) -> bool:
    """True when the database's stamped revision is the newest packaged one (plain SQL).

    Anything unusual (no version table, several heads, unreadable revision files, a database
    from a newer release) answers False, so :func:`migrate` decides and explains.
    """
    head = packaged_head()
    if head is None:
        return False
    with engine.connect() as connection, connection.execution_options(**{READ_ONLY: True}).begin():
        if not inspect(connection).has_table(VERSION_TABLE):
            return False
        stamped = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))
        return [row[0] for row in stamped] == [head]


_ASSIGNMENT = re.compile(
    r"^(revision|down_revision)\s*(?::[^=]+)?=\s*(.+?)\s*(?:#.*)?$", re.MULTILINE
)


def _revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(revisions, parents) of the packaged revision files, read as text; empty if unreadable.

    Parses the ``revision = "..."`` and ``down_revision = ...`` lines every Alembic revision
    file has; tests check the head equals Alembic's own ``ScriptDirectory.get_heads()``.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
            found = dict(_ASSIGNMENT.findall(path.read_text(encoding="utf-8")))
            if "revision" not in found:
                continue
            revisions.add(str(ast.literal_eval(found["revision"])))
            down = ast.literal_eval(found.get("down_revision", "None"))
            if isinstance(down, str):
                parents.add(down)
            elif isinstance(down, (tuple, list)):
                parents.update(str(d) for d in down)
    except (OSError, ValueError, SyntaxError):
        return frozenset(), frozenset()
    return frozenset(revisions), frozenset(parents)


@functools.cache
def packaged_revisions() -> frozenset[str]:
    """Every revision id the packaged migration files define."""
    return _revision_graph()[0]


@functools.cache
def packaged_head() -> str | None:
    """The single head of the packaged revision files; None if not exactly one."""
    revisions, parents = _revision_graph()
    heads = revisions - parents
    return next(iter(heads)) if len(heads) == 1 else None


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing into the package; no alembic.ini is needed at run time."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _sqlite_engine(url: URL, *, echo: bool) -> Engine:
    if url.database and url.database != ":memory:":
        path = Path(url.database)
        if not _create_private_file(path):
            _check_existing_file(path)
    engine = create_engine(
        url,
        echo=echo,
        hide_parameters=True,  # errors and logs never carry patients' names or birth dates
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _create_private_file(path: Path) -> bool:
    """Create the database file readable by its owner only, before SQLite opens it; False
    when it existed already."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    try:
        os.fchmod(fd, 0o600)  # in case the umask was stricter than usual, or looser
    finally:
        os.close(fd)
    return True


def _check_existing_file(path: Path) -> None:
    """An existing file: refuse an empty one that replaced a clinic and one this station may
    not write; tighten a looser one (and its -wal and -shm) to owner-only, with a log line."""
    wal = path.with_name(path.name + "-wal")
    if path.stat().st_size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        raise DatabaseUnavailable(
            f"the database file {path} is empty (0 bytes). If this station held a clinic,"
            " restore the newest backup: clinic-kiosk restore BACKUP. For a new clinic, delete"
            " the empty file and run clinic-kiosk init-db.",
            StorageCause.EMPTY_FILE,
        )
    for candidate in (path, wal, path.with_name(path.name + "-shm")):
        try:
            mode = stat.S_IMODE(candidate.stat().st_mode)
        except FileNotFoundError:
            continue
        if mode & 0o077:
            try:
                os.chmod(candidate, mode & 0o700)
            except OSError as exc:
                log.warning("could not make %s owner-only: %s", candidate.name, exc.strerror)
            else:
                log.warning(
                    "%s was readable by others (mode %o); now owner-only", candidate.name, mode
                )
    if not _writable(path) or not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseUnavailable(
            f"{path} (or its folder) may not be written by this station."
            f" {STAFF_ADVICE[StorageCause.READ_ONLY]}",
            StorageCause.READ_ONLY,
        )


def _writable(path: Path) -> bool:
    """Can this process open the file for writing? (Changes nothing; an immutable file
    refuses even root, who passes os.access on a 0400 file.)"""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    os.close(fd)
    return True


def _postgres_engine(url: URL, *, echo: bool, timeouts: DatabaseTimeouts | None) -> Engine:
    """Every wait bounded: the link (connect timeout, keepalives, tcp_user_timeout), the server
    (statement, lock, idle-in-transaction timeouts) and the whole action (the watchdog)."""
    from kiosk.config import DatabaseTimeouts

    t = timeouts or DatabaseTimeouts()
    server = (
        f"-c statement_timeout={t.statement_seconds * 1000}"
        f" -c lock_timeout={t.lock_seconds * 1000}"
        f" -c idle_in_transaction_session_timeout={t.idle_in_transaction_seconds * 1000}"
    )
    options = str(url.query.get("options", "")).strip()
    url = url.update_query_dict(
        {
            "options": f"{options} {server}".strip(),
            "connect_timeout": str(url.query.get("connect_timeout", t.connect_seconds)),
            "keepalives": "1",
            "keepalives_idle": str(t.keepalive_idle_seconds),
            "keepalives_interval": str(t.keepalive_interval_seconds),
            "keepalives_count": str(t.keepalive_count),
            "tcp_user_timeout": str(t.tcp_user_seconds * 1000),
        }
    )
    engine = create_engine(url, echo=echo, hide_parameters=True, pool_timeout=t.action_seconds)
    action = float(t.action_seconds)

    def on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        # SQLAlchemy's documented "pessimistic disconnect" recipe, inside the deadline: a
        # connection the server dropped is replaced before the action uses it.
        WATCHDOG.arm(dbapi_connection, action)
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:
            WATCHDOG.disarm(dbapi_connection)
            raise sa_exc.DisconnectionError() from exc

    def on_begin(connection: Connection) -> None:
        seconds = connection.get_execution_options().get(DEADLINE)
        if seconds is not None:
            WATCHDOG.arm(connection.connection.dbapi_connection, float(seconds))

    def on_release(dbapi_connection: Any, *_args: Any) -> None:
        if dbapi_connection is not None:
            WATCHDOG.disarm(dbapi_connection)

    event.listen(engine, "checkout", on_checkout)
    event.listen(engine, "begin", on_begin)
    for name in ("checkin", "close", "invalidate", "soft_invalidate", "close_detached"):
        event.listen(engine.pool, name, on_release)
    return engine


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Take transaction control away from the sqlite3 module; _on_sqlite_begin emits BEGIN.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Connection) -> None:
    read_only = connection.get_execution_options().get(READ_ONLY, False)
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")
