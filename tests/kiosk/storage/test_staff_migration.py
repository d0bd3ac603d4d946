"""Revision 0003 on a database that already has staff: folded names, codes, new tables."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from kiosk.storage.database import alembic_config, migrate


def test_existing_staff_get_unique_keys_and_codes(database):
    from alembic import command

    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    with database.engine.begin() as conn:
        for name in ("José Ruiz", "JOSE RUIZ", "Ana Bell"):
            conn.execute(
                text(
                    "INSERT INTO staff (name, role, pin_hash, failed_attempts, active, created_at)"
                    " VALUES (:name, 'admin', 'h', 0, true, :at)"
                ),
                {"name": name, "at": datetime(2026, 1, 1, tzinfo=UTC).replace(tzinfo=None)},
            )
    migrate(database.engine)
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, name_key, code FROM staff ORDER BY id")).all()
    keys = [r.name_key for r in rows]
    assert keys == ["jose ruiz", f"jose ruiz#{rows[1].id}", "ana bell"]
    codes = [r.code for r in rows]
    assert len(set(codes)) == 3 and all(c.isdigit() and len(c) == 3 for c in codes)
    tables = set(inspect(database.engine).get_table_names())
    assert {"staff_sessions", "signin_throttle"} <= tables
    with pytest.raises(IntegrityError), database.engine.begin() as conn:
        conn.execute(
            text("UPDATE staff SET name_key = 'ana bell' WHERE id = :id"), {"id": rows[0].id}
        )
