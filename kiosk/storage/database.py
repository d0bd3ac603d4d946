"""Open the clinic database: create it safely, set the connection rules, migrate to head.

SQLite (the default, one station) and PostgreSQL (several stations) run the same code. On
SQLite every connection gets the PRAGMAs below, and every transaction starts with
``BEGIN IMMEDIATE``: in WAL mode a deferred transaction that reads and then writes fails with
"database is locked" under concurrent writers, whatever the busy timeout. Read-only work can
ask for a deferred ``BEGIN`` with the execution option :data:`READ_ONLY`.

Alembic (with Mako and Pygments behind it: ~100-200 ms) is imported when a database is
opened, not when this module is: the kiosk's first frame never waits for it, because the
database opens on a worker after that frame (ui/first_paint.py).
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"  # Alembic's default; env.py does not change it
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
    """Run the packaged Alembic migrations up to ``revision`` in one transaction.

    For ``head`` a database already there is left alone (no write, no lock).
    """
    if revision == "head" and is_at_head(engine):
        return
    from alembic import command

    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        command.upgrade(alembic_config(connection), revision)


def is_at_head(engine: Engine) -> bool:
    """True when the database's stamped revision is the newest packaged one, so that opening
    an up-to-date database writes nothing and takes no migration lock.

    Anything unusual (no version table, several heads, a database from a newer release)
    answers False, so Alembic's upgrade decides and explains.
    """
    from alembic.runtime.migration import MigrationContext

    head = packaged_head()
    if head is None:
        return False
    with engine.connect() as connection, connection.execution_options(**{READ_ONLY: True}).begin():
        if not inspect(connection).has_table(VERSION_TABLE):
            return False
        stamped = MigrationContext.configure(connection).get_current_heads()
        return list(stamped) == [head]


@functools.cache
def packaged_head() -> str | None:
    """The single head of the packaged revisions (Alembic's own reading); None if not one."""
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    return heads[0] if len(heads) == 1 else None


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing into the package; no alembic.ini is needed at run time."""
    from alembic.config import Config

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
