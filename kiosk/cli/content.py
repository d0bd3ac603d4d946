"""``clinic-kiosk check-content`` and ``write-config``: the files a clinic edits."""

from __future__ import annotations

import argparse

from kiosk.cli.admin import guard
from kiosk.cli.context import OpenDb
from kiosk.config import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``check-content`` and ``write-config``."""
    check = sub.add_parser("check-content", help="validate the content files in every language")
    check.add_argument(
        "--lock", action="store_true", help="record new wording versions in the wording lock"
    )
    check.set_defaults(
        handler=guard(lambda args, settings, open_db: check_content(bool(args.lock)))
    )
    sub.add_parser("write-config", help="print an example configuration file").set_defaults(
        handler=write_config
    )


def check_content(lock: bool = False) -> int:
    """Valid files, and no wording changed under an unchanged version (the wording lock)."""
    from kiosk.content import validate_all
    from kiosk.content.loader import resolve_root
    from kiosk.content.wording_lock import check_wording

    bundles = validate_all()
    for note in check_wording(resolve_root(None), bundles, lock=lock):
        print(note)
    print("Content files are valid in every language")
    return 0


def write_config(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
    """The example configuration, on standard output for the operator to redirect."""
    from kiosk.config import EXAMPLE_CONFIG

    print(EXAMPLE_CONFIG, end="")
    return 0
