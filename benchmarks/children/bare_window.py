"""Baseline child: a bare PySide6 window showing one label, full screen, offscreen.

Prints ``painted bare <time.monotonic()> <maxrss KiB>`` after its first paint, then exits;
the kiosk's start child (kiosk_start.py) prints the same line for the kiosk.
"""

import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class PaintProbe(QObject):
    fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"painted bare {time.monotonic():.6f} {rss}", flush=True)
    app.exit(0)


app = QApplication(sys.argv[:1])
label = QLabel("Welcome")
probe = PaintProbe()
label.installEventFilter(probe)
label.showFullScreen()
sys.exit(app.exec())
