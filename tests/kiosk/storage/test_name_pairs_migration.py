"""Revision 0008 on a database that already holds patients and visits (undone one step, to
its parent, then done again): the pair table is filled from them, with each patient's newest
visit, its triggers follow later changes, and a downgrade takes table and triggers away."""

from __future__ import annotations

import importlib

from alembic import command
from sqlalchemy import inspect, text

from kiosk.domain.name_words import name_pairs
from kiosk.services.checkin import stored_last_name_key, stored_search_key
from kiosk.services.name_search import search_visits
from kiosk.storage.database import alembic_config

PARENT = importlib.import_module("kiosk.storage.migrations.versions.0008_name_pairs").down_revision

PATIENT = "INSERT INTO patients (id, first_name, last_name, search_key, last_name_key, date_of_birth, created_at) VALUES (:id, :f, :l, :k, :lk, '1990-05-17', '2026-01-01 09:00:00')"  # noqa: E501
VISIT = "INSERT INTO visits (id, patient_id, submission_id, procedure_date, checked_in_at, zone, status, language, station, checklist_version, checklist_sha256, flag_count, version, updated_at) VALUES (:id, :p, :s, '2026-01-01', :at, 'UTC', 'completed', 'es', 't', 'v', :sha, 0, 1, :at)"  # noqa: E501
NAMES = ((1, "María José", "Núñez"), (2, "José", "Martínez"), (3, "María", "García"))


def add_visit(conn, visit_id: int, patient_id: int, at: str) -> None:
    conn.execute(
        text(VISIT), {"id": visit_id, "p": patient_id, "s": f"sub-{visit_id}-xx", "at": at,
                      "sha": "0" * 64},
    )  # fmt: skip


def pairs_of(conn, patient_id: int) -> set[str]:
    rows = conn.execute(
        text("SELECT pair FROM patient_name_pairs WHERE patient_id = :p"), {"p": patient_id}
    )
    return set(rows.scalars())


def test_existing_patients_get_their_pairs_on_upgrade(database, nurse) -> None:
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), PARENT)
    assert "patient_name_pairs" not in inspect(database.engine).get_table_names()
    with database.engine.begin() as conn:
        for pid, first, last in NAMES:
            conn.execute(
                text(PATIENT),
                {"id": pid, "f": first, "l": last, "k": stored_search_key(first, last),
                 "lk": stored_last_name_key(last)},
            )  # fmt: skip
            add_visit(conn, pid, pid, f"2026-0{pid}-01 10:00:00")
        command.upgrade(alembic_config(conn), "head")
    with database.engine.connect() as conn:
        for pid, first, last in NAMES:
            assert pairs_of(conn, pid) == name_pairs(stored_search_key(first, last))
        seen = conn.execute(
            text("SELECT DISTINCT last_seen FROM patient_name_pairs WHERE patient_id = 2")
        ).scalars()
        assert [str(s)[:16] for s in seen] == ["2026-02-01 10:00"]
    sf = database.session_factory
    assert [r.visit_id for r in search_visits(sf, actor=nurse, text="jose maria")] == [1]
    assert [r.visit_id for r in search_visits(sf, actor=nurse, text="maria garcia")] == [3]
    with database.engine.begin() as conn:  # a later visit moves José Martínez first
        add_visit(conn, 4, 2, "2026-04-01 10:00:00")
    assert [r.visit_id for r in search_visits(sf, actor=nurse, text="jos mar")] == [4, 2, 1]


def test_downgrade_removes_the_pairs_and_their_triggers(database) -> None:
    with database.engine.begin() as conn:
        command.downgrade(alembic_config(conn), PARENT)
    assert "patient_name_pairs" not in inspect(database.engine).get_table_names()
    with database.engine.begin() as conn:  # the triggers left with the table: writes work
        conn.execute(
            text(PATIENT),
            {"id": 9, "f": "Ana", "l": "Ruiz", "k": "ana ruiz", "lk": "ruiz"},
        )
        add_visit(conn, 9, 9, "2026-01-01 10:00:00")
        conn.execute(text("UPDATE patients SET last_name = 'Soto', search_key = 'ana soto'"))
        command.upgrade(alembic_config(conn), "head")
    with database.engine.connect() as conn:
        assert pairs_of(conn, 9) == name_pairs("ana soto")
