"""What a patient does on the real kiosk screens, and how a benchmark child waits for the kiosk.

Shared by the benchmark children (one check-in for memory, hundreds for the soak, timed steps
for latency). Waiting pumps Qt's event loop until a condition holds, with a deadline.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QEventLoop, QPointF
from PySide6.QtWidgets import QApplication

from kiosk.domain.checklist import Answer, Choice
from ui.patient.kiosk_view import PatientKiosk

SYLLABLES = ("bar", "ca", "del", "fer", "gar", "hil", "ja", "ko", "lan", "mar", "ro", "sa")


def surname(n: int) -> str:
    """A different surname for every ``n``: returning-patient lookups must not kick in."""
    parts = []
    while True:
        n, digit = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[digit])
        if n == 0:
            break
    return "".join(parts).capitalize() + "ez"


def wait_until(app: QApplication, ready: Callable[[], bool], seconds: float = 60.0) -> None:
    """Pump events until ``ready()``. Deferred deletions (``deleteLater``) are delivered too, as
    the running event loop of the real program delivers them: processEvents() called outside
    app.exec() leaves them queued, and every widget a screen replaced would look leaked."""
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError("the kiosk did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def sign(kiosk: PatientKiosk) -> None:
    pad = kiosk.sign.pad
    w, h = pad.width(), pad.height()
    pad.begin_stroke(QPointF(w * 0.1, h * 0.6))
    for i in range(1, 40):
        pad.extend_stroke(QPointF(w * (0.1 + 0.7 * i / 40), h * (0.6 - 0.25 * ((i % 8) / 8))))
    pad.end_stroke()


def check_in(
    app: QApplication, kiosk: PatientKiosk, first: str = "María José", last: str = "Núñez"
) -> None:
    """Start, name, birth date, every question, consent, signature, send."""
    kiosk.welcome.start.click()
    kiosk.names.first.setText(first)
    kiosk.names.last.setText(last)
    kiosk.names.primary.click()
    kiosk.birth.entry.set_value(29, 2, 1988)
    kiosk.birth.today_box.setChecked(True)
    kiosk.birth.primary.click()
    for item in kiosk.content.checklist.items:
        choice = Choice.NEVER if Choice.NEVER in kiosk.question.choice_buttons else Choice.NO
        kiosk.on_question_answered(Answer(item.key, choice))
    kiosk.review.primary.click()
    settle(app)
    kiosk.consent.scroll_to_end()
    for box in kiosk.consent.checks.values():
        box.setChecked(True)
    kiosk.consent.primary.click()
    kiosk.sign.name.setText(f"{first} {last}")
    settle(app)
    sign(kiosk)
    kiosk.sign.primary.click()
