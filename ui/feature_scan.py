"""Make PySide6's per-import source scan cheap: ~35 ms and ~15 MB less at every start.

Once PySide6 is loaded, shiboken's import hook calls ``shibokensupport.feature.feature_imported``
for every module imported afterwards, which asks ``inspect.getsource(module)`` whether the text
contains "PySide6" (to decide whether ``from __feature__ import ...`` may switch that module).
``inspect`` goes through ``linecache``, which keeps every line of every such module for the rest
of the process: SQLAlchemy alone is ~240 files, 250,000 lines, ~9 MB of text split into a quarter
of a million strings. Reading the file's bytes gives the same answer and keeps nothing.
(A PyInstaller bundle has no source files, so there the scan already found nothing to read.)

The replacement keeps the upstream answer for everything it cannot read as a plain ``.py`` file.
The kiosk uses no ``__feature__`` switches, so even a wrong answer would change nothing, but the
answer stays the same.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_clinic_kiosk_reads_bytes"


def lighten_pyside_import_scan() -> bool:
    """Install the byte-reading scan once PySide6 is imported; True if it is (now) in place.

    A PySide6 without this internal (older or newer than the 6.x line it was written for)
    is left alone.
    """
    import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature)

    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(upstream):
        return False
    if getattr(upstream, _MARK, False):
        return True
    feature._mod_uses_pyside = _reading_bytes(upstream)
    return True


def _reading_bytes(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    setattr(mod_uses_pyside, _MARK, True)
    return mod_uses_pyside
