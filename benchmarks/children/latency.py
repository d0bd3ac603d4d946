"""Latency child: how long a tap takes to show the next screen, on the real kiosk and the real
nurse station, against a bare QStackedWidget switch, all in this one process (offscreen).

Usage: python benchmarks/children/latency.py WALKS
Every measurement runs from the tap (a button's click, or the station's own action) to the next
screen current and painted once with its content (a synchronous repaint of that screen, the same
for the baseline); the thank-you screen includes storing the check-in, a visit page reading the
visit. Prints one JSON object: {label: [seconds, ...]}.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget

from benchmarks.children.patient_walk import settle, sign, surname, wait_until
from benchmarks.children.soak_nurse import PIN, prepare
from kiosk.config import load_settings
from kiosk.domain.checklist import Choice
from ui.main_window import MainWindow
from ui.patient.flow import Step
from ui.patient.kiosk_view import PatientKiosk
from ui.stations import build_nurse
from ui.theme import Theme

BASELINE = "bare QStackedWidget switch"
Samples = dict[str, list[float]]


def timed(
    app: QApplication,
    samples: Samples,
    label: str,
    tap: Callable[[], object],
    ready: Callable[[], bool],
    screen: Callable[[], QWidget | None],
) -> None:
    start = time.perf_counter()
    tap()
    wait_until(app, ready)
    shown = screen()
    if shown is not None:
        shown.repaint()
    samples.setdefault(label, []).append(time.perf_counter() - start)


def bare_switches(app: QApplication, samples: Samples, n: int) -> None:
    stack = QStackedWidget()
    pages = [QLabel("Welcome"), QLabel("Your name")]
    for page in pages:
        stack.addWidget(page)
    stack.resize(1280, 800)
    stack.show()
    settle(app)
    for i in range(n):
        target = pages[(i + 1) % 2]
        timed(
            app,
            samples,
            BASELINE,
            lambda target=target: stack.setCurrentWidget(target),
            lambda target=target: stack.currentWidget() is target,
            lambda target=target: target,
        )
    stack.close()


def patient_walk(app: QApplication, kiosk: PatientKiosk, samples: Samples, number: int) -> None:
    def at(step: Step) -> Callable[[], bool]:
        return lambda: kiosk.flow.step is step

    def current() -> QWidget | None:
        return kiosk.current_screen

    def step(label: str, tap: Callable[[], object], ready: Callable[[], bool]) -> None:
        timed(app, samples, f"patient: {label}", tap, ready, current)

    step("welcome -> your name", kiosk.welcome.start.click, at(Step.NAMES))
    kiosk.names.first.setText("Ana")
    kiosk.names.last.setText(surname(number))
    step("your name -> date of birth", kiosk.names.primary.click, at(Step.BIRTH))
    kiosk.birth.entry.set_value(29, 2, 1988)
    kiosk.birth.today_box.setChecked(True)
    items = kiosk.content.checklist.items
    step("date of birth -> first question", kiosk.birth.primary.click, at(Step.QUESTION))
    for index, item in enumerate(items):
        choice = Choice.NEVER if Choice.NEVER in kiosk.question.choice_buttons else Choice.NO
        last = index == len(items) - 1
        button = kiosk.question.choice_buttons[choice]
        if last:
            step("last question -> review", button.click, at(Step.REVIEW))
        else:
            step(
                "question -> next question",
                button.click,
                lambda index=index: kiosk.flow.question_index == index + 1,
            )
        del item
    step("review -> consent", kiosk.review.primary.click, at(Step.CONSENT))
    kiosk.consent.scroll_to_end()
    for box in kiosk.consent.checks.values():
        box.setChecked(True)
    step("consent -> signature", kiosk.consent.primary.click, at(Step.SIGN))
    kiosk.sign.name.setText(f"Ana {surname(number)}")
    settle(app)
    sign(kiosk)
    step("signature -> thank you (check-in stored)", kiosk.sign.primary.click, at(Step.DONE))
    kiosk.done_timer.stop()
    kiosk.wipe()
    wait_until(app, at(Step.WELCOME))


def nurse_actions(app: QApplication, settings, store, samples: Samples, n: int) -> None:
    code, visits, completed = prepare(settings, store, n)
    n = min(n, len(completed))
    station = build_nurse(settings, store)
    station.resize(1280, 800)
    station.show()
    page = station.signin_page
    for i in range(n):
        wait_until(app, lambda: station.stack.currentWidget() is page)
        page.reset()
        for digit in code + PIN:
            page.pinpad.digit_buttons[digit].click()
        timed(
            app,
            samples,
            "nurse: PIN entered -> today's queue",
            page.pinpad.ok_button.click,
            lambda: station.staff is not None and station.model.rowCount() > 0,
            lambda: station.queue_page,
        )
        visit = visits[(i * 7) % len(visits)]
        timed(
            app,
            samples,
            "nurse: queue -> a visit's page",
            lambda visit=visit: station.open_visit(visit),
            lambda visit=visit: (
                station.bundle is not None
                and station.bundle.detail.visit_id == visit
                and station.stack.currentWidget() is station.visit_page
            ),
            lambda: station.visit_page,
        )
        timed(
            app,
            samples,
            "nurse: visit page -> queue",
            station.show_queue,
            lambda: station.stack.currentWidget() is station.queue_page,
            lambda: station.queue_page,
        )
        station.open_visit(completed[i])
        wait_until(
            app,
            lambda i=i: (
                station.bundle is not None and station.bundle.detail.visit_id == completed[i]
            ),
        )
        before = station.preview_dialog
        timed(
            app,
            samples,
            "nurse: aftercare -> preview shown (sheet rendered)",
            station.visit_page.aftercare_button.click,
            lambda before=before: (
                station.preview_dialog is not None
                and station.preview_dialog is not before
                and station.preview_dialog.isVisible()
            ),
            lambda: station.preview_dialog,
        )
        station.preview_dialog.reject()
        station.sign_out()
    station.stop()


def main(walks: int) -> int:
    app = QApplication(sys.argv[:1])
    theme = Theme(app)
    theme.apply()
    samples: Samples = {}
    settings = load_settings()
    window = MainWindow(settings, theme=theme)
    window.resize(1280, 800)
    window.show_first_page()
    window.show()
    window.start()
    wait_until(app, lambda: window.store is not None)
    kiosk = window.patient
    assert kiosk is not None and window.store is not None
    patient_walk(app, kiosk, samples, 0)  # warm-up: first use builds and loads
    samples.clear()
    for number in range(1, walks + 1):
        bare_switches(app, samples, 10)
        patient_walk(app, kiosk, samples, number)
    nurse_actions(app, settings, window.store, samples, max(5, walks // 2))
    print(json.dumps(samples), flush=True)
    QThreadPool.globalInstance().waitForDone(30000)  # as the window's closeEvent does
    window.opener_pool.waitForDone(30000)
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
