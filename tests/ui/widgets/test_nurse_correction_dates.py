"""Every date in the correction, merge and undo dialogs reads in the screen's language, never
as ISO text; the day a change was made is the clinic's day."""

from __future__ import annotations

from datetime import UTC, date, datetime
from types import SimpleNamespace

import pytest

from kiosk.services.identity import IdentityChangeView
from kiosk.services.results.visit import PatientSummary
from ui.i18n import LanguageSwitcher
from ui.widgets.nurse_corrections import (
    CorrectIdentityDialog,
    MergePatientDialog,
    UndoIdentityDialog,
)

KEPT = PatientSummary(1, "José", "Pérez", date(1990, 5, 17))
# Words each language uses; the ISO forms must never show.
WORDS = {
    "en": dict(born="born", kept="May 17, 1990", other="Dec 2, 1985", changed="Mar 10, 2026"),
    "es": dict(born="nacid", kept="17 may 1990", other="2 dic 1985", changed="10 mar 2026"),
}
ISO = ("1990-05-17", "1985-12-02", "2026-03-11", "2026-03-10")


@pytest.fixture(params=["en", "es"])
def language(qapp, request):
    switcher = LanguageSwitcher()
    assert switcher.set_language(request.param)
    yield request.param
    switcher.set_language("en")


def no_iso(text: str) -> bool:
    return not any(iso in text for iso in ISO)


def test_the_merge_dialog_names_both_records_with_dates_in_words(qtbot, language) -> None:
    words = WORDS[language]
    dialog = MergePatientDialog(KEPT, lambda _text, _reply: None)
    qtbot.addWidget(dialog)
    assert words["kept"] in dialog.keep.text() and words["born"] in dialog.keep.text()
    other = SimpleNamespace(
        patient_id=2, first_name="JOSE", last_name="Perez", date_of_birth=date(1985, 12, 2)
    )
    dialog.show_results([other])
    dialog.results.setCurrentRow(0)
    assert words["other"] in dialog.results.item(0).text()
    assert words["other"] in dialog.merged.text()
    assert no_iso(dialog.keep.text() + dialog.results.item(0).text() + dialog.merged.text())


def test_the_undo_dialog_says_every_date_in_words_and_the_clinics_day(qtbot, language) -> None:
    words = WORDS[language]
    change = IdentityChangeView(
        change_id=7,
        kind="correction",
        patient_id=1,
        other_patient_id=None,
        before={"first_name": "JOSE", "last_name": "Perez", "date_of_birth": "1985-12-02"},
        after={"first_name": "José", "last_name": "Pérez", "date_of_birth": "1990-05-17"},
        visit_ids=(3,),
        reason="Checked the ID",
        staff_name="Noor Nurse",
        at=datetime(2026, 3, 11, 3, 30, tzinfo=UTC),  # still the 10th in New York
        reverts_id=None,
        reverted=False,
    )
    dialog = UndoIdentityDialog([change], "America/New_York")
    qtbot.addWidget(dialog)
    line = dialog.entries.item(0).text()
    assert words["other"] in line and words["kept"] in line and words["changed"] in line
    assert no_iso(line)


def test_the_birth_date_field_shows_the_month_in_words(qtbot, language) -> None:
    dialog = CorrectIdentityDialog(KEPT)
    qtbot.addWidget(dialog)
    assert dialog.birth.text() == WORDS[language]["kept"]
    assert dialog.date_of_birth() == KEPT.date_of_birth
