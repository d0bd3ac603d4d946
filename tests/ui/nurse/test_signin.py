"""First run, sign-in, lockout, automatic sign-out."""

from __future__ import annotations

from kiosk.services.audit import list_events
from kiosk.services.staff import has_staff, list_staff
from tests.fixtures.database import TEST_PIN
from tests.ui.nurse.conftest import sign_in, signed_in


def test_first_run_creates_the_first_administrator(qtbot, make_station, session_factory):
    station = make_station()
    page = station.setup_page
    qtbot.waitUntil(lambda: station.stack.currentWidget() is page, timeout=5000)

    page.name.setText("Ana Torres")
    page.pin.setText("12345")
    page.repeat.setText("12345")
    page.create_button.click()
    assert "at least 6 digits" in page.message.text()

    page.pin.setText("123456")
    page.repeat.setText("123457")
    page.create_button.click()
    assert "not the same" in page.message.text()
    assert not has_staff(session_factory)

    page.repeat.setText("123456")
    page.create_button.click()
    qtbot.waitUntil(lambda: station.stack.currentWidget() is station.signin_page, timeout=10000)
    members = list_staff(session_factory)
    assert [(m.name, m.role.value) for m in members] == [("Ana Torres", "admin")]
    qtbot.waitUntil(lambda: members[0].staff_id in station.signin_page.name_buttons)
    assert "created" in station.signin_page.message.text()


def test_sign_in_shows_who_and_admin_tools(qtbot, make_station, admin):
    station = make_station()
    with qtbot.waitSignal(station.signed_in, timeout=10000) as blocker:
        sign_in(qtbot, station, admin)
    assert blocker.args[0].staff_id == admin.staff_id
    assert station.who.text() == "Signed in as Alex Admin (Administrator)"
    assert station.top_bar.isVisible() and station.admin_button.isVisible()
    assert station.stack.currentWidget() is station.queue_page


def test_a_nurse_does_not_see_administration(qtbot, make_station, nurse):
    station = signed_in(qtbot, make_station(), nurse)
    assert not station.admin_button.isVisible()
    station.show_admin()
    assert station.stack.currentWidget() is not station.admin_page


def test_wrong_pins_count_down_then_lock_the_account(qtbot, make_station, admin, session_factory):
    station = make_station()
    page = station.signin_page
    for left in (4, 3, 2, 1):
        sign_in(qtbot, station, admin, "999999")
        qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10000)
        assert f"{left} attempt(s) left" in page.message.text()
        assert page.pinpad.pin() == ""
        page.message.clear_message()
        page.show_names()
    sign_in(qtbot, station, admin, "999999")
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10000)
    # TEST_NOW is 11:30 in New York; locked for five minutes.
    assert "locked until 11:35" in page.message.text()
    qtbot.waitUntil(
        lambda: "locked until 11:35" in page.name_buttons[admin.staff_id].text(), timeout=5000
    )

    page.message.clear_message()
    page.show_names()
    sign_in(qtbot, station, admin, TEST_PIN)  # even the right PIN waits out the lock
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10000)
    assert "locked until 11:35" in page.message.text()
    assert station.staff is None
    actions = [e.action for e in list_events(session_factory, limit=50)]
    assert actions.count("staff.signin.failed") == 4
    assert "staff.signin.locked" in actions


def test_wrong_pins_on_two_stations_count_together(qtbot, make_station, admin):
    first, second = make_station(), make_station()
    for station, left in ((first, 4), (second, 3)):
        page = station.signin_page
        sign_in(qtbot, station, admin, "999999")
        qtbot.waitUntil(lambda page=page: page.message.kind == "error", timeout=10000)
        assert f"{left} attempt(s) left" in page.message.text()


def test_automatic_sign_out_after_idle_time(qtbot, make_station, nurse):
    station = signed_in(qtbot, make_station(idle_seconds=0.3), nurse)
    with qtbot.waitSignal(station.signed_out, timeout=5000):
        pass
    assert station.staff is None
    assert not station.top_bar.isVisible()
    assert station.model.rowCount() == 0
    qtbot.waitUntil(lambda: station.stack.currentWidget() is station.signin_page)
    assert "signed out automatically" in station.signin_page.message.text()


def test_sign_out_button(qtbot, make_station, nurse):
    station = signed_in(qtbot, make_station(), nurse)
    with qtbot.waitSignal(station.signed_out, timeout=5000):
        station.signout_button.click()
    assert station.staff is None and not station.idle.active


def test_leaving_kiosk_mode_takes_two_taps(qtbot, make_station, nurse):
    station = signed_in(qtbot, make_station(), nurse)
    asked: list[bool] = []
    station.exit_kiosk_requested.connect(lambda: asked.append(True))
    station.exit_button.click()
    assert asked == [] and station.exit_button.text() == "Tap again to exit"
    with qtbot.waitSignal(station.exit_kiosk_requested, timeout=1000):
        station.exit_button.click()
    assert asked == [True] and station.exit_button.text() == "Exit kiosk"


def test_back_to_check_in_shows_only_where_a_kiosk_listens(qtbot, make_station, admin):
    alone = make_station()
    qtbot.waitUntil(lambda: alone.stack.currentWidget() is alone.signin_page, timeout=5000)
    assert not alone.signin_page.leave_button.isVisible()

    shared = make_station()
    shared.hide()
    shared.leave_requested.connect(lambda: None)
    shared.show()
    qtbot.waitUntil(lambda: shared.stack.currentWidget() is shared.signin_page, timeout=5000)
    assert alone.signin_page.isVisible() and shared.signin_page.isVisible()
    assert shared.signin_page.leave_button.isVisible()
    with qtbot.waitSignal(shared.leave_requested, timeout=1000):
        shared.signin_page.leave_button.click()
