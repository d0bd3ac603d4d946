"""A station that lasts the week: visit pages, task relays and previews do not pile up.

Counted with the collector's own list of objects, after a warm-up, over a hundred actions:
before the relays were freed, a hundred visit pages left about 3,200 objects behind.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QThreadPool

from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_queue_and_visit import check_in, open_visit
from ui.tasks import run_task


def settled_count(qtbot) -> int:
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)  # queued answers and deferred deletes
    gc.collect()
    return len(gc.get_objects())


def test_a_hundred_visit_pages_leave_almost_nothing_behind(
    qtbot, make_station, nurse, session_factory
):
    visits = [check_in(session_factory, first_name="Ana", last_name=f"P{n}") for n in range(2)]
    station = signed_in(qtbot, make_station(poll_interval_ms=600_000), nurse)
    for number in range(20):  # warm-up: caches, fonts, icons
        open_visit(qtbot, station, visits[number % 2])
    before = settled_count(qtbot)
    for number in range(100):
        open_visit(qtbot, station, visits[number % 2])
    grown = settled_count(qtbot) - before
    assert grown < 600, f"{grown} objects more after 100 visit pages"  # ~3,200 when leaking


def test_task_relays_are_freed(qtbot):
    answers: list[int] = []
    for number in range(20):
        run_task(lambda n=number: n, answers.append, lambda exc: None)
    qtbot.waitUntil(lambda: len(answers) == 20, timeout=5000)
    before = settled_count(qtbot)
    for number in range(200):
        run_task(lambda n=number: n, answers.append, lambda exc: None)
    qtbot.waitUntil(lambda: len(answers) == 220, timeout=10000)
    grown = settled_count(qtbot) - before
    assert grown < 200, f"{grown} objects more after 200 tasks"  # ~3,000 when they leaked
