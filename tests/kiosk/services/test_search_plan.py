"""Today's queue and its poll are answered from indexes, not table scans.

The name search's plan at 100,000 visits, on both databases: test_search_plan_at_scale.py.
"""

from datetime import date

from sqlalchemy import event

from kiosk.services import review
from tests.fixtures.database import signed_in_admin


def plan_of(database, call, marker: str = "LIMIT") -> str:
    """The query plan of the last statement ``call`` ran that holds ``marker``."""
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, params, context, executemany) -> None:
        if marker in statement:
            statements.append((statement, params))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        call()
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    statement, params = statements[-1]
    with database.engine.connect() as connection:
        rows = connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
    return "\n".join(str(row[-1]) for row in rows)


def test_todays_queue_uses_the_check_in_index(sqlite_database) -> None:
    nurse = signed_in_admin(sqlite_database.session_factory)
    plan = plan_of(
        sqlite_database,
        lambda: review.list_queue(
            sqlite_database.session_factory,
            date(2026, 11, 24),
            actor=nurse,
            zone="America/New_York",
        ),
    )
    assert "SCAN visits" not in plan
    assert "ix_visits_checked_in_at_status" in plan


def test_the_queue_poll_reads_only_the_days_visits(sqlite_database) -> None:
    nurse = signed_in_admin(sqlite_database.session_factory)
    plan = plan_of(
        sqlite_database,
        lambda: review.queue_changed_since(
            sqlite_database.session_factory,
            None,
            actor=nurse,
            day=date(2026, 11, 24),
            zone="America/New_York",
        ),
        marker="sum(",
    )
    assert "SCAN visits" not in plan
    assert "ix_visits_checked_in_at_status" in plan
