"""The nurse station's look, read from ``resources/style/nurse.qss``.

Scoped under ``#nurseStation`` and set on the station itself, so it never leaks into the
patient kiosk (whose sheet is scoped under ``#patientKiosk``). Widgets carry object names and
dynamic properties (a message line's ``kind``, a flag's ``outcome``); the sheet colours them.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtWidgets import QWidget

from kiosk.paths import resources_dir


@cache
def nurse_stylesheet() -> str:
    return (resources_dir() / "style" / "nurse.qss").read_text(encoding="utf-8")


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Change a property the sheet selects on, and have the sheet look again."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
