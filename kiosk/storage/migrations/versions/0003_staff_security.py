"""Staff security: unique folded names, staff codes, hard lock, sign-in sessions, throttle.

Existing accounts get their folded name (a later duplicate keeps ``#<id>`` on its key, so
the unique index can be made; an administrator renames it) and a random 3-digit staff code.

Revision ID: 0003
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from kiosk.domain.staff import name_key

    with op.batch_alter_table("staff") as batch:
        batch.add_column(sa.Column("name_key", sa.String(length=200), nullable=True))
        batch.add_column(sa.Column("code", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("locked_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("pin_changed_at", sa.DateTime(), nullable=True))

    connection = op.get_bind()
    staff = sa.table(
        "staff", sa.column("id"), sa.column("name"), sa.column("name_key"), sa.column("code")
    )
    keys: set[str] = set()
    codes: set[str] = set()
    for row in connection.execute(sa.select(staff.c.id, staff.c.name).order_by(staff.c.id)):
        key = name_key(row.name)[:190]
        if key in keys:
            key = f"{key}#{row.id}"
        keys.add(key)
        code = f"{secrets.randbelow(900) + 100}"
        while code in codes:
            code = f"{secrets.randbelow(900) + 100}"
        codes.add(code)
        connection.execute(
            sa.update(staff).where(staff.c.id == row.id).values(name_key=key, code=code)
        )

    with op.batch_alter_table("staff") as batch:
        batch.alter_column("name_key", existing_type=sa.String(length=200), nullable=False)
        batch.alter_column("code", existing_type=sa.String(length=8), nullable=False)
        batch.create_unique_constraint(op.f("uq_staff_name_key"), ["name_key"])
        batch.create_unique_constraint(op.f("uq_staff_code"), ["code"])

    op.create_table(
        "staff_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("end_reason", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_staff_sessions_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_sessions")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_staff_sessions_token_hash")),
    )
    op.create_index(
        op.f("ix_staff_sessions_staff_id"), "staff_sessions", ["staff_id"], unique=False
    )
    op.create_table(
        "signin_throttle",
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("account", sa.String(length=32), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("station", "account", name=op.f("pk_signin_throttle")),
    )


def downgrade() -> None:
    op.drop_table("signin_throttle")
    op.drop_index(op.f("ix_staff_sessions_staff_id"), table_name="staff_sessions")
    op.drop_table("staff_sessions")
    with op.batch_alter_table("staff") as batch:
        batch.drop_constraint(op.f("uq_staff_code"), type_="unique")
        batch.drop_constraint(op.f("uq_staff_name_key"), type_="unique")
        batch.drop_column("pin_changed_at")
        batch.drop_column("locked_at")
        batch.drop_column("code")
        batch.drop_column("name_key")
