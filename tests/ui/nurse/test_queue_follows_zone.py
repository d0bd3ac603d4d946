"""Two nurse stations on one database: an administrator changes the clinic's time zone on
one, and the other's queue moves to the new zone's today on its own polls, without restart."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QThreadPool

from kiosk.services.results.audit import AuditEventView
from kiosk.services.results.printing import PrintJobRow, PrintJobView
from tests.fixtures.database import TEST_NOW
from tests.kiosk.services.test_live_zone import (  # noqa: F401 - fixtures
    FAR_EAST,
    KIRITIMATI_DAY,
    NEW_YORK_DAY,
    second_station,
    set_zone,
    settings,
    station,
)
from tests.ui.nurse.conftest import check_in, signed_in
from ui.nurse.admin_models import AuditColumn
from ui.nurse.formatting import format_date, format_datetime, format_time
from ui.nurse.print_jobs_page import PrintJobsModel
from ui.nurse.queue_model import Column
from ui.nurse.station import NurseStation


def test_the_other_stations_queue_follows_the_new_zone(
    qtbot,
    database,
    second_station,  # noqa: F811
    settings,  # noqa: F811
    admin,
    nurse,
):
    visit_id = check_in(database.session_factory)
    other = NurseStation(station(second_station, settings, zone_max_age=0), poll_interval_ms=50)
    qtbot.addWidget(other)
    other.resize(1280, 800)
    other.show()
    try:
        signed_in(qtbot, other, nurse)
        page = other.queue_page
        qtbot.waitUntil(lambda: page.day == NEW_YORK_DAY and other.model.rowCount() == 1)
        set_zone(database.session_factory, settings, admin, FAR_EAST)
        qtbot.waitUntil(lambda: page.day == KIRITIMATI_DAY, timeout=5000)
        assert format_date(KIRITIMATI_DAY) in page.title.text()
        # 15:30 UTC is on the 11th in Kiritimati: the check-in is in the new day's queue
        qtbot.waitUntil(lambda: other.model.rowCount() == 1, timeout=5000)
        assert other.model.row_at(0).visit_id == visit_id
        shown = other.model.index(0, Column.TIME).data()
        assert shown == format_time(TEST_NOW, FAR_EAST)  # its time in the clinic's zone now
    finally:
        other.stop()
        QThreadPool.globalInstance().waitForDone(10000)


def test_the_audit_list_and_print_jobs_show_times_in_the_zone_as_it_is_now(
    qtbot,
    database,
    second_station,  # noqa: F811
    settings,  # noqa: F811
    admin,
    nurse,
):
    services = station(second_station, settings, zone_max_age=0)
    other = NurseStation(services, poll_interval_ms=50)
    qtbot.addWidget(other)
    other.resize(1280, 800)
    other.show()
    jobs = PrintJobsModel(lambda: services.zone)
    at = datetime(2026, 3, 10, 15, 30, tzinfo=UTC)
    event = AuditEventView(seq=1, at=at, actor="system", action="x", subject="", details={})
    job = PrintJobView(1, 1, "cups", "KioskPDF", None, "completed", 1, None)
    try:
        audit = other.admin_page.audit_model
        audit.set_events([event], {})
        jobs.set_rows([PrintJobRow(job, "aftercare", 1, "Ana", at, at)])
        when = jobs.COLUMNS.index("when")
        before = format_datetime(at, services.zone)
        assert audit.index(0, AuditColumn.WHEN).data() == before
        assert jobs.index(0, when).data() == before
        signed_in(qtbot, other, nurse)
        set_zone(database.session_factory, settings, admin, FAR_EAST)
        qtbot.waitUntil(lambda: other.queue_page.day == KIRITIMATI_DAY, timeout=5000)  # polled
        after = format_datetime(at, FAR_EAST)
        assert after != before
        assert audit.index(0, AuditColumn.WHEN).data() == after
        assert jobs.index(0, when).data() == after
    finally:
        other.stop()
        QThreadPool.globalInstance().waitForDone(10000)
