"""Any name is stored and read back exactly, or refused with a reason; never mangled."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk.domain.patient import Identity
from kiosk.domain.text_rules import TextRuleError
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import ValidationError
from kiosk.services.name_search import search_visits
from kiosk.storage import models
from tests.fixtures.database import (
    TEST_DAY,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    make_submission,
)

CHECKLIST = build_checklist()
TRICKY = [
    "Robert'); DROP TABLE patients;--",
    "O'Brien",
    '"Quoted" Name',
    "100% _under\\score",
    "Zoë Ñúñez-Ålborg",
    "李小龍",
    "ᚠᛇᚻ᛫ᛒᛦᚦ",
    "ﷺ" * 100,
    "ß" * 100,
    "a\u0000b",
    "tab\there",
    "\u202eevil",
    "Ana\u200dMaria",
    "x" * 101,
    " ",
    "123",
]
names = st.one_of(
    st.sampled_from(TRICKY),
    st.text(max_size=120),
    st.text(
        alphabet=st.characters(categories=["L", "M", "Zs", "Pd", "Po"]), min_size=1, max_size=110
    ),
)
_birthdays = itertools.count()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=names, last=names)
def test_names_round_trip_or_are_refused(nurse, database, first, last):
    # A fresh birthday per example, so no two examples are the same returning patient.
    dob = date(1940, 1, 1) + timedelta(days=next(_birthdays))
    sf = database.session_factory
    try:
        identity = Identity.create(first, last, dob, TEST_DAY)
    except TextRuleError:
        raw = make_submission(identity=Identity(first, last, dob))
        with pytest.raises(ValidationError) as refused:
            submit_checkin(sf, raw, checklist=CHECKLIST, zone=TEST_ZONE, clock=fixed_clock())
        assert isinstance(refused.value.__cause__, TextRuleError)
        event(f"refused: {refused.value.code}")
        return
    event("stored")

    receipt = submit_checkin(
        sf,
        make_submission(identity=identity),
        checklist=CHECKLIST,
        zone=TEST_ZONE,
        clock=fixed_clock(),
    )

    with sf() as session:
        patient = session.get(models.Patient, receipt.patient_id)
        stored = (patient.first_name, patient.last_name, patient.date_of_birth)
    assert stored == (identity.first_name, identity.last_name, dob)
    found = search_visits(sf, actor=nurse, text=identity.first_name, date_of_birth=dob)
    assert [row.visit_id for row in found] == [receipt.visit_id]
    assert (found[0].first_name, found[0].last_name) == (identity.first_name, identity.last_name)
