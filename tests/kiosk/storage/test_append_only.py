"""Consents and audit events are append-only: the database itself refuses changes."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from kiosk.services.audit import record_event
from tests.fixtures.visits import complete_visit
from tests.kiosk.services.record_helpers import check_in

STATEMENTS = {
    "update consent": "UPDATE consents SET typed_name = 'someone else'",
    "delete consent": "DELETE FROM consents",
    "update audit": "UPDATE audit_events SET actor = 'nobody'",
    "delete audit": "DELETE FROM audit_events",
}


@pytest.mark.parametrize("statement", STATEMENTS.values(), ids=STATEMENTS.keys())
def test_changes_are_refused(database, submitted_visit, statement):
    with pytest.raises(DatabaseError, match="append-only"), database.engine.begin() as conn:
        conn.execute(text(statement))
    with database.engine.connect() as conn:
        consents = conn.execute(text("SELECT typed_name FROM consents")).scalars().all()
        actors = conn.execute(text("SELECT actor FROM audit_events")).scalars().all()
    assert consents == ["Ana García"]
    assert actors == ["kiosk:tablet-1"]


def test_inserting_still_works(database, submitted_visit):
    with database.session_factory() as session, session.begin():
        record_event(session, actor="system", action="test.appended", subject="x", details={})
    with database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_events")).scalar() == 2


@pytest.fixture
def completed_visit(database, nurse):
    sf = database.session_factory
    return complete_visit(sf, check_in(sf), nurse)


CLINICAL = {
    "update answer": "UPDATE answers SET choice = 'yes'",
    "delete answer": "DELETE FROM answers",
    "update text": "UPDATE texts SET body = 'another wording'",
    "delete text": "DELETE FROM texts",
    "update review": "UPDATE reviews SET decision = 'clear'",
    "delete review": "DELETE FROM reviews",
    "update procedure": "UPDATE procedures SET notes = 'edited'",
    "delete procedure": "DELETE FROM procedures",
}


@pytest.mark.parametrize("statement", CLINICAL.values(), ids=CLINICAL.keys())
def test_clinical_rows_are_append_only(database, completed_visit, statement):
    """Answers, the texts shown, reviews and procedures: corrections are new rows, not edits."""
    table = statement.split()[1] if statement.startswith("UPDATE") else statement.split()[2]
    with database.engine.connect() as conn:
        before = conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    assert before > 0
    with pytest.raises(DatabaseError, match="append-only"), database.engine.begin() as conn:
        conn.execute(text(statement))
    with database.engine.connect() as conn:
        assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == before
