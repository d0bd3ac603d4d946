"""``clinic-kiosk``: what IT staff run the clinic with.

The parser is assembled from ``COMMANDS``, a tuple of command modules; each exposes
``register(subparsers)``, which adds its parser(s) and sets ``handler(args, settings, open_db)``
with ``set_defaults``. The modules import only ``kiosk.cli.errors``, ``.context`` and ``.prompts``,
never this package, so the command line has no import circle.

Every command exits non-zero with one clear line on error, never a traceback. Launching the
Qt front end is handed in as a callable by ``ui.cli`` so that this core module never imports Qt.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk import __version__
from kiosk.cli import admin, backup, content, documents
from kiosk.cli.context import demo_settings, open_db, resolve_settings
from kiosk.cli.errors import CommandError
from kiosk.cli.prompts import read_pin
from kiosk.config import ConfigError, Settings

__all__ = [
    "COMMANDS",
    "CommandError",
    "build_parser",
    "demo_settings",
    "main",
    "open_db",
    "read_pin",
    "resolve_settings",
]

Launcher = Callable[[Settings, argparse.Namespace], int]
log = logging.getLogger("kiosk.cli")

# In the order ``clinic-kiosk --help`` lists them.
COMMANDS = (admin, backup, content, documents)


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
    for module in COMMANDS:
        module.register(sub)
    return parser


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
    if args.self_check:
        from kiosk.selfcheck import run_self_check

        return run_self_check(settings, out=sys.stdout)
    if args.command is None:
        if launch is None:
            raise CommandError("the graphical kiosk is started by the 'clinic-kiosk' program")
        return launch(settings, args)
    handled: int = args.handler(args, settings, lambda: open_db(settings))
    return handled
