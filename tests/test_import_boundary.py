"""The core never loads Qt: importing every kiosk module in a fresh interpreter loads no PySide6."""

import pkgutil

import kiosk
from tests.import_probe import loaded_after_importing


def all_kiosk_modules() -> list[str]:
    names = ["kiosk"]
    for info in pkgutil.walk_packages(kiosk.__path__, "kiosk."):
        if ".migrations" not in info.name:
            names.append(info.name)
    return names


def test_every_kiosk_module_imports_without_qt() -> None:
    modules = all_kiosk_modules()
    assert "kiosk.domain.checklist" in modules and "kiosk.cli" in modules
    loaded = loaded_after_importing(modules, ("PySide6", "shiboken6", "ui"))
    assert loaded == [], f"kiosk modules loaded Qt/ui: {loaded}"
