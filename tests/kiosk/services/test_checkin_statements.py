"""submit_checkin's cost is its statements: count them, and check the fast paths store the same.

The check-in writes with prebuilt Core statements (PostgreSQL: a few combined with data-modifying
WITH clauses, each statement being a network round trip). These tests pin the statement count
per backend, that no ORM flush happens, and that what is stored and audited is unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy import event, select

from kiosk.domain.checklist import Answer, Choice
from kiosk.services.audit import record_event, verify_audit_chain
from kiosk.services.checkin import submit_checkin
from kiosk.storage import Database, models
from tests.fixtures.database import (
    TEST_NOW,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    make_submission,
)
from tests.kiosk.services.helpers import audit_actions, count

# Statements sent per check-in. SQLite counts its BEGIN IMMEDIATE (emitted through SQLAlchemy);
# psycopg sends PostgreSQL's BEGIN itself. New patient: lookup, patient, visit, the wording
# shown (texts, one insert-once executemany), then SQLite: answers (one executemany), consent,
# head, event, head move; PostgreSQL: answers + consent + head, event + head move.
NEW_PATIENT = {"sqlite": 10, "postgresql": 6}
RETURNING_PATIENT = {"sqlite": 9, "postgresql": 5}
RETRY = {"sqlite": 2, "postgresql": 1}  # BEGIN and the lookup: nothing is written


@contextmanager
def counted(database: Database) -> Iterator[tuple[list[str], list[object]]]:
    """Collect the SQL sent to the driver and every ORM flush while the block runs."""
    statements: list[str] = []
    flushes: list[object] = []

    def on_execute(conn, cursor, statement, parameters, context, executemany) -> None:
        statements.append(statement)

    def on_flush(session, flush_context) -> None:
        flushes.append(session)

    event.listen(database.engine, "before_cursor_execute", on_execute)
    event.listen(database.session_factory, "before_flush", on_flush)
    try:
        yield statements, flushes
    finally:
        event.remove(database.engine, "before_cursor_execute", on_execute)
        event.remove(database.session_factory, "before_flush", on_flush)


def submit(database: Database, submission) -> object:
    return submit_checkin(
        database.session_factory,
        submission,
        checklist=build_checklist(),
        zone=TEST_ZONE,
        clock=fixed_clock(),
    )


def test_statements_per_check_in(database):
    backend = database.engine.dialect.name
    first = make_submission()
    with counted(database) as (statements, flushes):
        submit(database, first)
    assert len(statements) == NEW_PATIENT[backend], statements
    assert flushes == []

    with counted(database) as (statements, flushes):
        submit(database, make_submission())  # same patient, a new visit
    assert len(statements) == RETURNING_PATIENT[backend], statements
    assert flushes == []

    with counted(database) as (statements, _):
        again = submit(database, first)
    assert not again.created
    assert len(statements) == RETRY[backend], statements
    assert not any(s.lstrip().upper().startswith(("INSERT", "UPDATE", "WITH")) for s in statements)


def test_answers_are_stored_in_checklist_order_with_their_values(database):
    checklist = build_checklist()
    submission = make_submission(
        answers={
            "retinoids": Answer("retinoids", Choice.WITHIN_WINDOW, days_ago=2),
            "sunburn": Answer("sunburn", Choice.YES, days_ago=1),
        }
    )
    receipt = submit(database, submission)
    with database.session_factory() as session:
        rows = session.execute(
            select(
                models.Answer.item_key,
                models.Answer.choice,
                models.Answer.days_ago,
                models.Answer.item_version,
                models.Answer.visit_id,
            ).order_by(models.Answer.id)
        ).all()
    assert [tuple(r) for r in rows] == [
        (a.item_key, a.choice.value, a.days_ago, checklist.version, receipt.visit_id)
        for a in submission.answers
    ]
    assert [r.item_key for r in rows] == [item.key for item in checklist.items]


def test_check_ins_and_other_events_share_one_verifiable_chain(database):
    """record_event (other services) and the check-in's own append interleave in one chain."""
    sf = database.session_factory
    submit(database, make_submission(first_name="Ana"))
    with sf() as session, session.begin():
        record_event(
            session,
            actor="staff:1",
            action="test.between",
            subject="x",
            details={"note": "café"},
            at=TEST_NOW + timedelta(seconds=1),
        )
    submit(database, make_submission(first_name="Bea"))

    assert audit_actions(database) == ["checkin.submitted", "test.between", "checkin.submitted"]
    report = verify_audit_chain(sf)
    assert (report.ok, report.checked, report.problem) == (True, 3, None)
    with sf() as session:
        head = session.get(models.AuditHead, 1)
        newest = session.execute(
            select(models.AuditEvent).order_by(models.AuditEvent.seq.desc()).limit(1)
        ).scalar_one()
    assert (head.seq, head.hash) == (newest.seq, newest.hash) == (3, newest.hash)
    assert count(database, models.Consent) == count(database, models.Visit) == 2
