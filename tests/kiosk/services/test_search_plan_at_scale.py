"""At 100,000 visits the name search reads the name index, on SQLite and on PostgreSQL.

The database is the benchmarks' synthetic clinic (25,000 patients, varied surnames), filled
once and kept between runs (per schema and generator): on SQLite the benchmarks' cached file,
on PostgreSQL the search benchmark's schema. A plan that scans ``patients`` or ``visits``, or
sorts every match, fails the test; so does a two-word search that reads anything but the pair
index and, per candidate, the prefix table's primary key.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

import pytest
from sqlalchemy import event

from benchmarks.bench_queue import bench_nurse
from benchmarks.bench_search import BENCH_AUDIT_KEY, postgres_database
from benchmarks.synthetic_visits import database_path
from kiosk.services import name_search
from kiosk.services.audit import use_audit_key
from kiosk.storage import Database, open_database, sqlite_url
from tests.fixtures.database import PG_ENV, backends

pytestmark = pytest.mark.slow

VISITS = 100_000
COMMON = ("maria", "bar", "b")  # thousands of patients match: they must come in index order
COMMON_PAIRS = ("maria garcia", "a b")  # hundreds of patients hold both words
QUERIES = ("Núñez", "jose maria", "nunez maria jose", *COMMON, *COMMON_PAIRS)


@pytest.fixture(scope="module", params=backends())
def clinic(request: pytest.FixtureRequest) -> Iterator[Database]:
    if request.param == "sqlite":
        db = open_database(sqlite_url(database_path(VISITS)))
    else:
        db = postgres_database(os.environ[PG_ENV], VISITS)  # the benchmark's, kept between runs
    use_audit_key(db.engine, BENCH_AUDIT_KEY)  # the nurse's sign-in is audited
    yield db
    db.dispose()


def search_plan(database: Database, typed: str) -> str:
    """The plan of the search's one statement, as the database would run it."""
    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, params, context, executemany) -> None:
        if "patient_name_" in statement:
            statements.append((statement, params))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        rows = name_search.search_visits(
            database.session_factory, actor=bench_nurse(database.session_factory), text=typed
        )
    finally:
        event.remove(database.engine, "before_cursor_execute", capture)
    assert rows, typed
    ((statement, params),) = statements
    explain = "EXPLAIN QUERY PLAN " if database.is_sqlite else "EXPLAIN "
    with database.engine.connect() as connection:
        lines = connection.exec_driver_sql(explain + statement, params).all()
    if not database.is_sqlite:
        return "\n".join(str(line[0]) for line in lines)
    depth = {0: -1}  # SQLite: (id, parent, _, detail); indent each node under its parent
    out = []
    for node, parent, _, detail in lines:
        depth[node] = depth.get(parent, -1) + 1
        out.append("  " * depth[node] + str(detail))
    return "\n".join(out)


@pytest.mark.parametrize("typed", QUERIES)
def test_the_name_search_reads_the_name_index(clinic: Database, typed: str) -> None:
    plan = search_plan(clinic, typed)
    table, key = ("pairs", "pair") if " " in typed else ("prefixes", "prefix")
    index = f"ix_patient_name_{table}_{key}_last_seen_patient_id"
    if clinic.is_sqlite:
        assert f"{index} ({key}=?)" in plan, plan
        assert "ix_visits_patient_id_checked_in_at (patient_id=?)" in plan, plan
        assert "SCAN " not in plan, plan
        # The matching patients come in index order: no sort inside the subquery (the outer
        # sort orders the visits of at most a page of patients).
        assert re.search(rf"LIST SUBQUERY \d+\n  SEARCH patient_name_{table} USING COVERING", plan)
        assert "\n  USE TEMP B-TREE" not in plan, plan
        # Any other word is checked per candidate, on the prefix table's primary key.
        reads = [line for line in plan.splitlines() if "patient_name_" in line]
        probe = "sqlite_autoindex_patient_name_prefixes_1 (patient_id=? AND prefix=?)"
        assert all(f"{index} ({key}=?)" in line or probe in line for line in reads), plan
        if typed in ("jose maria", "maria garcia"):  # "maria" is longer than the pair's cut
            assert probe in plan, plan
    else:
        assert "Seq Scan" not in plan, plan
        if typed in COMMON + COMMON_PAIRS:  # newest first straight from the index, no sort
            assert f"Index Only Scan Backward using {index}" in plan, plan
        else:  # a rare word: the planner may start from its prefix and probe the rest by key
            assert "ix_patient_name_" in plan, plan
        assert "ix_visits_patient_id_checked_in_at" in plan, plan
