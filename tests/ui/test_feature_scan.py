"""PySide6's per-import scan reads bytes instead of filling linecache, with the same answers."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ui.feature_scan import _reading_bytes, lighten_pyside_import_scan

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "name",
    [
        "ui.app",  # says PySide6
        "ui.main_window",
        "kiosk.config",  # does not
        "json",  # a package from the standard library
        "sys",  # built in: no file
        "_json",  # an extension module: no source
        "PySide6.QtCore",  # an extension module that is PySide6
    ],
)
def test_same_answer_as_upstream(name: str) -> None:
    import importlib

    module = importlib.import_module(name)
    upstream = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert _reading_bytes(upstream)(module) == _upstream_answer(module)


def _upstream_answer(module: object) -> bool:
    """What shiboken's own scan says: "PySide6" in inspect.getsource(module)."""
    import inspect

    try:
        return "PySide6" in inspect.getsource(module)  # type: ignore[arg-type]
    except (TypeError, OSError, SyntaxError):
        return False


PROBE = """
import json, linecache, sys
from PySide6.QtWidgets import QApplication
from ui.feature_scan import lighten_pyside_import_scan
installed = lighten_pyside_import_scan()
again = lighten_pyside_import_scan()
from sqlalchemy.orm import Session
from ui.main_window import MainWindow
feature = sys.modules["shibokensupport.feature"]
cached = [f for f in linecache.cache if "sqlalchemy" in f]
print(json.dumps({
    "installed": installed and again,
    "cached": len(cached),
    "ui_main_window": feature.pyside_feature_dict.get("ui.main_window"),
    "sqlalchemy_orm": feature.pyside_feature_dict.get("sqlalchemy.orm"),
}))
"""


def test_imports_after_it_leave_no_source_in_linecache() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"installed": True, "cached": 0, "ui_main_window": 0, "sqlalchemy_orm": -1}


def test_installing_twice_wraps_once() -> None:
    assert lighten_pyside_import_scan()
    first = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert lighten_pyside_import_scan()
    assert sys.modules["shibokensupport.feature"]._mod_uses_pyside is first
