"""Small helpers for the service tests: counting rows, tampering around the triggers."""

from __future__ import annotations

from sqlalchemy import func, select, text

from kiosk.storage import Database, models


def count(database: Database, model: type[models.Base]) -> int:
    with database.session_factory() as session:
        return session.execute(select(func.count()).select_from(model)).scalar_one()


def audit_actions(database: Database) -> list[str]:
    with database.session_factory() as session:
        return list(
            session.execute(
                select(models.AuditEvent.action).order_by(models.AuditEvent.seq)
            ).scalars()
        )


def drop_append_only_triggers(database: Database, table: str) -> None:
    """What an attacker with file or server access would do before editing history."""
    on = f" ON {table}" if not database.is_sqlite else ""
    with database.engine.begin() as conn:
        for verb in ("update", "delete"):
            conn.execute(text(f"DROP TRIGGER {table}_no_{verb}{on}"))
