"""The core never loads Qt: importing every kiosk module in a fresh interpreter loads no PySide6."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import kiosk

ROOT = Path(__file__).resolve().parents[1]


def all_kiosk_modules() -> list[str]:
    names = ["kiosk"]
    for info in pkgutil.walk_packages(kiosk.__path__, "kiosk."):
        if ".migrations" not in info.name:
            names.append(info.name)
    return names


def test_every_kiosk_module_imports_without_qt() -> None:
    modules = all_kiosk_modules()
    assert "kiosk.domain.checklist" in modules and "kiosk.cli" in modules
    probe = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "roots = ('PySide6', 'shiboken6', 'ui')\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in roots)\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"kiosk modules loaded Qt/ui: {result.stdout}"
