"""Merging two records of one person and undoing it from the visit page (real station, database)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.kiosk.services.helpers import audit_actions
from tests.kiosk.services.test_nurse_day import _patient_of, checked_in, completed
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_queue_and_visit import open_visit
from ui.widgets.nurse_corrections import MergePatientDialog, UndoIdentityDialog


def _dialog(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind))


def test_merging_a_duplicate_record_from_the_visit_page(
    qtbot, make_station, nurse, database, session_factory
) -> None:
    kept_visit, _ = completed(session_factory, nurse, days_ago=14, first="José", last="Pérez")
    duplicate_visit = checked_in(session_factory, first="JOSE", last="Perez Soto")
    keep, duplicate = (_patient_of(session_factory, v) for v in (kept_visit, duplicate_visit))
    station = signed_in(qtbot, make_station(), nurse)
    open_visit(qtbot, station, kept_visit)
    page = station.visit_page

    page.merge_button.click()
    dialog = _dialog(MergePatientDialog)
    assert "José Pérez" in dialog.keep.text() and "born" in dialog.keep.text()
    assert not dialog.confirm_button.isEnabled()  # nothing chosen yet
    dialog.query.setText("jose")
    dialog.search_button.click()
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=10000)  # not the kept one
    assert "JOSE Perez Soto" in dialog.results.item(0).text()
    dialog.results.setCurrentRow(0)
    assert "JOSE Perez Soto" in dialog.merged.text()
    assert not dialog.confirm_button.isEnabled()  # a reason is required
    dialog.reason.setPlainText("   ")
    assert not dialog.confirm_button.isEnabled() and dialog.hint.text()
    dialog.reason.setPlainText("Same person, typed twice")
    with qtbot.waitSignal(station.context.visit_changed, timeout=10000):
        dialog.confirm_button.click()
    qtbot.waitUntil(lambda: page.message.isVisible(), timeout=10000)
    assert "merged" in page.message.text()
    assert _patient_of(session_factory, duplicate_visit) == keep
    assert duplicate != keep and "patient.merge" in audit_actions(database)

    # Undo the merge from the identity history, with a reason.
    page.undo_identity_button.click()
    qtbot.waitUntil(
        lambda: any(isinstance(w, UndoIdentityDialog) for w in QApplication.topLevelWidgets()),
        timeout=10000,
    )
    undo = _dialog(UndoIdentityDialog)
    assert undo.entries.count() == 1 and "Same person, typed twice" in undo.entries.item(0).text()
    undo.entries.setCurrentRow(0)
    assert not undo.confirm_button.isEnabled()  # no reason yet
    undo.reason.setPlainText("Two different people after all")
    with qtbot.waitSignal(station.context.visit_changed, timeout=10000):
        undo.confirm_button.click()
    qtbot.waitUntil(lambda: "undone" in page.message.text(), timeout=10000)
    assert _patient_of(session_factory, duplicate_visit) == duplicate
    assert "patient.unmerge" in audit_actions(database)
