"""Soak child: the real kiosk (MainWindow, offscreen, SQLite in CLINIC_KIOSK_DATA_DIR) takes N
check-ins through its patient screens in one process, each back to the welcome screen.

Usage: python benchmarks/children/soak_kiosk.py N
Prints one line per action: ``action <n> <seconds> <rss KiB> <live objects or -1>``
(live objects counted every 25th action: counting them takes a while), then ``done``.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from benchmarks.children.patient_walk import check_in, surname, wait_until
from kiosk.config import load_settings
from ui.main_window import MainWindow
from ui.patient.flow import Step
from ui.theme import Theme

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_kib() -> int:
    """The resident set now (not the peak): what a week of use would grow."""
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE // 1024


def main(n: int) -> int:
    app = QApplication(sys.argv[:1])
    theme = Theme(app)
    theme.apply()
    window = MainWindow(load_settings(), theme=theme)
    window.resize(1280, 800)
    window.show_first_page()
    window.show()
    window.start()
    wait_until(app, lambda: window.store is not None)
    kiosk = window.patient
    assert kiosk is not None
    saved: list[object] = []
    kiosk.checkin_saved.connect(saved.append)
    for number in range(1, n + 1):
        start = time.perf_counter()
        check_in(app, kiosk, "Ana", surname(number))
        wait_until(app, lambda number=number: len(saved) == number)
        kiosk.done_timer.stop()
        kiosk.wipe()  # what the done screen's timer does
        wait_until(app, lambda: kiosk.flow.step is Step.WELCOME)
        seconds = time.perf_counter() - start
        objects = len(gc.get_objects()) if number % 25 == 0 else -1
        print(f"action {number} {seconds:.4f} {rss_kib()} {objects}", flush=True)
    print("done", flush=True)
    QThreadPool.globalInstance().waitForDone(30000)  # as the window's closeEvent does
    window.opener_pool.waitForDone(30000)
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 300))
