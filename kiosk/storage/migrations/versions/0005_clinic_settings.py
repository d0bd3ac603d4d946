"""Clinic settings set in the app (one row), and a print job's problem code.

Revision ID: 0005
Revises: 0007 (created on 0001)
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0007"  # created on "0001"; re-chained after main's 0007 when merging
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "clinic_settings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("languages", sa.String(length=32), nullable=False),
        sa.Column("printer", sa.String(length=200), nullable=True),
        sa.Column("paper", sa.String(length=8), nullable=False),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.CheckConstraint("id = 1", name=op.f("ck_clinic_settings_single_row")),
        sa.ForeignKeyConstraint(
            ["updated_by"], ["staff.id"], name=op.f("fk_clinic_settings_updated_by_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clinic_settings")),
    )
    with op.batch_alter_table("print_jobs") as batch:
        batch.add_column(sa.Column("problem", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("print_jobs") as batch:
        batch.drop_column("problem")
    op.drop_table("clinic_settings")
