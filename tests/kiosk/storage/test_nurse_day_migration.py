"""Revision 0006 on a database that already holds patients and visits (undone one step, to
its parent, then done again): the name index is filled from them, newest visit first, and a
downgrade takes it all away again."""

from __future__ import annotations

import importlib

from alembic import command
from sqlalchemy import inspect, text

from kiosk.services.checkin import stored_last_name_key, stored_search_key
from kiosk.services.name_search import search_visits
from kiosk.storage.database import alembic_config

# This revision's parent, whatever the lead chains it after.
PARENT = importlib.import_module("kiosk.storage.migrations.versions.0006_nurse_day").down_revision

PATIENT = "INSERT INTO patients (id, first_name, last_name, search_key, last_name_key, date_of_birth, created_at) VALUES (:id, :f, :l, :k, :lk, '1990-05-17', '2026-01-01 09:00:00')"  # noqa: E501
VISIT = "INSERT INTO visits (id, patient_id, submission_id, procedure_date, checked_in_at, zone, status, language, station, checklist_version, checklist_sha256, flag_count, version, updated_at) VALUES (:id, :p, :s, '2026-01-01', :at, 'UTC', 'completed', 'es', 't', 'v', :sha, 0, 1, :at)"  # noqa: E501


def test_existing_patients_are_indexed_on_upgrade(database, nurse) -> None:
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006-1")  # below 0006, whatever follows it
    assert "patient_name_prefixes" not in inspect(database.engine).get_table_names()
    with database.engine.begin() as conn:
        for pid, first, last in ((1, "María", "García López"), (2, "Ana María", "Núñez")):
            conn.execute(
                text(PATIENT),
                {"id": pid, "f": first, "l": last, "k": stored_search_key(first, last),
                 "lk": stored_last_name_key(last)},
            )  # fmt: skip
        for vid, pid, at in ((1, 1, "2026-01-01 10:00:00"), (2, 2, "2026-02-01 10:00:00")):
            conn.execute(
                text(VISIT), {"id": vid, "p": pid, "s": f"sub-{vid}-xx", "at": at, "sha": "0" * 64}
            )
        command.upgrade(alembic_config(conn), "head")
    sf = database.session_factory
    assert [r.visit_id for r in search_visits(sf, actor=nurse, text="lopez")] == [1]
    assert [r.visit_id for r in search_visits(sf, actor=nurse, text="maria")] == [2, 1]
    with database.engine.connect() as conn:
        seen = (
            conn.execute(
                text("SELECT DISTINCT last_seen FROM patient_name_prefixes WHERE patient_id = 2")
            )
            .scalars()
            .all()
        )
    assert len(seen) == 1 and str(seen[0]).startswith("2026-02-01 10:00")


def test_downgrade_removes_the_revision_and_keeps_the_rest(database) -> None:
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006-1")  # below 0006, whatever follows it
    tables = set(inspect(database.engine).get_table_names())
    assert not tables & {"patient_name_prefixes", "identity_changes", "visit_closures"}
    columns = {c["name"] for c in inspect(database.engine).get_columns("procedures")}
    assert "supersedes_id" not in columns and "notes" in columns
    with database.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def test_downgrade_keeps_other_revisions_triggers_on_the_tables_it_alters(sqlite_database):
    """Another revision's append-only trigger on procedures outlives this one's downgrade."""
    engine = sqlite_database.engine
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TRIGGER other_revision_no_update BEFORE UPDATE ON procedures"
                " BEGIN SELECT RAISE(ABORT, 'append-only'); END"
            )
        )
        command.downgrade(alembic_config(conn), "0006-1")  # below 0006, whatever follows it
    with engine.connect() as conn:
        names = conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        assert "other_revision_no_update" in set(names.scalars())
