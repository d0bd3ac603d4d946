"""Reading a PIN: hidden and twice at a terminal, one line from standard input in a script."""

from __future__ import annotations

import getpass
import sys

from kiosk.cli.errors import CommandError


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
