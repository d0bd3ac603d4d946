"""Name pairs: two words of a patient's name together, for a two-word search.

``patient_name_pairs`` holds, for every two words of a patient's folded name, each of their
prefixes up to PAIR_PREFIX characters joined in code-point order ("jose mari" for "María
José"), with the patient's newest check-in, kept by triggers beside those of 0006. A search
for two words that are each common but rarely together ("jose maria") then reads the pair's
few patients newest first, instead of walking one word's thousands of patients.

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies (a test checks they agree with kiosk.domain.name_words): a migration must not
# change after it ships.
SEPARATORS = " -'\u2019\u2010\u2011.,\"\\/()"
PAIR_PREFIX = 4
NO_VISIT = "1900-01-01 00:00:00"  # as in 0006: a patient without visits sorts before all

_TRIGGERS = {
    "patients": ("patients_name_pairs_insert", "patients_name_pairs_update"),
    "visits": ("visits_name_pairs_insert", "visits_name_pairs_move"),
}


def upgrade() -> None:
    op.create_table(
        "patient_name_pairs",
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("pair", sa.String(length=2 * PAIR_PREFIX + 1), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patients.id"], name=op.f("fk_patient_name_pairs_patient_id_patients")
        ),
        sa.PrimaryKeyConstraint("patient_id", "pair", name=op.f("pk_patient_name_pairs")),
    )
    op.create_index(
        op.f("ix_patient_name_pairs_pair_last_seen_patient_id"),
        "patient_name_pairs",
        ["pair", "last_seen", "patient_id"],
        unique=False,
    )
    if op.get_bind().dialect.name == "postgresql":
        _postgresql()
    else:
        _sqlite()


def _sqlite_words(key: str) -> str:
    """SQL for a JSON array of the words of ``key`` (as 0006 cuts them)."""
    text = key
    for ch in SEPARATORS:
        text = f"replace({text}, '{ch.replace(chr(39), chr(39) * 2)}', ' ')"
    return f"""'["' || replace({text}, ' ', '","') || '"]'"""


def _sqlite_pairs(who: str, source: str = "") -> str:
    """SELECT of (patient id, pair, last seen) for the patient row ``who`` (from ``source``)."""
    lengths = "[" + ",".join(str(n) for n in range(1, PAIR_PREFIX + 1)) + "]"
    words = _sqlite_words(f"{who}.search_key")
    x, y = "substr(a.value, 1, i.value)", "substr(b.value, 1, j.value)"
    return (
        f"SELECT {who}.id, min({x}, {y}) || ' ' || max({x}, {y}),"
        f" COALESCE((SELECT max(checked_in_at) FROM visits WHERE patient_id = {who}.id),"
        f" '{NO_VISIT}')"
        f" FROM {source}json_each({words}) AS a, json_each({words}) AS b,"
        f" json_each('{lengths}') AS i, json_each('{lengths}') AS j"
        " WHERE a.key < b.key AND a.value <> '' AND b.value <> ''"
        " AND i.value <= length(a.value) AND j.value <= length(b.value)"
        f" AND {who}.merged_into_id IS NULL"
    )


def _sqlite() -> None:
    insert = "INSERT OR IGNORE INTO patient_name_pairs (patient_id, pair, last_seen) "
    fill = insert + _sqlite_pairs("NEW") + ";"
    op.execute(f"CREATE TRIGGER patients_name_pairs_insert AFTER INSERT ON patients BEGIN {fill} END")
    op.execute(
        "CREATE TRIGGER patients_name_pairs_update"
        " AFTER UPDATE OF first_name, last_name, search_key, merged_into_id ON patients BEGIN"
        f" DELETE FROM patient_name_pairs WHERE patient_id = OLD.id; {fill} END"
    )
    op.execute(
        "CREATE TRIGGER visits_name_pairs_insert AFTER INSERT ON visits BEGIN"
        " UPDATE patient_name_pairs SET last_seen = NEW.checked_in_at"
        " WHERE patient_id = NEW.patient_id AND last_seen < NEW.checked_in_at; END"
    )
    recompute = (
        "UPDATE patient_name_pairs SET last_seen = COALESCE("
        "(SELECT max(checked_in_at) FROM visits WHERE patient_id = {who}), last_seen)"
        " WHERE patient_id = {who};"
    )
    op.execute(
        "CREATE TRIGGER visits_name_pairs_move AFTER UPDATE OF patient_id ON visits BEGIN "
        + recompute.format(who="OLD.patient_id")
        + " "
        + recompute.format(who="NEW.patient_id")
        + " END"
    )
    op.execute(insert + _sqlite_pairs("p", source="patients AS p, "))  # the patients stored


def _postgresql_pairs(who: str, source: str = "") -> str:
    """SELECT of (patient id, pair, last seen) for the patient row ``who`` (from ``source``)."""
    separators = SEPARATORS.replace("'", "''").replace("\\", "\\\\")
    spaces = " " * len(SEPARATORS)
    # unnest, not regexp_split_to_table: the planner guesses 10 rows, not 1000, for each.
    split = f"unnest(string_to_array(translate({who}.search_key, E'{separators}', '{spaces}'), ' '))"
    x, y = 'left(a.w, i) COLLATE "C"', 'left(b.w, j) COLLATE "C"'
    return f"""
        SELECT DISTINCT {who}.id, least({x}, {y}) || ' ' || greatest({x}, {y}),
            COALESCE((SELECT max(checked_in_at) FROM visits WHERE patient_id = {who}.id),
                     TIMESTAMP '{NO_VISIT}')
        FROM {source}{split} WITH ORDINALITY AS a(w, n),
             {split} WITH ORDINALITY AS b(w, n),
             generate_series(1, {PAIR_PREFIX}) AS i,
             generate_series(1, {PAIR_PREFIX}) AS j
        WHERE a.n < b.n AND a.w <> '' AND b.w <> '' AND i <= length(a.w) AND j <= length(b.w)
            AND {who}.merged_into_id IS NULL
    """


def _postgresql() -> None:
    op.execute("ALTER TABLE patient_name_pairs ALTER COLUMN pair SET STATISTICS 1000")
    op.execute(
        f"""
        CREATE OR REPLACE FUNCTION kiosk_patient_name_pairs() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                DELETE FROM patient_name_pairs WHERE patient_id = OLD.id;
            END IF;
            INSERT INTO patient_name_pairs (patient_id, pair, last_seen)
            {_postgresql_pairs("NEW")};
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER patients_name_pairs_insert AFTER INSERT ON patients"
        " FOR EACH ROW EXECUTE FUNCTION kiosk_patient_name_pairs()"
    )
    op.execute(
        "CREATE TRIGGER patients_name_pairs_update"
        " AFTER UPDATE OF first_name, last_name, search_key, merged_into_id ON patients"
        " FOR EACH ROW EXECUTE FUNCTION kiosk_patient_name_pairs()"
    )
    op.execute(
        """
        CREATE OR REPLACE FUNCTION kiosk_visit_name_pairs() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                UPDATE patient_name_pairs SET last_seen = NEW.checked_in_at
                WHERE patient_id = NEW.patient_id AND last_seen < NEW.checked_in_at;
            ELSE
                UPDATE patient_name_pairs SET last_seen = COALESCE(
                    (SELECT max(checked_in_at) FROM visits WHERE patient_id = p.patient_id),
                    patient_name_pairs.last_seen)
                FROM (VALUES (OLD.patient_id), (NEW.patient_id)) AS p(patient_id)
                WHERE patient_name_pairs.patient_id = p.patient_id;
            END IF;
            RETURN NULL;
        END
        $$
        """
    )
    op.execute(
        "CREATE TRIGGER visits_name_pairs_insert AFTER INSERT ON visits"
        " FOR EACH ROW EXECUTE FUNCTION kiosk_visit_name_pairs()"
    )
    op.execute(
        "CREATE TRIGGER visits_name_pairs_move AFTER UPDATE OF patient_id ON visits"
        " FOR EACH ROW EXECUTE FUNCTION kiosk_visit_name_pairs()"
    )
    op.execute(  # the patients stored
        "INSERT INTO patient_name_pairs (patient_id, pair, last_seen)"
        + _postgresql_pairs("p", source="patients AS p, ")
    )


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table, names in _TRIGGERS.items():
        for name in names:
            suffix = f" ON {table}" if dialect == "postgresql" else ""
            op.execute(f"DROP TRIGGER IF EXISTS {name}{suffix}")
    if dialect == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS kiosk_patient_name_pairs()")
        op.execute("DROP FUNCTION IF EXISTS kiosk_visit_name_pairs()")
    op.drop_table("patient_name_pairs")
