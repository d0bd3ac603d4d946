"""Search any part of any name, case and accents aside, newest first, on both databases."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from kiosk.domain.name_words import SEPARATORS, name_prefixes, name_words, query_words
from kiosk.services.checkin import stored_search_key, submit_checkin
from kiosk.services.name_search import search_visits
from kiosk.storage import models
from tests.fixtures.database import (
    TEST_NOW,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    make_submission,
)

CHECKLIST = build_checklist()


def check_in(sf, first: str, last: str, *, dob: date = date(1990, 5, 17), days_ago: int = 0):
    at = TEST_NOW - timedelta(days=days_ago)
    submission = make_submission(  # the procedure that day: the service checks the date's range
        CHECKLIST, first_name=first, last_name=last, date_of_birth=dob, procedure_date=at.date()
    )
    clock = fixed_clock(at)
    return submit_checkin(sf, submission, checklist=CHECKLIST, zone=TEST_ZONE, clock=clock)


@pytest.fixture
def found(nurse):
    """Visit ids found for what a signed-in nurse types (every search checks a sign-in)."""

    def search(sf, typed: str, **kwargs) -> list[int]:
        return [row.visit_id for row in search_visits(sf, actor=nurse, text=typed, **kwargs)]

    return search


def test_any_part_of_any_name_is_found(session_factory, found) -> None:
    garcia = check_in(session_factory, "María", "García López").visit_id
    nunez = check_in(session_factory, "Ana María", "Núñez", dob=date(1980, 1, 2)).visit_id
    other = check_in(session_factory, "Luis", "Ortega", dob=date(1970, 3, 4)).visit_id
    assert found(session_factory, "Lopez") == [garcia]
    assert found(session_factory, "LÓPEZ") == [garcia]
    assert found(session_factory, "maria") == [nunez, garcia]  # newest first
    assert found(session_factory, "nun") == [nunez]
    assert found(session_factory, "ana maria") == [nunez]
    assert found(session_factory, "garcia ana") == []  # every typed word must match
    assert found(session_factory, "ortega") == [other]
    assert found(session_factory, "o") == [other]
    assert found(session_factory, "z") == []  # a word's start, not any letter inside it


def test_hyphens_and_apostrophes_split_words(session_factory, found) -> None:
    visit = check_in(session_factory, "Seán", "O'Neil-Pérez").visit_id
    for typed in ("perez", "neil", "o'neil", "O’Neil", "o neil perez", "sean"):
        assert found(session_factory, typed) == [visit], typed


def test_results_carry_their_day_and_come_newest_first(session_factory, nurse) -> None:
    old = check_in(session_factory, "Ana", "García", days_ago=47).visit_id
    new = check_in(session_factory, "Ana", "García").visit_id
    rows = search_visits(session_factory, actor=nurse, text="garc")
    assert [r.visit_id for r in rows] == [new, old]
    assert rows[0].checked_in_at.date() - rows[1].checked_in_at.date() == timedelta(days=47)


def test_pages_hold_the_newest_visits_even_when_patients_interleave(session_factory, found) -> None:
    # Two patients whose visits alternate in time: the page must follow the visits.
    visits = []
    for days_ago in range(8, 0, -1):
        name = "Uno" if days_ago % 2 else "Dos"
        visits.append(check_in(session_factory, "Marta", name, days_ago=days_ago).visit_id)
    newest_first = visits[::-1]
    assert found(session_factory, "marta", limit=3) == newest_first[:3]
    assert found(session_factory, "marta", limit=3, offset=3) == newest_first[3:6]
    assert found(session_factory, "marta", limit=5, offset=5) == newest_first[5:]


def test_a_birth_date_narrows_a_name(session_factory, found) -> None:
    first = check_in(session_factory, "Ana", "Ruiz", dob=date(1990, 1, 1)).visit_id
    check_in(session_factory, "Ana", "Ruiz", dob=date(1991, 1, 1))
    assert found(session_factory, "ruiz", date_of_birth=date(1990, 1, 1)) == [first]


def test_the_index_follows_a_renamed_patient(database, found) -> None:
    receipt = check_in(database.session_factory, "Jose", "Perez")
    with database.engine.begin() as conn:
        conn.execute(
            text("UPDATE patients SET last_name = 'Pérez Soto', search_key = :key WHERE id = :id"),
            {"key": stored_search_key("Jose", "Pérez Soto"), "id": receipt.patient_id},
        )
    assert found(database.session_factory, "soto") == [receipt.visit_id]


@pytest.mark.parametrize(
    "name",
    [
        "María José",
        "García-López",
        "O'Brien",
        "D’Arcy",
        'Ann "Nan" Lee',
        "Back\\slash/Front (Jr.)",
        "Işık Łukasz",
        "Zoë Ǻngström",
        "a",
        "李 小龍",
        "x" * 99,
    ],
)
def test_the_database_cuts_names_as_the_search_does(database, name: str) -> None:
    receipt = check_in(database.session_factory, name, "Q")
    key = stored_search_key(name, "Q")
    with database.session_factory() as session:
        stored = set(
            session.scalars(
                select(models.PatientNamePrefix.prefix).where(
                    models.PatientNamePrefix.patient_id == receipt.patient_id
                )
            )
        )
    assert stored == name_prefixes(key)
    assert all(w in name_words(key) for w in query_words(name))


def test_the_migration_keeps_its_own_copy_of_the_separators() -> None:
    from importlib import import_module

    migration = import_module("kiosk.storage.migrations.versions.0006_nurse_day")
    assert migration.SEPARATORS == SEPARATORS


def test_patients_without_visits_never_take_a_place_in_a_page(database, found) -> None:
    visit = check_in(database.session_factory, "Marta", "Uno", days_ago=300).visit_id
    with database.engine.begin() as conn:
        for n in range(3):  # records with no visit (as a bulk import could leave), created now
            conn.execute(
                text(
                    "INSERT INTO patients (first_name, last_name, search_key, last_name_key,"
                    " date_of_birth, created_at) VALUES ('Marta', :l, :k, :l, '1980-01-01',"
                    " '2026-03-10 20:00:00')"
                ),
                {"l": f"sin{n}", "k": f"marta sin{n}"},
            )
    assert found(database.session_factory, "marta", limit=1) == [visit]
