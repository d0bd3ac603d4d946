"""Application bootstrap: one QApplication, one main window, painted before the database opens.

Nothing heavy is imported before the first frame, which on a kiosk station is the patient
welcome itself: SQLAlchemy loads on the worker that opens the database, after that frame.
Alembic loads only when the database needs migrating, reportlab and pypdf at the first
document, the nurse screens when staff first tap "Staff".
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from kiosk.config import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.main_window import MainWindow


class NoDisplayError(RuntimeError):
    pass


def check_display(environ: dict[str, str] | os._Environ[str] = os.environ) -> None:
    """Say how to get a screen instead of letting Qt abort with a core dump."""
    if not sys.platform.startswith("linux"):
        return
    if environ.get("QT_QPA_PLATFORM") or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return
    raise NoDisplayError(
        "no display found. Run it on the tablet's desktop session; on a headless machine use "
        "'xvfb-run -a clinic-kiosk --windowed' (Debian package xvfb), or set "
        "QT_QPA_PLATFORM=offscreen for a smoke test."
    )


def run_app(settings: Settings, *, windowed: bool = False) -> int:
    try:
        check_display()
    except NoDisplayError as exc:
        print(f"clinic-kiosk: {exc}", file=sys.stderr)
        return 2
    app, _window, _first = build_app(settings, windowed=windowed)
    return app.exec()


def build_app(
    settings: Settings, *, windowed: bool = False
) -> tuple[QApplication, MainWindow, QWidget]:
    """The application, its window showing the first page, and that page (which the benchmarks
    watch for its first paint). The database opens on a worker once that page has painted."""
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Clinic Kiosk")
    app.setOrganizationName("clinic-kiosk")
    from ui.theme import Theme

    theme = Theme(app)
    theme.apply()  # the one stylesheet, applied once; the patient's toggles recompose it
    window = MainWindow(settings, theme=theme)
    first = window.show_first_page()
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.enter_kiosk_mode()
    from ui.first_paint import AfterFirstPaint, with_descendants

    # The database worker starts once the first frame is up (see ui/first_paint.py).
    AfterFirstPaint(with_descendants(first), window.start, parent=window)
    return app, window, first
