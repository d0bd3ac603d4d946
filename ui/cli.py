"""Entry point of ``clinic-kiosk``: the core CLI plus the Qt launcher the core must not import."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from kiosk.cli import main as core_main
from kiosk.config import Settings


def launch(settings: Settings, args: argparse.Namespace) -> int:
    from ui.app import run_app  # Qt is imported only when a window is really wanted

    return run_app(settings, windowed=args.windowed)


def main(argv: Sequence[str] | None = None) -> int:
    return core_main(argv, launch=launch)


if __name__ == "__main__":
    sys.exit(main())
