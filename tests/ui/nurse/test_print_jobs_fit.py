"""The print-jobs page fits the screen from the first paint: at 1280x800 and 800x1280, in
English and Spanish, with a long printer problem, every cell and column title shows whole,
nothing scrolls sideways, and the buttons are on the screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle

from kiosk.storage import models
from tests.fixtures.database import TEST_NOW
from tests.kiosk.printing.stored import one_page_pdf
from tests.ui.nurse.conftest import check_in, signed_in
from tests.ui.nurse.test_clinic_pages import settings, with_pages  # noqa: F401 - fixture
from tests.ui.nurse.test_queue_honest import spanish  # noqa: F401 - fixture

SIZES = {"landscape": (1280, 800), "portrait": (800, 1280)}
PRINTER = "Reception-Ground-Floor-LaserJet"  # CUPS queue names hold no spaces


def add_job(session_factory, visit_id: int, status: str, problem: str | None) -> None:
    with session_factory.begin() as session:
        document = models.Document(
            visit_id=visit_id,
            kind="consent_record",
            sha256="0" * 64,
            filename="consent.pdf",
            pdf=one_page_pdf(),
            staff_id=None,
            created_at=TEST_NOW,
        )
        session.add(document)
        session.flush()
        session.add(
            models.PrintJob(
                document_id=document.id,
                backend="cups",
                printer=PRINTER,
                job_ref=None,
                status=status,
                attempts=3,
                error=None,
                problem=problem,
                created_at=TEST_NOW,
                updated_at=TEST_NOW,
            )
        )


def fits(text: str, metrics: QFontMetrics, width: int, height: int) -> bool:
    """Does ``text`` show whole in a box of ``width`` x ``height``, wrapped at spaces?"""
    flags = int(Qt.TextFlag.TextWordWrap.value)
    box = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
    return box.width() <= width and box.height() <= height


def cut_short(page) -> list[str]:
    """Every cell and column title that would not show whole."""
    table, model = page.table, page.model
    header = table.horizontalHeader()
    metrics = QFontMetrics(table.font())
    title_font = header.font()
    title_font.setBold(True)  # the sheet sets column titles in bold
    title_metrics = QFontMetrics(title_font)
    # Qt draws a cell's text inside the focus frame's margin and a pixel more on either side,
    # beside a one-pixel grid line
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    inset = 2 * (margin + 1) + 1
    problems = []
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        width = header.sectionSize(column)
        title = model.headerData(column, Qt.Orientation.Horizontal)
        if not fits(title, title_metrics, width - 16, header.height() - 13):  # the sheet's padding
            problems.append(f"title {title!r} in {width}x{header.height()}px")
        for row in range(model.rowCount()):
            text = model.index(row, column).data()
            room, height = width - inset, table.rowHeight(row) - 1
            if text and not fits(text, metrics, room, height):
                problems.append(f"{text!r} in {room}x{height}px")
    return problems


def on_screen(widget, window) -> bool:
    corner = widget.mapTo(window, QPoint(0, 0))
    return widget.isVisible() and window.rect().contains(QRect(corner, widget.size()))


@pytest.mark.parametrize("orientation", SIZES)
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_print_job_cell_shows_whole_from_the_first_paint(
    qtbot,
    make_station,
    admin,
    session_factory,
    settings,  # noqa: F811 - the fixture imported above
    orientation,
    language,
    request,
):
    if language == "es":
        request.getfixturevalue("spanish")
    visit_id = check_in(session_factory, first_name="María Fernanda", last_name="García López")
    add_job(session_factory, visit_id, "completed", None)
    add_job(session_factory, visit_id, "stuck", "media-jam")
    add_job(session_factory, visit_id, "stuck", "paused")
    station = make_station()
    station.resize(*SIZES[orientation])
    signed_in(qtbot, station, admin)
    page = with_pages(station, session_factory, settings).jobs
    station.stack.setCurrentWidget(station.admin_page)
    station.admin_page.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    qtbot.wait(1)  # one turn of the event loop: the first paint
    jammed = page.model.index(1, 5).data()  # newest first: the jam is the second row
    assert ("atascado" if language == "es" else "jammed") in jammed
    table = page.table
    assert cut_short(page) == []
    assert table.horizontalHeader().length() <= table.viewport().width()  # no sideways scroll
    rows = sum(table.rowHeight(r) for r in range(page.model.rowCount()))
    assert table.horizontalHeader().height() + rows <= table.viewport().height()
    for widget in (page.refresh_button, page.open_only, page.cancel_button, page.retry_button):
        assert on_screen(widget, station), widget.text()
    hidden_said_for_the_chosen_job(page)


def hidden_said_for_the_chosen_job(page) -> None:
    """A column a narrow screen hides is said below the table for the chosen job."""
    table, model = page.table, page.model
    hidden = [c for c in range(model.columnCount()) if table.isColumnHidden(c)]
    table.selectRow(1)
    for column in hidden:
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert f"{title}: {model.index(1, column).data()}" in page.details.text()
    assert page.details.isVisible() == bool(hidden)
