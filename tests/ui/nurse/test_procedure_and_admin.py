"""Recording a procedure, the aftercare sheet through the injected callables, administration."""

from __future__ import annotations

import dataclasses

import pypdf
import pytest

from kiosk.config import load_settings
from kiosk.domain.aftercare import Area
from kiosk.domain.staff import Role
from kiosk.domain.visit import VisitStatus
from kiosk.printing.folder import FolderBackend
from kiosk.services import documents
from kiosk.services.audit_log import list_events
from kiosk.services.rotation import list_backups, rotate_backups
from kiosk.services.staff import list_staff
from tests.fixtures.database import TEST_PEPPER, fixed_clock, sign_in_staff
from tests.ui.nurse.conftest import signed_in
from tests.ui.nurse.test_queue_and_visit import open_visit, status_of


def record(qtbot, station, areas: tuple[Area, ...], notes: str = "") -> None:
    station.visit_page.procedure_button.click()
    page = station.procedure_page
    qtbot.waitUntil(lambda: "Proposed" in page.session_hint.text(), timeout=5000)
    assert not page.record_button.isEnabled()  # no area ticked yet
    for area in areas:
        page.area_boxes[area].setChecked(True)
    page.notes.setPlainText(notes)
    page.record_button.click()
    qtbot.waitUntil(lambda: page.aftercare_button.isEnabled(), timeout=5000)


def test_record_procedure_with_proposed_session_number(
    qtbot, make_station, nurse, session_factory, cleared_visit
):
    station = signed_in(qtbot, make_station(), nurse)
    open_visit(qtbot, station, cleared_visit)
    assert station.visit_page.procedure_button.isEnabled()
    record(qtbot, station, (Area.FACE, Area.EYES), "1.0 mm")
    assert station.procedure_page.session_number.value() == 1
    assert status_of(session_factory, nurse, cleared_visit) is VisitStatus.COMPLETED
    qtbot.waitUntil(lambda: bool(station.bundle.detail.procedures), timeout=5000)
    done = station.bundle.detail.procedures[0]
    assert (done.areas, done.session_number, done.notes) == (
        frozenset({Area.FACE, Area.EYES}),
        1,
        "1.0 mm",
    )


def test_aftercare_without_printing_says_it_is_not_configured(
    qtbot, make_station, nurse, cleared_visit
):
    station = signed_in(qtbot, make_station(), nurse)  # no document callables injected
    open_visit(qtbot, station, cleared_visit)
    record(qtbot, station, (Area.NECK,))
    station.procedure_page.aftercare_button.click()
    assert "Printing isn't configured" in station.procedure_page.message.text()


def test_aftercare_renders_previews_and_prints_through_the_services(
    qtbot, make_station, nurse, session_factory, cleared_visit, tmp_path
):
    settings = load_settings(environ={"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    clinic = dataclasses.replace(settings.clinic, name="Bright Skin Clinic", phone="555-0100")
    settings = dataclasses.replace(settings, clinic=clinic)  # documents refuse placeholders
    printed = tmp_path / "printed"
    station = signed_in(
        qtbot,
        make_station(
            render_aftercare=lambda visit_id, actor: documents.render_aftercare(
                session_factory, visit_id, settings=settings, actor=actor
            ),
            print_document=lambda document, actor: documents.print_document(
                session_factory,
                document,
                backend=FolderBackend(printed),
                printer=None,
                actor=actor,
                timeout=5,
            ),
        ),
        nurse,
    )
    open_visit(qtbot, station, cleared_visit)
    record(qtbot, station, (Area.FACE, Area.HANDS))
    station.procedure_page.aftercare_button.click()
    qtbot.waitUntil(lambda: station.preview_dialog is not None, timeout=20000)
    dialog = station.preview_dialog  # the documents room's PrintPreviewDialog
    qtbot.addWidget(dialog)
    rendered = [
        e for e in list_events(session_factory, limit=50) if e.action == "document.rendered"
    ]
    assert [e.subject for e in rendered] == [f"visit:{cleared_visit}"]
    assert dialog.validate() and dialog.document.pageCount() >= 1
    assert not printed.exists() or not any(printed.iterdir())  # nothing before Print
    dialog.print_button.click()
    message = station.procedure_page.message
    qtbot.waitUntil(lambda: message.text() == "The aftercare sheet was printed.", timeout=20000)
    files = list(printed.iterdir())
    assert len(files) == 1
    text = "".join(page.extract_text() for page in pypdf.PdfReader(files[0]).pages)
    assert "Ana" in text
    events = {e.action: e.actor for e in list_events(session_factory, limit=50)}
    assert {"procedure.recorded", "document.rendered", "document.printed"} <= set(events)
    assert events["document.printed"] == f"staff:{nurse.staff_id}"  # not "system"


def test_admin_adds_resets_unlocks_and_disables_staff(qtbot, make_station, admin, session_factory):
    station = signed_in(qtbot, make_station(), admin)
    station.admin_button.click()
    page = station.admin_page
    assert station.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.staff_model.rowCount() == 1, timeout=5000)

    page.new_name.setText("Rosa Díaz")
    page.new_pin.setText("000000")
    page.new_repeat.setText("000000")
    page.add_button.click()
    assert "repeats itself" in page.message.text()
    page.new_pin.setText("135790")
    page.new_repeat.setText("135791")
    page.add_button.click()
    assert "not the same" in page.message.text()
    page.new_repeat.setText("135790")
    page.add_button.click()
    qtbot.waitUntil(lambda: page.staff_model.rowCount() == 2, timeout=10000)
    rosa = next(m for m in list_staff(session_factory) if m.name == "Rosa Díaz")
    assert rosa.role is Role.NURSE
    assert f"staff code {rosa.code}" in page.message.text()

    page.new_name.setText("ROSA DIAZ")  # the same name after folding
    page.new_pin.setText("740258")
    page.new_repeat.setText("740258")
    page.add_button.click()
    qtbot.waitUntil(lambda: "already exists" in page.message.text(), timeout=10000)

    lock(session_factory, rosa)
    station.admin.load_staff()  # the admin page asks its service again
    qtbot.waitUntil(lambda: "Locked" in page.staff_model.index(1, 3).data(), timeout=5000)
    page.select_staff(rosa.staff_id)
    assert page.unlock_button.isEnabled()
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.message.text() == "The account was unlocked.", timeout=10000)
    assert sign_in_staff(session_factory, rosa.code, "135790").staff_id == rosa.staff_id

    page.select_staff(rosa.staff_id)
    page.reset_pin.setText("864200")
    page.reset_repeat.setText("864200")
    page.reset_button.click()
    qtbot.waitUntil(lambda: page.message.text().startswith("The PIN was changed"), timeout=10000)
    assert sign_in_staff(session_factory, rosa.code, "864200").staff_id == rosa.staff_id

    page.select_staff(rosa.staff_id)
    page.disable_button.click()
    qtbot.waitUntil(lambda: page.message.text() == "The account was disabled.", timeout=5000)
    assert rosa.staff_id not in {m.staff_id for m in list_staff(session_factory)}


def lock(session_factory, member) -> None:
    """Wrong PINs from many stations until the account locks (hard limit 100 by default)."""
    from kiosk.services.errors import AccountLocked, AuthError
    from kiosk.services.signin import LockoutPolicy, authenticate

    policy = LockoutPolicy(hard_limit=3)
    for n in range(3):
        with pytest.raises((AccountLocked, AuthError)):
            authenticate(
                session_factory,
                code=member.code,
                pin="999999",
                station=f"s{n}",
                pepper=TEST_PEPPER,
                lockout=policy,
                clock=fixed_clock(),
            )


def test_audit_log_in_words_with_filters_and_verify(
    qtbot, make_station, admin, nurse, session_factory, cleared_visit
):
    station = signed_in(qtbot, make_station(), admin)
    station.admin_button.click()
    page = station.admin_page
    qtbot.waitUntil(lambda: page.staff_model.rowCount() == 2, timeout=5000)
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: page.audit_model.rowCount() >= 4, timeout=5000)
    what = [page.audit_model.index(r, 2).data() for r in range(page.audit_model.rowCount())]
    assert any(line.startswith("\u2068Alex Admin\u2069 signed in at") for line in what)
    assert any("cleared visit" in line for line in what)
    assert not any("{" in line for line in what)  # words, not JSON

    page.filter_staff.setCurrentIndex(page.filter_staff.findData(nurse.staff_id))
    page.apply_filter_button.click()
    qtbot.waitUntil(
        lambda: (
            all(
                "Noor Nurse" in page.audit_model.index(r, 1).data()
                or "Noor Nurse" in page.audit_model.index(r, 3).data()
                for r in range(page.audit_model.rowCount())
            )
            and page.audit_model.rowCount() > 0
        ),
        timeout=5000,
    )
    page.filter_staff.setCurrentIndex(0)
    page.filter_visit.setText(str(cleared_visit))
    page.apply_filter_button.click()
    qtbot.waitUntil(
        lambda: (
            {page.audit_model.index(r, 3).data() for r in range(page.audit_model.rowCount())}
            == {f"visit {cleared_visit}"}
        ),
        timeout=5000,
    )
    page.filter_visit.clear()
    page.filter_any_day.setChecked(False)
    page.filter_day.setDate(page.filter_day.date().addDays(-1))  # the day before: nothing
    page.apply_filter_button.click()
    qtbot.waitUntil(lambda: page.audit_model.rowCount() == 0, timeout=5000)

    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verify_result.kind == "ok", timeout=5000)
    checked = len(list_events(session_factory, limit=1000))
    assert page.verify_result.text() == f"The audit log is intact: {checked} events checked."


def test_backup_now_into_a_folder_under_the_data_dir(
    qtbot, make_station, admin, sqlite_database, tmp_path
):
    data_dir = tmp_path / "data"
    station = signed_in(
        qtbot,
        make_station(
            data_dir=data_dir, backup=lambda folder: rotate_backups(sqlite_database, folder, 2)
        ),
        admin,
    )
    station.admin_button.click()
    page = station.admin_page
    page.tabs.setCurrentIndex(2)
    page.backup_folder.setText(str(tmp_path / "elsewhere"))
    page.backup_button.click()
    assert "inside" in page.backup_result.text()

    folder = data_dir / "backups"
    page.backup_folder.setText(str(folder))
    results = []
    for _ in range(3):  # keep 2: the third backup prunes the first, as the daily ones do
        page.backup_result.clear_message()
        page.backup_button.click()
        qtbot.waitUntil(lambda: page.backup_result.kind == "ok", timeout=10000)
        results.append(page.backup_result.text())
    written = list_backups(folder)
    assert len(written) == 2
    assert str(written[-1]) in results[-1]
    assert all(p.stat().st_size > 0 for p in written)


def test_a_procedure_recorded_elsewhere_first_is_a_conflict(
    qtbot, make_station, nurse, admin, session_factory, cleared_visit
):
    from kiosk.services.errors import ConflictError
    from kiosk.services.procedures import record_procedure

    station = signed_in(qtbot, make_station(), nurse)
    open_visit(qtbot, station, cleared_visit)
    station.visit_page.procedure_button.click()
    page = station.procedure_page
    qtbot.waitUntil(lambda: "Proposed" in page.session_hint.text(), timeout=5000)
    record_procedure(
        session_factory,
        cleared_visit,
        actor=admin,
        areas=frozenset({Area.NECK}),
        session_number=1,
        notes="",
        expected_version=2,
        clock=fixed_clock(),
    )
    page.area_boxes[Area.FACE].setChecked(True)
    page.record_button.click()
    qtbot.waitUntil(
        lambda: (
            station.stack.currentWidget() is station.visit_page
            and station.visit_page.message.isVisible()
        ),
        timeout=5000,
    )
    assert station.visit_page.message.text() == ConflictError().message
    assert station.bundle.detail.status is VisitStatus.COMPLETED
    assert [p.areas for p in station.bundle.detail.procedures] == [frozenset({Area.NECK})]
