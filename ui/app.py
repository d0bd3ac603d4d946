"""Application bootstrap: one QApplication, one main window, painted before the database opens.

Nothing heavy is imported before the first frame, which on a kiosk station is the patient
welcome itself: SQLAlchemy loads on the worker that opens the database, after that frame.
Alembic loads only when the database needs migrating, reportlab and pypdf at the first
document, the nurse screens when staff first tap "Staff".
"""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from kiosk.config import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.main_window import MainWindow


PAINT_PROBE_ENV = "CLINIC_KIOSK_PAINT_PROBE"
"""Benchmarks only (off by default): ``first`` or ``ready``.  The app prints
``painted <page> <time.monotonic()> <maxrss KiB>`` once that page has painted, then quits."""


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

    from ui.widgets.none_refcount import keep_none_alive

    keep_none_alive()  # before any Qt call: PySide6 6.12 on CPython 3.11 leaks None references
    gc.disable()  # already for the imports below, until start-up settles: hold_gc_until_started
    from PySide6.QtWidgets import QApplication

    from ui.feature_scan import lighten_pyside_import_scan

    lighten_pyside_import_scan()  # before the app's own and SQLAlchemy's modules are imported
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Clinic Kiosk")
    app.setOrganizationName("clinic-kiosk")
    from ui.theme import Theme

    theme = Theme(app)
    theme.apply()  # the one stylesheet, applied once; the patient's toggles recompose it
    window = MainWindow(settings, theme=theme)
    hold_gc_until_started(window)
    first = window.show_first_page()
    if windowed:
        window.resize(1280, 800)
        window.show()
    else:
        window.enter_kiosk_mode()
    from ui.first_paint import AfterFirstPaint, with_descendants

    # The database worker starts once the first frame is up (see ui/first_paint.py).
    AfterFirstPaint(with_descendants(first), window.start, parent=window)
    probe = os.environ.get(PAINT_PROBE_ENV)
    if probe:
        _install_paint_probe(app, window, first, probe)
    return app.exec()


def hold_gc_until_started(window: MainWindow, fallback_ms: int = 30_000) -> None:
    """Keep the cyclic garbage collector off until the database has opened (or failed to).

    Start-up allocates ~75,000 long-lived objects (modules, classes, SQLAlchemy's mappers,
    widgets) and almost no garbage (~500 objects), yet the collector ran ~170 times over them,
    ~45 ms of the start. Once start-up has settled the survivors are frozen (never scanned
    again, so no full collection stalls a patient's tap later) and collection resumes. The
    fallback re-enables it if start-up never settles.
    """
    from PySide6.QtCore import QTimer

    gc.disable()

    def resume() -> None:
        if gc.isenabled():
            return
        gc.freeze()
        gc.enable()

    window.settled.connect(resume)
    QTimer.singleShot(fallback_ms, window, resume)


def _install_paint_probe(app: QApplication, window: MainWindow, first: QWidget, page: str) -> None:
    """Report when ``page`` has painted: ``first`` the first page (on a kiosk station that is
    the patient welcome), ``ready`` the station repainted once the database is open.

    Prints ``painted <page> <time.monotonic()> <maxrss KiB>``, then quits; monotonic time is
    one clock for all processes on the machine, so a parent can time the whole start.
    """
    import resource
    import time

    from PySide6.QtCore import QThreadPool

    from ui.first_paint import AfterFirstPaint, with_descendants

    def report() -> None:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"painted {page} {time.monotonic():.6f} {rss}", flush=True)
        QThreadPool.globalInstance().waitForDone()  # let a running start-up task finish
        window.opener_pool.waitForDone()
        app.exit(0)  # not quit(): the kiosk window refuses to close without staff

    if page == "first":
        AfterFirstPaint(with_descendants(first), report, fallback_ms=None, parent=window)
        return

    def on_settled() -> None:
        home = window.patient or window.nurse
        if home is not None and window.stack.currentWidget() is home:
            home.update()  # painted again after the database opened, so the probe sees it
            AfterFirstPaint(with_descendants(home), report, fallback_ms=None, parent=window)

    window.settled.connect(on_settled)
