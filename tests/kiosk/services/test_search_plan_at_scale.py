"""At 100,000 visits the name search reads the name index, on SQLite and on PostgreSQL.

The database is the benchmarks' synthetic clinic (25,000 patients, varied surnames), filled
once and kept between runs (per schema and generator): on SQLite the benchmarks' cached file,
on PostgreSQL the search benchmark's schema. A plan that scans ``patients`` or ``visits``, or
sorts every match, fails the test.
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
from kiosk.services import review
from kiosk.services.audit import use_audit_key
from kiosk.storage import Database, open_database, sqlite_url
from tests.fixtures.database import PG_ENV, backends

pytestmark = pytest.mark.slow

VISITS = 100_000
COMMON = ("maria", "bar", "b")  # thousands of patients match: they must come in index order
QUERIES = ("Núñez", "jose maria", *COMMON)


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
        if "patient_name_prefixes" in statement:
            statements.append((statement, params))

    event.listen(database.engine, "before_cursor_execute", capture)
    try:
        rows = review.search_visits(
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
    if clinic.is_sqlite:
        assert "ix_patient_name_prefixes_prefix_last_seen_patient_id (prefix=?)" in plan, plan
        assert "ix_visits_patient_id_checked_in_at (patient_id=?)" in plan, plan
        assert "SCAN patients" not in plan and "SCAN visits" not in plan, plan
        # The matching patients come in index order: no sort inside the subquery (the outer
        # sort orders the visits of at most a page of patients).
        assert re.search(r"LIST SUBQUERY \d+\n  SEARCH patient_name_prefixes USING COVERING", plan)
        assert "\n  USE TEMP B-TREE" not in plan, plan
    else:
        assert "Seq Scan" not in plan, plan
        if typed in COMMON:  # newest first straight from the index, no sort of every match
            backward = "Index Only Scan Backward using ix_patient_name_prefixes_prefix_last_seen"
            assert backward in plan, plan
        assert "ix_visits_patient_id_checked_in_at" in plan, plan
        assert "Seq Scan" not in plan, plan
