"""Settings: a TOML file, ``CLINIC_KIOSK_*`` environment overrides, platformdirs defaults.

Nothing happens at import time; :func:`load_settings` reads, validates and returns a frozen
object. A wrong value raises :class:`ConfigError` naming the file, the key and what is expected,
so IT staff can fix the file without reading code.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

APP_NAME = "clinic-kiosk"
LANGUAGES = ("en", "es")
PAPER_SIZES = ("letter", "a4")
PRINT_BACKENDS = ("cups", "qt", "folder")
STATIONS = ("kiosk", "nurse")
DEFAULT_TIMEZONE = "America/New_York"
DEFAULT_CLINIC_NAME = "Your Skin Clinic"
CLINIC_KEYS = ("name", "address", "phone", "timezone", "logo")


class ConfigError(ValueError):
    """A setting that cannot be used; the message names file, key and expectation."""


@dataclass(frozen=True, slots=True)
class ClinicInfo:
    name: str = DEFAULT_CLINIC_NAME
    address: str = ""
    phone: str = ""
    timezone: str = DEFAULT_TIMEZONE
    logo: Path | None = None
    logo_png: bytes | None = None  # uploaded in the app (stored in the database)


MIN_WARNING_SECONDS = 20  # WCAG 2.2.1 (Timing Adjustable): at least 20 s to ask for more


@dataclass(frozen=True, slots=True)
class IdleSettings:
    patient_seconds: int = 90
    warning_seconds: int = 30
    nurse_seconds: int = 300


@dataclass(frozen=True, slots=True)
class StaffSettings:
    lockout_attempts: int = 3  # wrong PINs per station and account before waits begin
    lockout_minutes: int = 15  # the longest wait (docs/staff-security.md)
    pepper_path: Path = Path()
    pin_min_length: int = 6  # NIST SP 800-63B floor; a clinic may ask for more
    demo_pin_allowed: bool = False  # set only for the demo clinic (kiosk.cli.demo_settings)


@dataclass(frozen=True, slots=True)
class PrintSettings:
    default_printer: str | None = None
    paper: str = "letter"
    backend: str = "cups"
    folder: Path = Path()


@dataclass(frozen=True, slots=True)
class DatabaseTimeouts:
    """Bounds on every wait for a PostgreSQL server (``[database]`` in the file), in seconds.

    The defaults suit a clinic LAN: a healthy server answers a check-in in milliseconds, so a
    station that has heard nothing for these long gives up (the kiosk keeps the check-in in its
    outbox) and the server frees whatever a vanished station held.
    """

    connect_seconds: int = 5  # opening a connection, the handshake included
    keepalive_idle_seconds: int = 10  # TCP keepalives: first probe after this much silence
    keepalive_interval_seconds: int = 3
    keepalive_count: int = 3
    tcp_user_seconds: int = 15  # data sent but not acknowledged this long: the link is dead
    statement_seconds: int = 15  # server side: one statement
    lock_seconds: int = 10  # server side: waiting for a lock (the audit head, a visit row)
    idle_in_transaction_seconds: int = 15  # server side: a station silent inside a transaction
    action_seconds: int = 30  # client side: one whole user action on one connection


@dataclass(frozen=True, slots=True)
class Settings:
    clinic: ClinicInfo
    idle: IdleSettings
    staff: StaffSettings
    printing: PrintSettings
    languages: tuple[str, ...]
    database_url: str
    data_dir: Path
    station: str = "kiosk"
    source: Path | None = None  # the TOML file read, if any
    backups_keep: int = 7
    timeouts: DatabaseTimeouts = DatabaseTimeouts()
    station_name: str = ""  # this machine's name on the nurse station's outbox banner
    backup_key_path: Path | None = None  # the clinic's backup key, kept apart from data_dir
    # Keys the configuration file or the environment set ("clinic.name", "printing.paper",
    # "languages", ...): they win over what an administrator saved in the app (IT overrides).
    overridden: frozenset[str] = frozenset()

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME))


def sqlite_url_for(path: Path) -> str:
    return f"sqlite:///{path}"


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read the config file (if any) and apply environment overrides."""
    env = os.environ if environ is None else environ
    explicit = path or (
        Path(env["CLINIC_KIOSK_CONFIG"]) if env.get("CLINIC_KIOSK_CONFIG") else None
    )
    source = explicit or default_config_path()
    raw: dict[str, Any] = {}
    if source.exists():
        raw = _read_toml(source)
    elif explicit is not None:
        raise ConfigError(f"{source}: the configuration file does not exist")
    return _build(raw, source if source.exists() else None, env)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot be read: {exc.strerror}") from exc


class _Reader:
    """Typed access to one TOML table, with errors that name the file and the key."""

    def __init__(self, raw: Mapping[str, Any], source: Path | None, prefix: str = "") -> None:
        self.raw, self.source, self.prefix = raw, source, prefix

    def table(self, name: str) -> _Reader:
        value = self.raw.get(name, {})
        if not isinstance(value, Mapping):
            self.fail(name, "a table, e.g. [" + self.prefix + name + "]")
        return _Reader(value, self.source, f"{self.prefix}{name}.")

    def fail(self, key: str, expected: str) -> NoReturn:
        where = str(self.source) if self.source else "settings"
        got = self.raw.get(key)
        raise ConfigError(f"{where}: {self.prefix}{key} = {got!r}: expected {expected}")

    def string(self, key: str, default: str) -> str:
        value = self.raw.get(key, default)
        if not isinstance(value, str):
            self.fail(key, "text in quotes")
        return value

    def integer(self, key: str, default: int, low: int, high: int) -> int:
        value = self.raw.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.fail(key, f"a whole number from {low} to {high}")
        return value

    def choice(self, key: str, default: str, allowed: tuple[str, ...]) -> str:
        value = self.string(key, default)
        if value not in allowed:
            self.fail(key, "one of " + ", ".join(allowed))
        return value


def _build(raw: Mapping[str, Any], source: Path | None, env: Mapping[str, str]) -> Settings:
    top = _Reader(raw, source)
    clinic_t, idle_t, staff_t, print_t = (
        top.table(n) for n in ("clinic", "idle", "staff", "printing")
    )
    db_t = top.table("database")

    data_dir = Path(
        env.get("CLINIC_KIOSK_DATA_DIR") or top.string("data_dir", "") or default_data_dir()
    )
    zone = clinic_t.string("timezone", DEFAULT_TIMEZONE)
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        clinic_t.fail("timezone", "an IANA time zone name such as America/New_York")
    logo = clinic_t.string("logo", "")
    languages = top.raw.get("languages", list(LANGUAGES))
    if not isinstance(languages, list) or not languages or not set(languages) <= set(LANGUAGES):
        top.fail("languages", "a list drawn from " + ", ".join(LANGUAGES))
    default_printer = print_t.string("default_printer", "")

    overridden = {f"clinic.{key}" for key in CLINIC_KEYS if key in clinic_t.raw}
    overridden |= {f"printing.{key}" for key in ("default_printer", "paper") if key in print_t.raw}
    if "languages" in top.raw:
        overridden.add("languages")
    if env.get("CLINIC_KIOSK_PRINTER"):
        overridden.add("printing.default_printer")

    return Settings(
        overridden=frozenset(overridden),
        clinic=ClinicInfo(
            name=clinic_t.string("name", DEFAULT_CLINIC_NAME),
            address=clinic_t.string("address", ""),
            phone=clinic_t.string("phone", ""),
            timezone=zone,
            logo=Path(logo) if logo else None,
        ),
        idle=IdleSettings(
            patient_seconds=idle_t.integer("patient_seconds", 90, 10, 3600),
            # WCAG 2.2.1: a patient is warned at least 20 seconds before the time runs out.
            warning_seconds=idle_t.integer("warning_seconds", 30, MIN_WARNING_SECONDS, 600),
            nurse_seconds=idle_t.integer("nurse_seconds", 300, 30, 7200),
        ),
        staff=StaffSettings(
            lockout_attempts=staff_t.integer("lockout_attempts", 3, 1, 20),
            lockout_minutes=staff_t.integer("lockout_minutes", 15, 1, 1440),
            pin_min_length=staff_t.integer("pin_min_length", 6, 6, 12),
            pepper_path=Path(staff_t.string("pepper_file", "") or data_dir / "pepper.key"),
        ),
        printing=PrintSettings(
            default_printer=env.get("CLINIC_KIOSK_PRINTER") or default_printer or None,
            paper=print_t.choice("paper", "letter", PAPER_SIZES),
            backend=print_t.choice("backend", "cups", PRINT_BACKENDS),
            folder=Path(print_t.string("folder", "") or data_dir / "printed"),
        ),
        languages=tuple(languages),
        database_url=env.get("CLINIC_KIOSK_DB")
        or top.string("database_url", "")
        or sqlite_url_for(data_dir / "clinic.sqlite3"),
        data_dir=data_dir,
        station=top.choice("station", "kiosk", STATIONS),
        source=source,
        backups_keep=top.integer("backups_keep", 7, 1, 365),
        timeouts=_timeouts(db_t),
        station_name=_station_name(top, env),
        backup_key_path=_backup_key(top, env),
    )


def _timeouts(table: _Reader) -> DatabaseTimeouts:
    d = DatabaseTimeouts()
    return DatabaseTimeouts(
        connect_seconds=table.integer("connect_seconds", d.connect_seconds, 1, 300),
        keepalive_idle_seconds=table.integer(
            "keepalive_idle_seconds", d.keepalive_idle_seconds, 1, 3600
        ),
        keepalive_interval_seconds=table.integer(
            "keepalive_interval_seconds", d.keepalive_interval_seconds, 1, 600
        ),
        keepalive_count=table.integer("keepalive_count", d.keepalive_count, 1, 100),
        tcp_user_seconds=table.integer("tcp_user_seconds", d.tcp_user_seconds, 1, 3600),
        statement_seconds=table.integer("statement_seconds", d.statement_seconds, 1, 3600),
        lock_seconds=table.integer("lock_seconds", d.lock_seconds, 1, 3600),
        idle_in_transaction_seconds=table.integer(
            "idle_in_transaction_seconds", d.idle_in_transaction_seconds, 1, 3600
        ),
        action_seconds=table.integer("action_seconds", d.action_seconds, 2, 7200),
    )


def _station_name(top: _Reader, env: Mapping[str, str]) -> str:
    import socket

    name = env.get("CLINIC_KIOSK_STATION_NAME") or top.string("station_name", "")
    name = name.strip() or socket.gethostname() or "station"
    if len(name) > 64 or not name.isprintable():
        top.fail("station_name", "a printable name of at most 64 characters")
    return name


def _backup_key(top: _Reader, env: Mapping[str, str]) -> Path | None:
    key = env.get("CLINIC_KIOSK_BACKUP_KEY") or top.string("backup_key_file", "")
    return Path(key).expanduser() if key else None


EXAMPLE_CONFIG = """\
# clinic-kiosk configuration. Every key is optional; environment variables
# CLINIC_KIOSK_DB, CLINIC_KIOSK_CONFIG and CLINIC_KIOSK_DATA_DIR override.
station = "kiosk"                 # kiosk | nurse
# languages = ["en", "es"]        # normally chosen in the app's clinic setup
# database_url = "postgresql+psycopg://kiosk@db.clinic.lan/kiosk"
# data_dir = "/var/lib/clinic-kiosk"
backups_keep = 7
# station_name = "front-desk-1"   # shown on the nurse station's outbox banner (default: host name)
# backup_key_file = "/etc/clinic-kiosk/backup.key"   # encrypts backups; keep it off the data folder

[database]                        # PostgreSQL only: every wait is bounded (seconds)
connect_seconds = 5
statement_seconds = 15
lock_seconds = 10
idle_in_transaction_seconds = 15
action_seconds = 30               # one whole action on one connection, then the station gives up

# The clinic's details and the printer are normally set in the app (first-run setup, then
# Administration > Clinic / Printer). A key set here overrides the app's value for IT.
# [clinic]
# name = "Bright Skin Clinic"
# address = "1 Main Street"
# phone = "555-0100"
# timezone = "America/New_York"   # IANA zone name
# logo = "/etc/clinic-kiosk/logo.png"

[idle]
patient_seconds = 90              # "Do you need more time?" after this
warning_seconds = 30              # then the draft is wiped (20 at least)
nurse_seconds = 300               # nurse automatic sign-out

[staff]
lockout_attempts = 3              # wrong PINs on a station before it must wait (doubling)
lockout_minutes = 15              # the longest wait; an admin unlocks after 100 in a row
pin_min_length = 6                # digits; 6 to 12

[printing]
backend = "cups"                  # cups | qt | folder
# paper = "letter"                # letter | a4 (overrides the app's choice)
# default_printer = "FrontDesk"
"""
