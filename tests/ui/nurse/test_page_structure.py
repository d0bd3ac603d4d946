"""The station only assembles: pages call their own service through the one binding, emit
typed results, and refresh on one "visit changed" signal; no widget holds a session factory."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6.QtCore import QObject
from sqlalchemy.orm import sessionmaker

from kiosk.domain.aftercare import Area
from kiosk.domain.visit import Decision, VisitStatus
from kiosk.services.results.decisions import DecisionResult, ProcedureResult
from kiosk.services.results.visit import VisitBundle
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_queue_and_visit import check_in, open_visit
from ui.nurse.queue_model import Column

NURSE_UI = Path(__file__).resolve().parents[3] / "ui" / "nurse"


def test_no_nurse_module_reaches_for_a_session_or_the_storage() -> None:
    offenders = []
    for path in sorted(NURSE_UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = {alias.name for alias in node.names}
                if node.module.startswith(("kiosk.storage", "sqlalchemy")) or (
                    node.module == "kiosk.services.transactions"
                ):
                    offenders.append(f"{path.name}: from {node.module} import {names}")
    assert offenders == []


def test_no_widget_holds_a_session_factory(qtbot, make_station, nurse, session_factory) -> None:
    station = signed_in(qtbot, make_station(), nurse)
    holders = []
    for obj in [station, *station.findChildren(QObject)]:
        for name, value in vars(obj).items():
            if isinstance(value, sessionmaker) or value is session_factory:
                holders.append(f"{type(obj).__name__}.{name}")
    assert holders == []


def test_pages_emit_typed_results_and_refresh_on_one_signal(
    qtbot, make_station, nurse, session_factory
) -> None:
    visit_id = check_in(session_factory)
    station = signed_in(qtbot, make_station(poll_interval_ms=600_000), nurse)  # no timer poll
    qtbot.waitUntil(lambda: station.model.rowCount() == 1, timeout=5000)
    with qtbot.waitSignal(station.visit_page.loaded, timeout=5000) as loaded:
        open_visit(qtbot, station, visit_id)
    assert isinstance(loaded.args[0], VisitBundle)

    station.visit_page.decide_button.click()
    changed: list[int] = []
    station.context.visit_changed.connect(changed.append)
    with qtbot.waitSignal(station.decide_page.decided, timeout=5000) as decided:
        station.decide_page.clear_button.click()
    assert decided.args[0] == DecisionResult(visit_id, Decision.CLEAR, 2)
    assert changed == [visit_id]
    # One signal, every page: the visit page re-reads the visit, the queue asks at once.
    qtbot.waitUntil(lambda: station.bundle.detail.status is VisitStatus.CLEARED, timeout=5000)
    qtbot.waitUntil(lambda: station.model.index(0, Column.STATUS).data() == "Cleared", timeout=5000)

    station.visit_page.procedure_button.click()
    page = station.procedure_page
    qtbot.waitUntil(lambda: "Proposed" in page.session_hint.text(), timeout=5000)
    page.area_boxes[Area.FACE].setChecked(True)
    with qtbot.waitSignal(page.recorded, timeout=5000) as recorded:
        page.record_button.click()
    result = recorded.args[0]
    assert isinstance(result, ProcedureResult) and result.visit_id == visit_id
    qtbot.waitUntil(
        lambda: station.model.index(0, Column.STATUS).data() == "Completed", timeout=5000
    )
    qtbot.waitUntil(lambda: bool(station.bundle.detail.procedures), timeout=5000)
    assert station.bundle.detail.procedures[0].procedure_id == result.procedure_id
