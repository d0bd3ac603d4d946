"""The demo clinic is placed around the current time: nothing in the future, all today."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from kiosk.demo import arrival_times

ZONE = "America/New_York"


@pytest.mark.parametrize(
    "local",
    [
        datetime(2026, 12, 1, 0, 0, 30),  # just after midnight
        datetime(2026, 12, 1, 0, 20),  # too early for 17-minute steps
        datetime(2026, 12, 1, 7, 5),
        datetime(2026, 12, 1, 15, 45),
        datetime(2026, 12, 1, 23, 59, 59),
        datetime(2026, 3, 8, 3, 30),  # the morning the clocks go forward
    ],
)
def test_arrivals_are_in_the_past_today_and_in_order(local):
    now = local.replace(tzinfo=ZoneInfo(ZONE)).astimezone(UTC)
    times = arrival_times(now, ZONE, 6)
    assert len(times) == 6
    assert all(t <= now for t in times)
    assert times == sorted(times)
    assert {t.astimezone(ZoneInfo(ZONE)).date() for t in times} == {local.date()}
    assert now - times[-1] <= timedelta(minutes=3)


def test_the_demo_database_has_a_printable_clinic(tmp_path):
    from kiosk.config import load_settings
    from kiosk.demo import build_demo
    from kiosk.services.clinic import is_configured
    from kiosk.storage import open_database

    settings = load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path)})
    from kiosk.services.audit_secret import attach_audit_key

    def opened():
        db = open_database(settings.database_url)
        attach_audit_key(db, settings.data_dir)
        return db

    build_demo(settings, opened)
    db = open_database(settings.database_url)
    try:
        assert is_configured(db.session_factory, settings)
        from sqlalchemy import select

        from kiosk.storage import models

        with db.session_factory() as session:
            arrived = session.scalars(select(models.Visit.checked_in_at)).all()
        assert arrived and max(arrived) <= datetime.now(UTC)
    finally:
        db.dispose()
