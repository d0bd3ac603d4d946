"""Start-up child: the real kiosk start (ui.app.build_app, full screen, offscreen) with a paint
probe, which lives here and not in the program.

Usage: python benchmarks/children/kiosk_start.py first|ready
Prints ``painted <page> <time.monotonic()> <maxrss KiB>`` once ``first`` (the first page; on a
kiosk station the patient welcome) or ``ready`` (the station repainted once the database is
open) has painted, then exits 0. monotonic time is one clock for every process on the machine,
so the parent times the whole start, interpreter included.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kiosk.config import load_settings


def main(page: str) -> int:
    from PySide6.QtCore import QThreadPool

    from ui.app import build_app
    from ui.first_paint import AfterFirstPaint, with_descendants

    app, window, first = build_app(load_settings())

    def report() -> None:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"painted {page} {time.monotonic():.6f} {rss}", flush=True)
        QThreadPool.globalInstance().waitForDone()  # let a running start-up task finish
        window.opener_pool.waitForDone()
        app.exit(0)  # not quit(): the kiosk window refuses to close without staff

    if page == "first":
        AfterFirstPaint(with_descendants(first), report, fallback_ms=None, parent=window)
    else:

        def on_settled() -> None:
            home = window.patient or window.nurse
            if home is not None and window.stack.currentWidget() is home:
                home.update()  # painted again after the database opened, so the probe sees it
                AfterFirstPaint(with_descendants(home), report, fallback_ms=None, parent=window)
            else:
                print(f"failed start-up: {window.problem.body.text()}", flush=True)
                app.exit(3)

        window.settled.connect(on_settled)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "first"))
