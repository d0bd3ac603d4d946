"""Record evidence: the texts patients were shown (insert-once, by SHA-256), answers pointing
at their exact wording, the signature method and record digest on consents, and append-only
triggers on answers, reviews, procedures and texts.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kiosk.storage.append_only import allow_changes, refuse_changes

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# consents and audit_events are append-only since 0001.
NEWLY_APPEND_ONLY = ("answers", "reviews", "procedures", "texts")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "texts",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("version", sa.String(length=64), nullable=False),
        sa.Column("item_key", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("parts", sa.JSON(), nullable=True),
        sa.Column("first_seen_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_texts")),
    )
    # Plain ALTER TABLE ADD/DROP COLUMN (SQLite has both): a batch rebuild of consents would
    # silently drop its append-only triggers. Legacy rows keep NULL: no wording, no digest.
    op.add_column("answers", sa.Column("question_sha256", sa.String(length=64), nullable=True))
    op.add_column("answers", sa.Column("help_sha256", sa.String(length=64), nullable=True))
    op.add_column("answers", sa.Column("label_sha256", sa.String(length=64), nullable=True))
    op.add_column(
        "consents",
        sa.Column("method", sa.String(length=8), nullable=False, server_default="drawn"),
    )
    op.add_column("consents", sa.Column("record_digest", sa.String(length=64), nullable=True))
    for table in NEWLY_APPEND_ONLY:
        refuse_changes(op.execute, dialect, table)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in NEWLY_APPEND_ONLY:
        allow_changes(op.execute, dialect, table)
    op.drop_column("consents", "record_digest")
    op.drop_column("consents", "method")
    op.drop_column("answers", "label_sha256")
    op.drop_column("answers", "help_sha256")
    op.drop_column("answers", "question_sha256")
    op.drop_table("texts")
