"""The nurse-day widgets on real readings: interval findings, answers in the nurse's language
with the patient's words a tap away, the day picker and the cancel/no-show dialog."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from kiosk.content import load_content
from kiosk.content.interval import load_interval
from kiosk.domain.visit import Closure
from kiosk.services.reading import read_visit
from kiosk.services.review import visit_detail
from tests.kiosk.services.test_reading import EN, ES, spanish_visit
from ui.widgets.nurse_answers import ReadingAnswers
from ui.widgets.nurse_close_visit import CloseVisitDialog
from ui.widgets.nurse_day_picker import DayPicker
from ui.widgets.nurse_interval import IntervalPanel


@pytest.fixture
def reading(session_factory, nurse):
    visit_id = spanish_visit(session_factory, nurse)
    detail = visit_detail(
        session_factory,
        visit_id,
        actor=nurse,
        checklist=lambda lang: load_content(lang).checklist,
    )
    return read_visit(detail, language="en", reader=EN, patient=ES, interval=load_interval("en"))


def test_the_interval_panel_says_reschedule_with_the_dates(qtbot, reading) -> None:
    panel = IntervalPanel()
    qtbot.addWidget(panel)
    panel.show_reading(reading)
    panel.show()
    ((title, reason),) = panel.findings
    assert title == "Too soon: reschedule"
    assert "Feb 24, 2026" in reason and "Apr 7, 2026" in reason
    assert panel.isVisible() and "6-8" in panel.source.text()


def test_the_panel_hides_when_there_is_nothing_to_say(qtbot, reading) -> None:
    import dataclasses

    panel = IntervalPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_reading(dataclasses.replace(reading, interval=()))
    assert not panel.isVisible()


def test_answers_in_english_with_the_spanish_one_tap_away(qtbot, reading) -> None:
    answers = ReadingAnswers()
    qtbot.addWidget(answers)
    answers.show_reading(reading)
    answers.show()
    first = answers.cards[0]  # the reschedule flag comes first
    assert first.answer.item_key == "retinoids"
    assert first.question.text() == EN.item("retinoids").question
    assert first.question.textFormat() == Qt.TextFormat.PlainText
    assert "Mar 13, 2026" in first.reason.text()
    assert not first.original.isVisible()
    qtbot.mouseClick(first.patient_words, Qt.MouseButton.LeftButton)
    assert first.original.isVisible()
    assert ES.item("retinoids").question in first.original.text()
    assert "mar 2026" in first.original.text()


def test_the_day_picker_steps_picks_and_returns_to_today(qtbot) -> None:
    today = date(2026, 3, 10)
    picker = DayPicker(lambda: today)
    qtbot.addWidget(picker)
    assert not picker.today_button.isEnabled()
    with qtbot.waitSignal(picker.day_chosen) as chosen:
        picker.previous_button.click()
    assert chosen.args == [today - timedelta(days=1)]
    with qtbot.waitSignal(picker.day_chosen) as chosen:
        picker.calendar.setDate(QDate(2025, 10, 15))
    assert chosen.args == [date(2025, 10, 15)] and picker.today_button.isEnabled()
    with qtbot.waitSignal(picker.day_chosen) as chosen:
        picker.today_button.click()
    assert chosen.args == [today]


def test_cancelling_needs_a_visible_reason_a_no_show_does_not(qtbot) -> None:
    dialog = CloseVisitDialog("Ana García")
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.confirm_button.isEnabled()
    dialog.reason.setPlainText("\u200b ")
    assert not dialog.confirm_button.isEnabled()
    dialog.no_show_choice.setChecked(True)
    assert dialog.confirm_button.isEnabled()
    dialog.cancel_choice.setChecked(True)
    dialog.reason.setPlainText("Cold sore on the cheek")
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.confirm_button.click()
    assert chosen.args == [Closure.CANCELLED, "Cold sore on the cheek"]


def test_the_dialog_fits_the_screen_with_its_buttons(qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    dialog = CloseVisitDialog("Ana García " * 8)
    qtbot.addWidget(dialog)
    dialog.show()
    room = QGuiApplication.primaryScreen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert dialog.rect().contains(dialog.confirm_button.geometry())


def test_correcting_a_procedure_from_the_dialog(qtbot, session_factory, nurse) -> None:
    from kiosk.domain.aftercare import Area
    from kiosk.services.procedures import correct_procedure
    from tests.kiosk.services.test_nurse_day import completed, detail
    from ui.widgets.nurse_corrections import CorrectProcedureDialog

    visit_id, _ = completed(session_factory, nurse, days_ago=0, notes="0.5 mm")
    seen = detail(session_factory, visit_id, nurse)
    dialog = CorrectProcedureDialog(seen.procedures[0])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.area_boxes[Area.FACE].isChecked() and dialog.notes.toPlainText() == "0.5 mm"
    assert not dialog.confirm_button.isEnabled()  # no reason yet
    dialog.area_boxes[Area.EYES].setChecked(True)
    dialog.reason.setPlainText("Forgot the eyes")
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.confirm_button.click()
    areas, session_number, notes, reason = chosen.args
    correct_procedure(
        session_factory, seen.procedures[0].procedure_id, actor=nurse, areas=areas,
        session_number=session_number, notes=notes, reason=reason, expected_version=seen.version,
    )  # fmt: skip
    now = detail(session_factory, visit_id, nurse)
    assert now.procedures[-1].areas == frozenset({Area.FACE, Area.EYES})
    assert now.procedures[-1].correction_reason == "Forgot the eyes"


def test_correcting_a_name_from_the_dialog(qtbot) -> None:
    from kiosk.services.results.visit import PatientSummary
    from ui.widgets.nurse_corrections import CorrectIdentityDialog

    dialog = CorrectIdentityDialog(PatientSummary(1, "JOSE", "Perez", date(1990, 5, 17)))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setPlainText("Checked the ID")
    assert not dialog.confirm_button.isEnabled()  # nothing changed yet
    dialog.first_name.setText("José")
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.confirm_button.click()
    assert chosen.args == ["José", "Perez", date(1990, 5, 17), "Checked the ID"]
