"""The visit page warns when the typed signing name is not the checked-in patient's."""

from __future__ import annotations

import dataclasses

from tests.fixtures.database import make_submission
from tests.kiosk.services.record_helpers import check_in
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_queue_and_visit import open_visit

WARNING = "Warning: the typed signing name is not the checked-in patient's name."


def test_a_foreign_signing_name_shows_one_warning_line(qtbot, make_station, nurse, session_factory):
    bravo = make_submission(first_name="Bea", last_name="Bravo")
    bravo = dataclasses.replace(
        bravo, consent=dataclasses.replace(bravo.consent, typed_name="Alma Alpha")
    )
    foreign = check_in(session_factory, bravo)
    own = check_in(session_factory, first_name="Cy", last_name="Charlie")
    station = signed_in(qtbot, make_station(), nurse)

    open_visit(qtbot, station, foreign)
    shown = station.visit_page.consent_text.text()
    assert "Alma Alpha" in shown and shown.splitlines()[-1] == WARNING

    open_visit(qtbot, station, own)
    assert WARNING not in station.visit_page.consent_text.text()
