"""Append-only tables: the triggers that refuse UPDATE, DELETE (and TRUNCATE) in SQL.

One helper for every migration that adds a clinical table: a correction is a new row that
points at what it supersedes, never an edit, and the database itself refuses an edit made
around the program (a SQL shell, a copied file). Migrations call :func:`refuse_changes` and
:func:`allow_changes` (downgrade) with ``op.execute``.
"""

from __future__ import annotations

from collections.abc import Callable

_PG_FUNCTION = """
CREATE OR REPLACE FUNCTION kiosk_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END
$$
"""


def refuse_changes(execute: Callable[[str], object], dialect: str, table: str) -> None:
    """Create the triggers that make ``table`` append-only (same names as revision 0001)."""
    if dialect == "postgresql":
        execute(_PG_FUNCTION)
        for verb in ("UPDATE", "DELETE"):
            execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table}"
                " FOR EACH ROW EXECUTE FUNCTION kiosk_refuse_change()"
            )
        execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}"
            " FOR EACH STATEMENT EXECUTE FUNCTION kiosk_refuse_change()"
        )
    else:
        for verb in ("UPDATE", "DELETE"):
            execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table}"
                f" BEGIN SELECT RAISE(ABORT, '{table} is append-only: {verb} refused'); END"
            )


def allow_changes(execute: Callable[[str], object], dialect: str, table: str) -> None:
    """Drop what :func:`refuse_changes` created (the shared PostgreSQL function stays)."""
    for verb in ("update", "delete", "truncate"):
        if verb == "truncate" and dialect != "postgresql":
            continue
        suffix = f" ON {table}" if dialect == "postgresql" else ""
        execute(f"DROP TRIGGER IF EXISTS {table}_no_{verb}{suffix}")
