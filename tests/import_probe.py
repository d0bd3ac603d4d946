"""What a fresh interpreter has loaded after some imports: for the tests that keep the core
free of Qt, the result types free of SQLAlchemy and the renderers loaded on first use."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def loaded_after_importing(modules: Sequence[str], watched: Sequence[str]) -> list[str]:
    """The modules in ``watched`` (a top-level package stands for all of it) that a new
    interpreter holds after importing ``modules``; fails the test if an import fails."""
    probe = (
        "import importlib, sys\n"
        f"for name in {list(modules)!r}:\n"
        "    importlib.import_module(name)\n"
        f"watched = {tuple(watched)!r}\n"
        "print(' '.join(sorted(m for m in sys.modules"
        " if m in watched or m.split('.')[0] in watched)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()
