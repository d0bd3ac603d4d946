"""Dates, times and flag words as the nurse reads them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage

from kiosk.domain.checklist import Flag, Outcome
from ui.nurse import labels
from ui.nurse.formatting import format_date, format_time, language_name, short_hash


@pytest.fixture
def spanish(qapp):
    before = QLocale()
    QLocale.setDefault(QLocale("es_ES"))
    yield
    QLocale.setDefault(before)


def test_times_are_shown_in_the_clinic_zone(qapp):
    at = datetime(2026, 7, 1, 13, 5, tzinfo=UTC)
    assert format_time(at, "America/New_York").replace("\u202f", " ") == "9:05 AM"
    assert format_time(at, "Europe/Madrid").replace("\u202f", " ") == "3:05 PM"


def test_dates_follow_the_application_language(spanish):
    assert format_date(date(1991, 4, 12)) == "12 abr 1991"
    assert language_name("en") == "Inglés"


def test_a_washout_flag_names_the_date_it_becomes_safe(qapp):
    flag = Flag(
        "retinoids",
        Outcome.RESCHEDULE,
        "patient words",
        "Retinoid inside the window; safe from {eligible_from}.",
        date(2026, 3, 13),
    )
    assert flag.nurse_text(format_date) == "Retinoid inside the window; safe from Mar 13, 2026."


def test_flag_words_never_rely_on_colour(qapp):
    assert labels.flags_text(0, None) == "No flags"
    assert labels.flags_text(3, Outcome.PREPARE_ON_ARRIVAL) == "3 flags · Prepare on arrival"

    def shape(outcome: Outcome | None) -> bytes:  # the alpha channel: the outline, no colour
        image = labels.outcome_icon(outcome).pixmap(32, 32).toImage()
        return bytes(image.convertToFormat(QImage.Format.Format_Alpha8).constBits())

    assert len({shape(o) for o in (None, *Outcome)}) == 4  # four shapes, not only tints


def test_short_hash_groups_the_first_characters(qapp):
    assert short_hash("c2872de3a0012ba551d1") == "c287 2de3 a001"
