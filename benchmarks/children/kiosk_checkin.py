"""Memory child: the real kiosk (offscreen, full screen, SQLite in CLINIC_KIOSK_DATA_DIR) takes
one complete check-in through its patient screens, then prints its peak memory and exits.

Prints ``checked-in <visit id> <maxrss KiB>``; on anything unexpected ``failed <step>`` and
exit status 3, so the benchmark never waits forever.
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.children.patient_walk import check_in
from kiosk.config import load_settings
from ui.main_window import MainWindow
from ui.patient.kiosk_view import PatientKiosk
from ui.theme import Theme

TIMEOUT_MS = 60_000


def main() -> int:
    app = QApplication(sys.argv[:1])
    theme = Theme(app)
    theme.apply()
    window = MainWindow(load_settings(), theme=theme)
    window.enter_kiosk_mode()

    def saved(receipt: object) -> None:
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"checked-in {getattr(receipt, 'visit_id', '?')} {rss}", flush=True)
        app.exit(0)

    def on_page() -> None:
        kiosk = window.patient
        if isinstance(kiosk, PatientKiosk) and window.stack.currentWidget() is kiosk:
            window.stack.currentChanged.disconnect(on_page)
            kiosk.checkin_saved.connect(saved)
            QTimer.singleShot(0, lambda: check_in(app, kiosk))
        elif window.stack.currentWidget() is window.problem:
            print(f"failed start-up: {window.problem.body.text()}", flush=True)
            app.exit(3)

    def give_up() -> None:
        step = window.patient.flow.step if window.patient is not None else "start-up"
        print(f"failed at {step}", flush=True)
        app.exit(3)

    window.stack.currentChanged.connect(on_page)
    QTimer.singleShot(TIMEOUT_MS, give_up)
    window.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
