"""An honest queue: every cell and title shown whole from the first paint, in both
orientations and both languages; the order said as it is; header clicks sort; a completed
visit leaves the flagged block; a double-click opens the visit once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, QRect, Qt, QThreadPool
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QApplication

from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.visit import Decision, VisitStatus
from kiosk.services.audit_log import list_events
from kiosk.services.review import decide
from tests.fixtures.database import fixed_clock
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_queue_and_visit import check_in
from ui.i18n import LanguageSwitcher
from ui.nurse.queue_model import VISIT_ID_ROLE, Column

Type = QEvent.Type
LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier
SIZES = {"landscape": (1280, 800), "portrait": (800, 1280)}
FLAGGED = {
    "retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, 1),
    "sunburn": Answer("sunburn", Choice.YES, 0),
    "active_acne": Answer("active_acne", Choice.NOT_SURE),
}


def fits(text: str, metrics: QFontMetrics, width: int, height: int, wrap: bool) -> bool:
    """Does ``text`` show whole in a box of ``width`` x ``height``?"""
    if not wrap:
        return metrics.horizontalAdvance(text) <= width
    flags = int(Qt.TextFlag.TextWordWrap.value)
    box = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
    return box.width() <= width and box.height() <= height


def cut_short(station) -> list[str]:
    """Every cell and column title (but the name) that would not show whole."""
    table = station.queue_page.table
    header = table.horizontalHeader()
    model = station.model
    wrap = table.wordWrap()
    metrics = QFontMetrics(table.font())
    title_font = header.font()
    title_font.setBold(True)
    title_metrics = QFontMetrics(title_font)
    problems = []
    for column in (Column.TIME, Column.DATE_OF_BIRTH, Column.STATUS, Column.FLAGS):
        width = header.sectionSize(column)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if not fits(title, title_metrics, width - 16, header.height() - 8, wrap):
            problems.append(f"title {title!r} in {width}px")
        icon = table.iconSize().width() + 8 if column is Column.FLAGS else 0
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            room = width - 12 - icon
            if not fits(text, metrics, room, table.rowHeight(row) - 6, wrap):
                problems.append(f"{text!r} in {room}px")
    return problems


@pytest.fixture
def spanish(qapp):
    switcher = LanguageSwitcher()
    assert switcher.set_language("es")
    yield
    switcher.set_language("en")


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_cell_shows_whole_from_the_first_paint(
    qtbot, make_station, nurse, session_factory, orientation, language, request
):
    if language == "es":
        request.getfixturevalue("spanish")
    for number, (key, answer) in enumerate(FLAGGED.items()):
        check_in(session_factory, first_name="Ana", last_name=f"P{number}", answers={key: answer})
    check_in(session_factory, first_name="Bea", last_name="Clear")
    station = make_station(poll_interval_ms=600_000)  # no poll: only the first load paints
    station.resize(*SIZES[orientation])
    signed_in(qtbot, station, nurse)
    qtbot.waitUntil(lambda: station.model.rowCount() == 4, timeout=5000)
    qtbot.wait(1)  # one turn of the event loop: the first paint
    assert cut_short(station) == []
    table = station.queue_page.table
    assert table.horizontalHeader().length() <= table.viewport().width()  # no sideways scroll


@pytest.fixture
def larger_type(qapp):
    """The station's own 12 pt type on every widget (a clinic's platform may propagate it)."""
    before = QApplication.font()
    larger = QFont(before)
    larger.setPointSize(12)
    QApplication.setFont(larger)
    yield
    QApplication.setFont(before)


@pytest.mark.parametrize("language", ["en", "es"])
def test_cells_show_whole_upright_in_larger_type(
    qtbot, larger_type, make_station, nurse, session_factory, language, request
):
    test_every_cell_shows_whole_from_the_first_paint(
        qtbot, make_station, nurse, session_factory, "portrait", language, request
    )


def test_the_order_is_said_and_a_header_click_sorts(qtbot, make_station, nurse, session_factory):
    check_in(session_factory, first_name="Zoe", last_name="Zapata")
    check_in(session_factory, first_name="Ana", last_name="Alonso")
    flagged = check_in(
        session_factory, first_name="Mia", last_name="Moreno", answers=dict([FLAGGED.popitem()])
    )
    station = signed_in(qtbot, make_station(), nurse)
    qtbot.waitUntil(lambda: station.model.rowCount() == 3, timeout=5000)
    page = station.queue_page
    header = page.table.horizontalHeader()
    assert station.model.index(0, 0).data(VISIT_ID_ROLE) == flagged
    assert page.order_note.text().startswith("Needs attention first")
    assert not header.isSortIndicatorShown()

    def names() -> list[str]:
        return [station.model.index(r, Column.NAME).data() for r in range(3)]

    header.sectionClicked.emit(Column.NAME)
    assert names() == ["Ana Alonso", "Mia Moreno", "Zoe Zapata"]
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == Column.NAME
    assert page.order_note.text() == "Sorted by Name, ascending."
    header.sectionClicked.emit(Column.NAME)
    assert names() == ["Zoe Zapata", "Mia Moreno", "Ana Alonso"]
    assert page.order_note.text() == "Sorted by Name, descending."
    assert page.attention_button.isVisible()
    page.attention_button.click()
    assert station.model.index(0, 0).data(VISIT_ID_ROLE) == flagged
    assert page.order_note.text().startswith("Needs attention first")


def test_a_decided_visit_leaves_the_flagged_block(qtbot, make_station, nurse, session_factory):
    first = check_in(session_factory, first_name="Ana", last_name="Early")
    flagged = check_in(
        session_factory,
        first_name="Bea",
        last_name="Flagged",
        answers={"active_acne": Answer("active_acne", Choice.NOT_SURE)},
    )
    station = signed_in(qtbot, make_station(), nurse)
    qtbot.waitUntil(lambda: station.model.rowCount() == 2, timeout=5000)
    assert station.model.index(0, 0).data(VISIT_ID_ROLE) == flagged
    decide(
        session_factory,
        flagged,
        actor=nurse,
        decision=Decision.CLEAR,
        expected_version=1,
        clock=fixed_clock(),
    )
    qtbot.waitUntil(  # the poll brings the change; the row falls back into check-in order
        lambda: station.model.index(0, 0).data(VISIT_ID_ROLE) == first, timeout=5000
    )
    assert station.model.row_at(1).status is VisitStatus.CLEARED


def test_a_double_click_opens_the_visit_once(qtbot, make_station, nurse, session_factory):
    visit_id = check_in(session_factory)
    station = signed_in(qtbot, make_station(), nurse)
    qtbot.waitUntil(lambda: station.model.rowCount() == 1, timeout=5000)
    table = station.queue_page.table
    spot = QPointF(table.visualRect(station.model.index(0, Column.NAME)).center())
    heard: list[str] = []
    table.doubleClicked.connect(lambda _index: heard.append("double-clicked"))
    table.activated.connect(lambda _index: heard.append("activated"))
    # What a finger or a mouse sends: press, release, double-click, release.
    for kind in (Type.MouseButtonPress, Type.MouseButtonRelease, Type.MouseButtonDblClick):
        event = QMouseEvent(kind, spot, table.viewport().mapToGlobal(spot), LEFT, LEFT, NO_MODIFIER)
        QApplication.sendEvent(table.viewport(), event)
    release = QMouseEvent(
        Type.MouseButtonRelease, spot, table.viewport().mapToGlobal(spot), LEFT, NONE, NO_MODIFIER
    )
    QApplication.sendEvent(table.viewport(), release)
    assert heard == ["double-clicked", "activated"]  # both: the view says it twice
    qtbot.waitUntil(lambda: station.stack.currentWidget() is station.visit_page, timeout=5000)
    QThreadPool.globalInstance().waitForDone(5000)
    qtbot.wait(50)
    views = [e for e in list_events(session_factory) if e.action == "visit.viewed"]
    assert [e.subject for e in views] == [f"visit:{visit_id}"]
