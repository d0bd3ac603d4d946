"""Bad input through the services: stored and read back exactly (names NFC), or refused
with a clear ValidationError/IdentityError. Nothing crashes, on SQLite and PostgreSQL.

The rules checked here are the clinic's, written out independently of the code under test:
a patient name is NFC with runs of space folded, 1..100 characters, at least one letter, and
no control, unassigned, private-use or invisible formatting character (the zero-width
joiners that Persian and Indic spelling need are allowed). Free text (reasons, notes) is kept
exactly as typed, trimmed, up to 2000 characters, with no NUL.
"""

from __future__ import annotations

import itertools
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.aftercare import Area
from kiosk.domain.patient import Identity, IdentityError, parse_birth_date
from kiosk.domain.staff import Role, name_key
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import ValidationError
from kiosk.services.name_search import search_visits
from kiosk.services.procedures import record_procedure
from kiosk.services.review import Decision, decide, visit_detail
from kiosk.services.staff import create_staff, list_staff
from tests.fixtures.database import (
    TEST_DAY,
    TEST_PEPPER,
    TEST_PIN,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    make_submission,
)
from tests.fixtures.visits import first_decision
from tests.robustness.corpus import (
    BIRTH_DATES,
    FREE_TEXT,
    LONE_SURROGATE,
    NAMES,
    TYPED_DATES,
    any_text,
    free_text,
    name_like,
)
from tests.robustness.rules import folded, name_problem

CHECKLIST = build_checklist()
MAX_TEXT = 2000
DB_EXAMPLES = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def text_problem(raw: str) -> str | None:
    text = raw.strip()
    if len(text) > MAX_TEXT:
        return "too_long"
    if unprintable(text):
        return "bad_character"
    return None


def unprintable(text: str) -> bool:
    """What no keyboard types: control characters but tab and newlines, lone surrogates."""
    return any(
        (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r")
        or unicodedata.category(ch) == "Cs"
        for ch in text
    )


def submit_named(sf, first: str, last: str, dob: date = date(1990, 5, 17)):
    """Submit as the screens would, but past the domain's own checks: the service must check."""
    submission = make_submission(CHECKLIST, identity=Identity(first, last, dob))
    return submit_checkin(sf, submission, checklist=CHECKLIST, zone=TEST_ZONE, clock=fixed_clock())


def corpus_ids(values: list[str]) -> list[str]:
    return [f"{i}-{ascii(v)[1:25]}" for i, v in enumerate(values)]


# -- patient names -------------------------------------------------------------------------


_birthdays = itertools.count()


def unique_birthday() -> date:
    """Names that fold alike (Ā, Ǻ) with one birth date are one returning patient, by design;
    a birth date of its own keeps each example a new patient, so its spelling is stored."""
    return date(1930, 1, 1) + timedelta(days=next(_birthdays) % 30_000)


def check_name_round_trip(sf, actor, raw: str) -> None:
    problem = name_problem(raw)
    if problem is not None:
        with pytest.raises(ValidationError) as refused:
            submit_named(sf, raw, raw)
        assert refused.value.field == "first_name" and refused.value.code == problem
        assert str(refused.value)  # a message the screen can show
        return
    receipt = submit_named(sf, raw, raw, unique_birthday())
    name = folded(raw)
    detail = visit_detail(sf, receipt.visit_id, actor=actor, checklist=CHECKLIST)
    assert (detail.patient.first_name, detail.patient.last_name) == (name, name)
    assert detail.consent is not None and detail.consent.typed_name == f"{name} {name}"
    assert unicodedata.is_normalized("NFC", detail.patient.first_name)
    spellings = {name, name.casefold()}
    if name.upper().casefold() == name.casefold():  # not so for Turkish ı (see below)
        spellings.add(name.upper())
    for text in spellings:
        found = search_visits(sf, actor=actor, text=text)
        assert receipt.visit_id in {row.visit_id for row in found}, ascii(text)


@pytest.mark.parametrize("raw", NAMES, ids=corpus_ids(NAMES))
def test_corpus_names_are_kept_exactly_or_refused(session_factory, admin, raw: str) -> None:
    check_name_round_trip(session_factory, admin, raw)


@DB_EXAMPLES
@given(raw=name_like())
def test_any_name_is_kept_exactly_or_refused(session_factory, admin, raw: str) -> None:
    check_name_round_trip(session_factory, admin, raw)


def test_decomposed_and_composed_names_are_one_patient(session_factory) -> None:
    first = submit_named(session_factory, "Jose\u0301", "Nu\u0301n\u0303ez")
    second = submit_named(session_factory, "Jos\u00e9", "N\u00fa\u00f1ez")
    assert first.patient_id == second.patient_id


@pytest.mark.parametrize("typed", ["YILMAZ", "yilmaz", "Yılmaz", "Isik", "IŞIK"])
def test_a_turkish_name_is_found_however_it_is_typed(nurse, session_factory, typed: str) -> None:
    receipt = submit_named(session_factory, "Işık", "Yılmaz")
    found = search_visits(session_factory, actor=nurse, text=typed)
    assert receipt.visit_id in {row.visit_id for row in found}


@pytest.mark.parametrize(("stored", "typed"), [("Łukasz", "lukasz"), ("Øyvind", "oyvind")])
def test_letters_with_a_built_in_mark_are_found_without_it(
    nurse, session_factory, stored: str, typed: str
) -> None:
    receipt = submit_named(session_factory, stored, "Lopez")
    assert receipt.visit_id in {
        r.visit_id for r in search_visits(session_factory, actor=nurse, text=typed)
    }


# -- dates ---------------------------------------------------------------------------------


def birth_problem(dob: date) -> str | None:
    if dob > TEST_DAY:
        return "future"
    if TEST_DAY.year - dob.year > 120:
        return "too_old"
    return None


def check_birth_date(sf, actor, dob: date) -> None:
    problem = birth_problem(dob)
    if problem is not None:
        with pytest.raises(ValidationError) as refused:
            submit_named(sf, "Ana", "Lopez", dob)
        assert (refused.value.field, refused.value.code) == ("date_of_birth", problem)
        return
    receipt = submit_named(sf, "Ana", "Lopez", dob)
    detail = visit_detail(sf, receipt.visit_id, actor=actor, checklist=CHECKLIST)
    assert detail.patient.date_of_birth == dob
    assert receipt.visit_id in {
        r.visit_id for r in search_visits(sf, actor=actor, date_of_birth=dob)
    }


@pytest.mark.parametrize("dob", BIRTH_DATES, ids=str)
def test_corpus_birth_dates(session_factory, admin, dob: date) -> None:
    check_birth_date(session_factory, admin, dob)


@DB_EXAMPLES
@given(dob=st.dates())
def test_any_birth_date(session_factory, admin, dob: date) -> None:
    check_birth_date(session_factory, admin, dob)


def check_typed_date(day: int, month: int, year: int) -> None:
    try:
        real = date(year, month, day)
    except ValueError:
        real = None
    if real is not None and birth_problem(real) is None:
        assert parse_birth_date(day, month, year, TEST_DAY) == real
        return
    with pytest.raises(IdentityError) as refused:
        parse_birth_date(day, month, year, TEST_DAY)
    expected = "impossible" if real is None else birth_problem(real)
    assert (refused.value.field, refused.value.code) == ("date_of_birth", expected)


@pytest.mark.parametrize(("day", "month", "year"), TYPED_DATES)
def test_typed_dates(day: int, month: int, year: int) -> None:
    check_typed_date(day, month, year)


@given(day=st.integers(-5, 40), month=st.integers(-1, 14), year=st.integers(-10, 12_000))
def test_any_typed_date(day: int, month: int, year: int) -> None:
    check_typed_date(day, month, year)


def test_leap_day_birthdays() -> None:
    assert parse_birth_date(29, 2, 2000, TEST_DAY) == date(2000, 2, 29)
    for year in (1900, 2023, 2025):
        with pytest.raises(IdentityError, match="does not exist"):
            parse_birth_date(29, 2, year, TEST_DAY)


# -- search --------------------------------------------------------------------------------


def check_search(session_factory, actor, text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    nothing_to_find = not "".join(ch for ch in decomposed if not unicodedata.combining(ch)).split()
    try:
        rows = search_visits(session_factory, actor=actor, text=text)
    except ValidationError as refused:
        if unprintable(text):
            assert (refused.field, refused.code) == ("text", "bad_character"), ascii(text)
            return
        assert (refused.field, refused.code) == ("text", "empty")
        assert nothing_to_find, ascii(text)
    else:
        assert not unprintable(text), ascii(text)
        assert not nothing_to_find and isinstance(rows, list), ascii(text)


SEARCHABLE = [t for t in FREE_TEXT if "\x00" not in t]  # NUL: its own test below


@pytest.mark.parametrize("text", SEARCHABLE, ids=corpus_ids(SEARCHABLE))
def test_corpus_search_never_crashes(session_factory, nurse, text: str) -> None:
    check_search(session_factory, nurse, text)


@DB_EXAMPLES
@given(text=any_text(300).filter(lambda t: "\x00" not in t))
def test_any_search_never_crashes(session_factory, nurse, text: str) -> None:
    check_search(session_factory, nurse, text)


def test_a_nul_in_search_finds_nothing_or_is_refused(database, nurse) -> None:
    check_search(database.session_factory, nurse, "Ana\x00")


@pytest.mark.parametrize("text", ["%", "_", "\\", "a%", "' OR '1'='1"])
def test_search_wildcards_are_literal(nurse, session_factory, text: str) -> None:
    submit_named(session_factory, "Ana", "Lopez")
    assert search_visits(session_factory, actor=nurse, text=text) == []


# -- nurse free text -----------------------------------------------------------------------


@pytest.fixture
def open_visit(session_factory):
    """A visit a nurse can defer again and again; ``state["version"]`` tracks it."""
    receipt = submit_named(session_factory, "Ana", "Lopez")
    return {"visit_id": receipt.visit_id, "version": 1}


def reason_problem(raw: str) -> str | None:
    """A reason or note also needs something a reader can see (a letter, digit, punctuation
    or symbol), not only spaces, joiners, format characters or lone combining marks."""
    problem = text_problem(raw)
    text = raw.strip()
    if problem is None and text and not any(unicodedata.category(ch)[0] in "LNPS" for ch in text):
        return "invisible"
    return problem


def check_reason_and_note(sf, actor, visit: dict, raw: str) -> None:
    problem = reason_problem(raw)
    kwargs = {"actor": actor, "expected_version": visit["version"]}
    if problem is not None:
        with pytest.raises(ValidationError) as refused:
            decide(sf, visit["visit_id"], decision=Decision.DEFER, reason=raw, note=raw, **kwargs)
        assert (refused.value.field, refused.value.code) == ("reason", problem)
        return
    reason = raw.strip() or "Too soon"
    visit["version"] = decide(
        sf, visit["visit_id"], decision=Decision.DEFER, reason=reason, note=raw, **kwargs
    )
    latest = visit_detail(sf, visit["visit_id"], actor=actor, checklist=CHECKLIST).reviews
    assert (latest[-1].reason, latest[-1].note) == (reason, raw.strip() or None)


@pytest.mark.parametrize("raw", FREE_TEXT, ids=corpus_ids(FREE_TEXT))
def test_corpus_reasons_and_notes(session_factory, admin, open_visit, raw: str) -> None:
    check_reason_and_note(session_factory, admin, open_visit, raw)


@DB_EXAMPLES
@given(raw=free_text())
def test_any_reason_and_note(session_factory, admin, open_visit, raw: str) -> None:
    check_reason_and_note(session_factory, admin, open_visit, raw)


def check_procedure_notes(sf, actor, raw: str) -> None:
    visit_id = submit_named(sf, "Ana", "Lopez").visit_id
    version = first_decision(sf, visit_id, actor)
    args = {"actor": actor, "areas": frozenset({Area.FACE}), "session_number": 1}
    problem = text_problem(raw)
    if problem is not None:
        with pytest.raises(ValidationError) as refused:
            record_procedure(sf, visit_id, notes=raw, expected_version=version, **args)
        assert (refused.value.field, refused.value.code) == ("notes", problem)
        return
    record_procedure(sf, visit_id, notes=raw, expected_version=version, **args)
    stored = visit_detail(sf, visit_id, actor=actor, checklist=CHECKLIST).procedures
    assert [p.notes for p in stored] == [raw.strip()]


@pytest.mark.parametrize("raw", FREE_TEXT, ids=corpus_ids(FREE_TEXT))
def test_corpus_procedure_notes(session_factory, admin, raw: str) -> None:
    check_procedure_notes(session_factory, admin, raw)


@DB_EXAMPLES
@given(raw=free_text())
def test_any_procedure_notes(session_factory, admin, raw: str) -> None:
    check_procedure_notes(session_factory, admin, raw)


# -- staff names ---------------------------------------------------------------------------


def staff_name_problem(raw: str) -> str | None:
    """Staff names follow the patient rules: two accounts that look alike on the sign-in list
    (one with an invisible character) could not be told apart."""
    return name_problem(raw)


def check_staff_name(sf, admin, raw: str) -> None:
    problem = staff_name_problem(raw)
    if problem is None and name_key(folded(raw)) in {name_key(m.name) for m in list_staff(sf)}:
        problem = "duplicate"  # names unique after case and accent folding
    create = {"pin": TEST_PIN, "role": Role.NURSE, "actor": admin, "pepper": TEST_PEPPER}
    if problem is not None:
        with pytest.raises(ValidationError) as refused:
            create_staff(sf, name=raw, **create)
        assert (refused.value.field, refused.value.code) == ("name", problem)
        return
    member = create_staff(sf, name=raw, **create)
    stored = {m.staff_id: m.name for m in list_staff(sf)}
    assert stored[member.staff_id] == member.name == folded(raw)


@pytest.mark.parametrize("raw", NAMES, ids=corpus_ids(NAMES))
def test_corpus_staff_names(session_factory, admin, raw: str) -> None:
    check_staff_name(session_factory, admin, raw)


@settings(DB_EXAMPLES, max_examples=25)
@given(raw=name_like())
def test_any_staff_name(session_factory, admin, raw: str) -> None:
    check_staff_name(session_factory, admin, raw)


# -- what a keyboard cannot type but a broken paste might ------------------------------------


def test_a_lone_surrogate_in_a_name_is_refused(session_factory) -> None:
    with pytest.raises(ValidationError) as refused:
        submit_named(session_factory, LONE_SURROGATE, "Lopez")
    assert refused.value.code == "bad_character"


@pytest.mark.parametrize("where", ["search", "reason"])
def test_a_lone_surrogate_in_free_text_is_refused(
    nurse, session_factory, admin, where: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        if where == "search":
            search_visits(session_factory, actor=nurse, text=LONE_SURROGATE)
        else:
            visit = submit_named(session_factory, "Ana", "Lopez").visit_id
            first_decision(
                session_factory,
                visit,
                actor=admin,
                decision=Decision.DEFER,
                reason=LONE_SURROGATE,
            )
    assert refused.value.code == "bad_character"
