"""Whatever a client sends, the check-in service answers with its own errors only.

A property test (hypothesis) starts from a valid submission and replaces any of its fields
with hostile values: other types, NaN and infinite points, fractional days, dates from year 1
to 9999, control characters and NULs, truncated or garbage PNGs. Each attempt must either be
stored or be refused with a ServiceError (ValidationError with a field and a code); nothing
else may escape (no OverflowError, DataError, TypeError). Runs on SQLite and PostgreSQL.
Named cases pin the refusals the issue listed.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.checklist import Answer, Choice
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import ServiceError, ValidationError
from tests.fixtures.database import (
    TEST_ZONE,
    build_checklist,
    build_consent,
    fixed_clock,
    make_submission,
    tiny_png,
)

CHECKLIST = build_checklist()
CONSENT = build_consent("en")

anything = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=80),
    st.binary(max_size=80),
    st.dates(),
    st.datetimes(),
    st.lists(st.integers(), max_size=3).map(tuple),
)
hostile_text = st.one_of(
    st.text(max_size=100),
    st.sampled_from(["", "\x00", "a\x00b", "tablet\n1", " ", "x" * 65, "\u202e", "\ud800"]),
)
hostile_number = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.sampled_from([math.nan, math.inf, -math.inf, 1e308, True]),
)


def _strokes(draw) -> tuple:
    stroke = draw(
        st.lists(st.tuples(hostile_number, hostile_number), min_size=0, max_size=12).map(tuple)
    )
    return (stroke, *make_submission().consent.strokes[1:])


@st.composite
def submissions(draw):
    base = make_submission(CHECKLIST, consent=CONSENT, submission_id=draw(_ids()))
    fields: dict[str, object] = {}
    consent: dict[str, object] = {}
    if draw(st.booleans()):
        fields["procedure_date"] = draw(st.one_of(st.dates(), anything))
    if draw(st.booleans()):
        fields["station"] = draw(st.one_of(hostile_text, anything))
    if draw(st.booleans()):
        fields["language"] = draw(st.one_of(hostile_text, anything))
    if draw(st.booleans()):
        answers = list(base.answers)
        i = draw(st.integers(0, len(answers) - 1))
        answers[i] = Answer(
            draw(st.one_of(st.sampled_from([a.item_key for a in answers]), hostile_text)),
            draw(st.one_of(st.sampled_from(list(Choice)), anything)),
            draw(st.one_of(st.none(), hostile_number, anything)),
        )
        fields["answers"] = tuple(answers)
    if draw(st.booleans()):
        fields["identity"] = dataclasses.replace(
            base.identity,
            **draw(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "first_name": st.one_of(hostile_text, anything),
                        "last_name": st.one_of(hostile_text, anything),
                        "date_of_birth": st.one_of(st.dates(), anything),
                    },
                )
            ),
        )
    if draw(st.booleans()):
        consent["strokes"] = draw(
            st.one_of(st.builds(lambda: None).map(lambda _: _strokes(draw)), anything)
        )
    if draw(st.booleans()):
        png = tiny_png()
        consent["signature_png"] = draw(
            st.one_of(
                st.binary(max_size=200).map(lambda tail: png[:8] + tail),
                st.integers(1, len(png) - 1).map(lambda n: png[:n]),
                anything,
            )
        )
    if draw(st.booleans()):
        consent["typed_name"] = draw(st.one_of(hostile_text, anything))
    if draw(st.booleans()):
        consent["acknowledgements"] = draw(st.one_of(st.lists(hostile_text).map(tuple), anything))
    if consent:
        fields["consent"] = dataclasses.replace(base.consent, **consent)
    return dataclasses.replace(base, **fields)


def _ids():
    return st.uuids().map(lambda u: u.hex)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(submission=submissions())
def test_no_submission_raises_anything_but_the_project_s_own_errors(session_factory, submission):
    try:
        receipt = submit_checkin(
            session_factory,
            submission,
            checklist=CHECKLIST,
            consent=CONSENT,
            zone=TEST_ZONE,
            clock=fixed_clock(),
        )
    except ValidationError as exc:
        assert exc.field and exc.code
    except ServiceError:
        pass
    else:
        assert receipt.visit_id > 0


def submit(sf, submission):
    return submit_checkin(
        sf, submission, checklist=CHECKLIST, consent=CONSENT, zone=TEST_ZONE, clock=fixed_clock()
    )


def with_consent(**changes):
    base = make_submission(CHECKLIST, consent=CONSENT)
    return dataclasses.replace(base, consent=dataclasses.replace(base.consent, **changes))


@pytest.mark.parametrize(
    ("submission", "field", "code"),
    [
        (
            make_submission(CHECKLIST, procedure_date=date(1, 1, 1)),
            "procedure_date",
            "out_of_range",
        ),
        (
            make_submission(CHECKLIST, procedure_date=date(9999, 12, 31)),
            "procedure_date",
            "out_of_range",
        ),
        (
            make_submission(CHECKLIST, procedure_date=date(1900, 1, 1)),
            "procedure_date",
            "out_of_range",
        ),
        (make_submission(CHECKLIST, station="tab\x00let"), "station", "invalid"),
        (make_submission(CHECKLIST, station=""), "station", "invalid"),
        (
            with_consent(strokes=(((0.0, 0.0), (math.nan, 5.0), (40.0, 40.0)),)),
            "signature",
            "bad_point",
        ),
        (with_consent(strokes=(((0.0, 0.0), (math.inf, 5.0)),)), "signature", "bad_point"),
        (with_consent(signature_png=tiny_png()[:8] + b"garbage" * 20), "signature", "bad_image"),
        (with_consent(signature_png=tiny_png()[:-20]), "signature", "bad_image"),
    ],
)
def test_the_refusals_the_issue_found(session_factory, submission, field, code) -> None:
    with pytest.raises(ValidationError) as caught:
        submit(session_factory, submission)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_fractional_days_are_refused(session_factory) -> None:
    base = make_submission(CHECKLIST, consent=CONSENT)
    item = next(i for i in CHECKLIST.items if i.washout_days)
    day_choice = next(c for c in Choice if item.needs_day(c))
    answers = tuple(
        Answer(a.item_key, day_choice, 1.5) if a.item_key == item.key else a for a in base.answers
    )
    with pytest.raises(ValidationError) as caught:
        submit(session_factory, dataclasses.replace(base, answers=answers))
    assert caught.value.code == "whole_days"


def test_a_png_with_a_bad_crc_is_refused(session_factory) -> None:
    png = bytearray(tiny_png())
    idat = png.index(b"IDAT")
    png[idat + 6] ^= 0xFF  # one bit of image data changed, its CRC no longer matches
    with pytest.raises(ValidationError) as caught:
        submit(session_factory, with_consent(signature_png=bytes(png)))
    assert caught.value.code == "bad_image"


def test_a_valid_submission_still_goes_through(session_factory) -> None:
    assert submit(session_factory, make_submission(CHECKLIST, consent=CONSENT)).created
