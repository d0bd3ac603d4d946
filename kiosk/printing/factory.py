"""The print backend the settings ask for."""

from __future__ import annotations

from kiosk.config import Settings
from kiosk.printing.backends import PrintBackend, PrintError
from kiosk.printing.cups import CupsBackend
from kiosk.printing.folder import FolderBackend


def backend_for(settings: Settings, name: str | None = None) -> PrintBackend:
    """``settings.printing.backend`` (or ``name``) as a backend. The Qt backend needs the
    graphical app: ``ui.printing.qt_backend.QtPrintBackend``."""
    chosen = name or settings.printing.backend
    if chosen == "cups":
        return CupsBackend(paper=settings.printing.paper)
    if chosen == "folder":
        return FolderBackend(settings.printing.folder)
    if chosen == "qt":
        raise PrintError(
            "the 'qt' print backend works inside the graphical app only; "
            "use --backend cups or --backend folder here"
        )
    raise PrintError(f"unknown print backend {chosen!r} (choose cups, qt or folder)")
