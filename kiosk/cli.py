"""``clinic-kiosk``: what IT staff run the clinic with.

Every command exits non-zero with one clear line on error, never a traceback. Launching the
Qt front end is handed in as a callable by ``ui.cli`` so that this core module never imports Qt.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import __version__
from kiosk.config import ConfigError, Settings, load_settings, sqlite_url_for

if TYPE_CHECKING:
    from kiosk.storage import Database

Launcher = Callable[[Settings, argparse.Namespace], int]
log = logging.getLogger("kiosk.cli")


class CommandError(Exception):
    """A failure worth one line to the operator; exit status 2 unless given."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clinic-kiosk",
        description="Check-in kiosk and nurse station for micro-needling clinics.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--config", type=Path, help="configuration file (TOML)")
    parser.add_argument(
        "--demo", action="store_true", help="use the separate demo database (see 'demo')"
    )
    parser.add_argument("--station", choices=("kiosk", "nurse"), help="which station to launch")
    parser.add_argument(
        "--windowed", action="store_true", help="a normal window instead of full screen"
    )
    parser.add_argument(
        "--self-check",
        action="store_true",
        help="open the database, validate content, render a sample sheet, then exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("init-db", help="create or migrate the database")

    staff = sub.add_parser("staff", help="manage staff accounts").add_subparsers(
        dest="staff_command", metavar="ACTION", required=True
    )
    add = staff.add_parser("add", help="add a staff member (PIN asked twice, or read from stdin)")
    add.add_argument("name")
    add.add_argument("--role", choices=("nurse", "admin"), default="nurse")
    staff.add_parser("list", help="list staff accounts")
    disable = staff.add_parser("disable", help="disable a staff account")
    disable.add_argument("staff_id", type=int)
    reset = staff.add_parser(
        "reset-pin", help="set a new PIN (asked twice, or from stdin); also unlocks"
    )
    reset.add_argument("staff_id", type=int)
    unlock = staff.add_parser("unlock", help="unlock an account locked after wrong PINs")
    unlock.add_argument("staff_id", type=int)

    sub.add_parser("demo", help="(re)create the demo database with a demo clinic and check-ins")

    audit = sub.add_parser("audit", help="the audit log").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    verify = audit.add_parser(
        "verify", help="check the keyed audit chain and re-derive every visit's signed record"
    )
    verify.add_argument(
        "--full", action="store_true", help="check everything, not only since the checkpoint"
    )

    from kiosk import cli_backup

    cli_backup.register(sub)  # backup, restore, backup-key

    check = sub.add_parser("check-content", help="validate the content files in every language")
    check.add_argument(
        "--lock", action="store_true", help="record new wording versions in the wording lock"
    )
    sub.add_parser("write-config", help="print an example configuration file")

    _register_documents(sub)
    return parser


def _register_documents(sub: argparse._SubParsersAction) -> None:
    try:
        from kiosk import cli_documents
    except ImportError:  # the documents room's commands are optional for the core CLI
        return
    cli_documents.register(sub)


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


def main(argv: Sequence[str] | None = None, launch: Launcher | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = resolve_settings(args)
        return _dispatch(args, settings, launch)
    except _operator_errors() as exc:  # evaluated only when something was raised
        print(f"clinic-kiosk: {exc}", file=sys.stderr)
        return getattr(exc, "status", 2)
    except KeyboardInterrupt:
        print("clinic-kiosk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # the last line of defence: one line, details in the log
        log.debug("unexpected failure", exc_info=True)
        print(f"clinic-kiosk: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def _operator_errors() -> tuple[type[BaseException], ...]:
    """Failures that deserve one line, not a traceback; imported late to keep start-up light."""
    from kiosk.content.errors import ContentError
    from kiosk.storage.database import DatabaseUnavailable

    return (CommandError, ConfigError, ContentError, DatabaseUnavailable)


def _dispatch(args: argparse.Namespace, settings: Settings, launch: Launcher | None) -> int:
    from kiosk import cli_admin

    if args.self_check:
        from kiosk.selfcheck import run_self_check

        return run_self_check(settings, out=sys.stdout)
    if args.command is None:
        if launch is None:
            raise CommandError("the graphical kiosk is started by the 'clinic-kiosk' program")
        return launch(settings, args)
    if args.command == "write-config":
        from kiosk.config import EXAMPLE_CONFIG

        print(EXAMPLE_CONFIG, end="")
        return 0
    if hasattr(args, "handler"):  # commands registered by kiosk.cli_documents
        return args.handler(args, settings, lambda: open_db(settings))
    return cli_admin.run(args, settings, lambda: open_db(settings), read_pin=read_pin)


def read_pin(prompt: str = "PIN") -> str:
    """Twice at a terminal (hidden); one line from standard input otherwise (for scripts)."""
    if sys.stdin.isatty():
        first = getpass.getpass(f"{prompt}: ")
        second = getpass.getpass(f"{prompt} again: ")
        if first != second:
            raise CommandError("the two PINs differ; nothing was changed")
        return first
    line = sys.stdin.readline()
    if not line:
        raise CommandError("no PIN on standard input; nothing was changed")
    return line.strip()
