"""Search any part of any name, case and accents aside, newest first, on both databases.

One word reads the prefix table; two or more read the pair table (two words together, each
cut to PAIR_PREFIX letters) and check the rest per patient: both are kept by triggers.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from kiosk.domain.name_words import (
    PAIR_PREFIX,
    SEPARATORS,
    name_pairs,
    name_prefixes,
    name_words,
    query_words,
)
from kiosk.services.checkin import stored_search_key, submit_checkin
from kiosk.services.identity import correct_identity, merge_patients, revert_identity_change
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
    assert stored(database, models.PatientNamePrefix.prefix, receipt.patient_id) == (
        name_prefixes(key)
    )
    assert stored(database, models.PatientNamePair.pair, receipt.patient_id) == name_pairs(key)
    assert all(w in name_words(key) for w in query_words(name))


def stored(database, column, patient_id: int) -> set[str]:
    """What a name table holds for one patient."""
    table = column.class_
    with database.session_factory() as session:
        return set(session.scalars(select(column).where(table.patient_id == patient_id)))


@pytest.mark.parametrize("revision", ["0006_nurse_day", "0008_name_pairs"])
def test_the_migrations_keep_their_own_copy_of_the_word_rules(revision: str) -> None:
    from importlib import import_module

    migration = import_module(f"kiosk.storage.migrations.versions.{revision}")
    assert migration.SEPARATORS == SEPARATORS
    assert getattr(migration, "PAIR_PREFIX", PAIR_PREFIX) == PAIR_PREFIX


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


def test_two_names_in_any_order_case_accents_and_parts(session_factory, found) -> None:
    nunez = check_in(session_factory, "María José", "Núñez", days_ago=30).visit_id
    martinez = check_in(session_factory, "José", "Martínez", days_ago=20).visit_id
    lopez = check_in(session_factory, "María", "García López", days_ago=10).visit_id
    garcia = check_in(session_factory, "Ana María", "García").visit_id
    assert found(session_factory, "jose maria") == [nunez]
    assert found(session_factory, "MARÍA  José") == [nunez]
    assert found(session_factory, "jos mar") == [martinez, nunez]  # newest first
    assert found(session_factory, "maria garcia") == [garcia, lopez]
    assert found(session_factory, "garc mari") == [garcia, lopez]
    assert found(session_factory, "ana garcia") == [garcia]
    assert found(session_factory, "ana jose") == []
    assert found(session_factory, "a m") == [garcia]  # ana maria: two words starting a, m
    # A word longer than the pair's cut is checked whole: "mart" holds Martínez, not Marta.
    assert found(session_factory, "jose martin") == [martinez]
    assert found(session_factory, "jose marta") == []
    # A word that a longer typed word starts with adds nothing ("mar maria" is "maria").
    assert found(session_factory, "mar maria") == found(session_factory, "maria")
    assert found(session_factory, "mar maria") == [garcia, lopez, nunez]


def test_three_words_need_every_word(session_factory, found) -> None:
    nunez = check_in(session_factory, "María José", "Núñez").visit_id
    lopez = check_in(session_factory, "María", "García López", days_ago=3).visit_id
    check_in(session_factory, "Ana", "García Ruiz", days_ago=2)
    assert found(session_factory, "nunez maria jose") == [nunez]
    assert found(session_factory, "lopez garcia maria") == [lopez]
    assert found(session_factory, "g l m") == [lopez]
    assert found(session_factory, "garcia lopez ana") == []
    assert found(session_factory, "garcia maria ruiz") == []


def test_two_words_that_share_their_first_letters(session_factory, found) -> None:
    both = check_in(session_factory, "Marisol María", "Ruiz").visit_id
    check_in(session_factory, "María", "Ruiz", days_ago=1)
    assert found(session_factory, "maria marisol") == [both]  # both cut to "mari"
    assert found(session_factory, "mari marisol") == found(session_factory, "marisol")


def test_two_word_pages_follow_the_newest_visits(session_factory, found) -> None:
    visits = []
    for days_ago in range(8, 0, -1):  # two patients whose visits alternate in time
        last = "García Uno" if days_ago % 2 else "García Dos"
        visits.append(check_in(session_factory, "Ana", last, days_ago=days_ago).visit_id)
    check_in(session_factory, "Ana", "Ruiz", days_ago=0)  # newer, but not a García
    newest_first = visits[::-1]
    assert found(session_factory, "garcia ana", limit=3) == newest_first[:3]
    assert found(session_factory, "garcia ana", limit=3, offset=3) == newest_first[3:6]
    assert found(session_factory, "garcia ana", limit=5, offset=5) == newest_first[5:]
    assert found(session_factory, "ana garcia", date_of_birth=date(1990, 5, 17)) == newest_first


def test_a_corrected_name_is_found_by_its_new_words_only(session_factory, nurse, found) -> None:
    receipt = check_in(session_factory, "José", "Pérez")
    correct_identity(
        session_factory, receipt.patient_id, actor=nurse, last_name="Soto Pérez", reason="typo"
    )
    assert found(session_factory, "jose soto") == [receipt.visit_id]
    assert found(session_factory, "soto perez jose") == [receipt.visit_id]
    change = correct_identity(
        session_factory, receipt.patient_id, actor=nurse, first_name="Luis", reason="typo"
    )
    assert found(session_factory, "jose soto") == []
    assert found(session_factory, "luis soto") == [receipt.visit_id]
    revert_identity_change(session_factory, change.change_id, actor=nurse, reason="undo")
    assert found(session_factory, "jose soto") == [receipt.visit_id]
    assert found(session_factory, "luis soto") == []


def test_a_merge_moves_the_visits_and_drops_the_duplicate_names(database, nurse, found) -> None:
    sf = database.session_factory
    kept = check_in(sf, "Ana", "Soto", days_ago=10)
    duplicate = check_in(sf, "Ana", "Sotomayor", dob=date(1990, 5, 18))
    assert found(sf, "ana soto") == [duplicate.visit_id, kept.visit_id]
    merge = merge_patients(
        sf, duplicate_id=duplicate.patient_id, keep_id=kept.patient_id, actor=nurse, reason="same"
    )
    assert found(sf, "ana sotomayor") == []
    assert found(sf, "ana soto") == [duplicate.visit_id, kept.visit_id]  # both now the kept's
    pairs = models.PatientNamePair
    assert stored(database, pairs.pair, duplicate.patient_id) == set()
    with sf() as session:  # the kept record is now seen at the moved, newer visit
        seen = set(
            session.scalars(select(pairs.last_seen).where(pairs.patient_id == kept.patient_id))
        )
        newest = session.get(models.Visit, duplicate.visit_id).checked_in_at
    assert seen == {newest}
    revert_identity_change(sf, merge.change_id, actor=nurse, reason="not the same")
    assert found(sf, "ana sotomayor") == [duplicate.visit_id]
    assert found(sf, "ana soto") == [duplicate.visit_id, kept.visit_id]
    assert stored(database, pairs.pair, duplicate.patient_id) == name_pairs("ana sotomayor")
