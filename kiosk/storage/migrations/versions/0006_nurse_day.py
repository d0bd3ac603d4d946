"""A nurse's day: name-part search, corrections, cancellations, identity history.

- ``patient_name_prefixes``: every prefix of every word of a patient's folded name, with the
  time of the patient's newest visit, kept by triggers (on patients and visits) on both
  databases. A search for any part of any name is then one equality on an index ordered by
  that time, so its cost does not grow with the number of visits.
- ``procedures.supersedes_id`` / ``correction_reason``: a correction is a new row.
- ``documents.superseded_at``: a document re-issued after a correction.
- ``patients.merged_into_id``: a patient record merged into another (reversible).
- ``identity_changes`` (append-only): name and birth-date corrections, merges, unmerges.
- ``visit_closures``: who cancelled a visit or marked a no-show, and why.

Revision ID: 0006
Revises: 0003 (written against 0001; chained after the merged 0002 and 0003)
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Characters that separate the words of a folded name (kiosk.domain.name_words.SEPARATORS:
# a test checks they agree). A migration keeps its own copy: it must not change afterwards.
SEPARATORS = " -'\u2019\u2010\u2011.,\"\\/()"
MAX_WORD = 200  # a folded name is at most SEARCH_KEY_LENGTH characters
# last_seen of a patient without visits (a check-in's visit row comes right after its
# patient's): before every real visit, so such a patient never takes a place in a page.
NO_VISIT = "1900-01-01 00:00:00"

_PREFIX_COLUMNS = "(patient_id, prefix, last_seen)"


def upgrade() -> None:
    op.create_table(
        "patient_name_prefixes",
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("prefix", sa.String(length=200), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
            name=op.f("fk_patient_name_prefixes_patient_id_patients"),
        ),
        sa.PrimaryKeyConstraint("patient_id", "prefix", name=op.f("pk_patient_name_prefixes")),
    )
    op.create_index(
        op.f("ix_patient_name_prefixes_prefix_last_seen_patient_id"),
        "patient_name_prefixes",
        ["prefix", "last_seen", "patient_id"],
        unique=False,
    )
    op.create_table(
        "identity_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("other_patient_id", sa.Integer(), nullable=True),
        sa.Column("visit_ids", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("reverts_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('correction', 'merge', 'unmerge', 'revert')",
            name=op.f("ck_identity_changes_kind"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_identity_changes_patient_id_patients")
        ),
        sa.ForeignKeyConstraint(
            ["other_patient_id"],
            ["patients.id"],
            name=op.f("fk_identity_changes_other_patient_id_patients"),
        ),
        sa.ForeignKeyConstraint(
            ["reverts_id"],
            ["identity_changes.id"],
            name=op.f("fk_identity_changes_reverts_id_identity_changes"),
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_identity_changes_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_identity_changes")),
    )
    op.create_index(
        op.f("ix_identity_changes_patient_id"), "identity_changes", ["patient_id"], unique=False
    )
    op.create_table(
        "visit_closures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("visit_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('cancelled', 'no_show')", name=op.f("ck_visit_closures_kind")),
        sa.ForeignKeyConstraint(
            ["visit_id"], ["visits.id"], name=op.f("fk_visit_closures_visit_id_visits")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_visit_closures_staff_id_staff")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_closures")),
    )
    op.create_index(
        op.f("ix_visit_closures_visit_id"), "visit_closures", ["visit_id"], unique=False
    )
    # Plain ADD COLUMN (no table rebuild, which would drop other revisions' triggers).
    _add_column("procedures", "supersedes_id", "INTEGER", references="procedures")
    op.add_column("procedures", sa.Column("correction_reason", sa.Text(), nullable=True))
    op.create_index(
        op.f("ix_procedures_supersedes_id"), "procedures", ["supersedes_id"], unique=True
    )
    op.add_column("documents", sa.Column("superseded_at", sa.DateTime(), nullable=True))
    _add_column("patients", "merged_into_id", "INTEGER", references="patients")
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_triggers()
    else:
        _sqlite_triggers()
    # Fill the prefixes of the patients already stored (the update trigger computes them).
    op.execute("UPDATE patients SET search_key = search_key")
    _append_only("identity_changes")


def _add_column(table: str, column: str, sql_type: str, *, references: str) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.add_column(table, sa.Column(column, sa.Integer(), nullable=True))
        op.create_foreign_key(
            op.f(f"fk_{table}_{column}_{references}"), table, references, [column], ["id"]
        )
    else:
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type} REFERENCES {references}(id)")


def _sqlite_word_list(key: str) -> str:
    """SQL for a JSON array of the words of ``key`` (separators become array boundaries)."""
    text = key
    for ch in SEPARATORS:
        literal = ch.replace("'", "''")
        text = f"replace({text}, '{literal}', ' ')"
    return f"""'["' || replace({text}, ' ', '","') || '"]'"""


def _sqlite_triggers() -> None:
    numbers = "[" + ",".join(str(n) for n in range(1, MAX_WORD + 1)) + "]"
    last_seen = (
        "COALESCE((SELECT max(checked_in_at) FROM visits WHERE patient_id = NEW.id),"
        f" '{NO_VISIT}')"
    )
    fill = (
        f"INSERT OR IGNORE INTO patient_name_prefixes {_PREFIX_COLUMNS}"
        f" SELECT NEW.id, substr(w.value, 1, n.value), {last_seen}"
        f" FROM json_each({_sqlite_word_list('NEW.search_key')}) AS w,"
        f" json_each('{numbers}') AS n"
        " WHERE w.value <> '' AND n.value <= length(w.value) AND NEW.merged_into_id IS NULL;"
    )
    op.execute(f"CREATE TRIGGER patients_name_prefixes_insert AFTER INSERT ON patients BEGIN {fill} END")
    op.execute(
        "CREATE TRIGGER patients_name_prefixes_update"
        " AFTER UPDATE OF first_name, last_name, search_key, merged_into_id ON patients BEGIN"
        f" DELETE FROM patient_name_prefixes WHERE patient_id = OLD.id; {fill} END"
    )
    op.execute(
        "CREATE TRIGGER visits_name_prefixes_insert AFTER INSERT ON visits BEGIN"
        " UPDATE patient_name_prefixes SET last_seen = NEW.checked_in_at"
        " WHERE patient_id = NEW.patient_id AND last_seen < NEW.checked_in_at; END"
    )
    recompute = (
        "UPDATE patient_name_prefixes SET last_seen = COALESCE("
        "(SELECT max(checked_in_at) FROM visits WHERE patient_id = {who}), last_seen)"
        " WHERE patient_id = {who};"
    )
    op.execute(
        "CREATE TRIGGER visits_name_prefixes_move AFTER UPDATE OF patient_id ON visits BEGIN "
        + recompute.format(who="OLD.patient_id")
        + " "
        + recompute.format(who="NEW.patient_id")
        + " END"
    )


def _postgresql_triggers() -> None:
    # A common first name is a small share of all prefixes; with the default sample the
    # planner misses it and sorts every match instead of reading the index newest first.
    op.execute("ALTER TABLE patient_name_prefixes ALTER COLUMN prefix SET STATISTICS 1000")
    separators = SEPARATORS.replace("'", "''")
    spaces = " " * len(SEPARATORS)
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION kiosk_patient_name_prefixes() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                DELETE FROM patient_name_prefixes WHERE patient_id = OLD.id;
            END IF;
            IF NEW.merged_into_id IS NULL THEN
                INSERT INTO patient_name_prefixes {_PREFIX_COLUMNS}
                SELECT DISTINCT NEW.id, left(w, n),
                    COALESCE((SELECT max(checked_in_at) FROM visits
                              WHERE patient_id = NEW.id), TIMESTAMP '{NO_VISIT}')
                FROM regexp_split_to_table(
                        translate(NEW.search_key, E'{separators.replace(chr(92), chr(92) * 2)}',
                                  '{spaces}'), ' ') AS w,
                     generate_series(1, length(w)) AS n
                WHERE w <> '';
            END IF;
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER patients_name_prefixes_insert AFTER INSERT ON patients"
        " FOR EACH ROW EXECUTE FUNCTION kiosk_patient_name_prefixes()"
    )
    op.execute(
        "CREATE TRIGGER patients_name_prefixes_update"
        " AFTER UPDATE OF first_name, last_name, search_key, merged_into_id ON patients"
        " FOR EACH ROW EXECUTE FUNCTION kiosk_patient_name_prefixes()"
    )
    op.execute(
        """
        CREATE OR REPLACE FUNCTION kiosk_visit_name_prefixes() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                UPDATE patient_name_prefixes SET last_seen = NEW.checked_in_at
                WHERE patient_id = NEW.patient_id AND last_seen < NEW.checked_in_at;
            ELSE
                UPDATE patient_name_prefixes SET last_seen = COALESCE(
                    (SELECT max(checked_in_at) FROM visits WHERE patient_id = p.patient_id),
                    patient_name_prefixes.last_seen)
                FROM (VALUES (OLD.patient_id), (NEW.patient_id)) AS p(patient_id)
                WHERE patient_name_prefixes.patient_id = p.patient_id;
            END IF;
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER visits_name_prefixes_insert AFTER INSERT ON visits"
        " FOR EACH ROW EXECUTE FUNCTION kiosk_visit_name_prefixes()"
    )
    op.execute(
        "CREATE TRIGGER visits_name_prefixes_move AFTER UPDATE OF patient_id ON visits"
        " FOR EACH ROW EXECUTE FUNCTION kiosk_visit_name_prefixes()"
    )


def _append_only(table: str) -> None:
    """UPDATE and DELETE refused, as 0001 does for consents and the audit log."""
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            """
            CREATE OR REPLACE FUNCTION kiosk_refuse_change() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP
                    USING ERRCODE = 'integrity_constraint_violation';
            END
            $$
            """
        )
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table}"
                " FOR EACH ROW EXECUTE FUNCTION kiosk_refuse_change()"
            )
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table}"
            " FOR EACH STATEMENT EXECUTE FUNCTION kiosk_refuse_change()"
        )
    else:
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table}"
                f" BEGIN SELECT RAISE(ABORT, '{table} is append-only: {verb} refused'); END"
            )


_TRIGGERS = {
    "patients": ("patients_name_prefixes_insert", "patients_name_prefixes_update"),
    "visits": ("visits_name_prefixes_insert", "visits_name_prefixes_move"),
    "identity_changes": (
        "identity_changes_no_update",
        "identity_changes_no_delete",
        "identity_changes_no_truncate",
    ),
}


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, names in _TRIGGERS.items():
        for name in names:
            suffix = f" ON {table}" if dialect == "postgresql" else ""
            op.execute(f"DROP TRIGGER IF EXISTS {name}{suffix}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS kiosk_patient_name_prefixes()")
        op.execute("DROP FUNCTION IF EXISTS kiosk_visit_name_prefixes()")
    op.drop_index(op.f("ix_procedures_supersedes_id"), table_name="procedures")
    # A plain DROP COLUMN (SQLite 3.35+), never a table rebuild: the triggers other revisions
    # keep on these tables (append-only procedures) must survive a downgrade of this one.
    for table, column in (
        ("patients", "merged_into_id"),
        ("documents", "superseded_at"),
        ("procedures", "correction_reason"),
        ("procedures", "supersedes_id"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_table("visit_closures")
    op.drop_table("identity_changes")
    op.drop_table("patient_name_prefixes")
