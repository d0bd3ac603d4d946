"""Open the clinic database: create it safely, set the connection rules, migrate to head.

SQLite (the default, one station) and PostgreSQL (several stations) run the same code. On
SQLite every connection gets the PRAGMAs below, and every transaction starts with
``BEGIN IMMEDIATE``: in WAL mode a deferred transaction that reads and then writes fails with
"database is locked" under concurrent writers, whatever the busy timeout. Read-only work can
ask for a deferred ``BEGIN`` with the execution option :data:`READ_ONLY`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 15_000
READ_ONLY = "kiosk_read_only"  # execution option: a plain deferred BEGIN on SQLite
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
    """The database could not be opened: the message says where and why, for IT staff."""


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


def open_database(url: str | URL, *, echo: bool = False) -> Database:
    """Create (SQLite: mode 0600) and migrate the database at ``url``; return it ready to use.

    Raises DatabaseUnavailable when the file cannot be created or opened or the server does
    not answer.
    """
    parsed = make_url(url)
    where = parsed.render_as_string(hide_password=True)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = _sqlite_engine(parsed, echo=echo)
        else:
            engine = create_engine(parsed, echo=echo, pool_pre_ping=True, hide_parameters=True)
    except OSError as exc:
        raise DatabaseUnavailable(f"Cannot create the database at {where}: {exc}") from exc
    try:
        migrate(engine)
    except (sa_exc.OperationalError, sa_exc.InterfaceError) as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        raise DatabaseUnavailable(f"Cannot open the database at {where}: {reason}") from exc
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(engine=engine, session_factory=factory, url=parsed)


def migrate(engine: Engine, revision: str = "head") -> None:
    """Run the packaged Alembic migrations up to ``revision`` in one transaction."""
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        command.upgrade(alembic_config(connection), revision)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing into the package; no alembic.ini is needed at run time."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _sqlite_engine(url: URL, *, echo: bool) -> Engine:
    if url.database and url.database != ":memory:":
        _create_private_file(Path(url.database))
    engine = create_engine(
        url,
        echo=echo,
        hide_parameters=True,  # errors and logs never carry patients' names or birth dates
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def _create_private_file(path: Path) -> None:
    """Create the database file readable by its owner only, before SQLite opens it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(fd)
    os.chmod(path, 0o600)  # in case the umask was stricter than usual, or looser


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
