"""Work around PySide6 6.12 on CPython 3.11 dropping a reference to ``None`` on every call.

Every call of a binding that returns nothing (``widget.resize(...)``, ``setText(...)``,
``app.setStyleSheet(...)``) hands back ``None`` without the reference it owes, so ``None``'s
reference count falls by one per call; it starts near 5 000, and when it reaches zero CPython
aborts ("none_dealloc: deallocating None"). A kiosk makes that many calls in minutes.
``True`` and ``False`` (returned by event filters and ``event()`` overrides) lose references the
same way. CPython 3.12 made these singletons immortal (PEP 683), which hides the bug there.
On 3.11 we lift their
counts far out of reach once at start-up; they are never freed in any case.
"""

from __future__ import annotations

import ctypes
import sys

_LIFT = 1 << 40
_done = False


def keep_none_alive() -> None:
    """Idempotent; a no-op where ``None`` is already immortal or not reference counted."""
    global _done
    if _done or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _LIFT
    _done = True
