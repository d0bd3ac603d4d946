"""First run, sign-in, lockout, automatic sign-out."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from kiosk.services.audit_log import list_events
from kiosk.services.staff import has_staff, list_staff
from tests.fixtures.database import TEST_PIN
from tests.ui.nurse.conftest import sign_in, signed_in


def test_first_run_creates_the_first_administrator(qtbot, make_station, session_factory):
    station = make_station()
    page = station.setup_page
    qtbot.waitUntil(lambda: station.stack.currentWidget() is page, timeout=5000)

    page.name.setText("Ana Torres")
    for pin, words in (
        ("12345", "at least 6 digits"),
        ("123456", "counts up or down"),
        ("111111", "repeats itself"),
        ("19900101", "reads as a date"),
        ("159753", "most common"),
        ("246810", "demo PIN"),
    ):
        page.pin.setText(pin)
        page.repeat.setText(pin)
        page.create_button.click()
        assert words in page.message.text(), pin

    page.pin.setText("583920")
    page.repeat.setText("583921")
    page.create_button.click()
    assert "not the same" in page.message.text()
    assert not has_staff(session_factory)

    page.repeat.setText("583920")
    page.create_button.click()
    qtbot.waitUntil(lambda: station.stack.currentWidget() is station.signin_page, timeout=10000)
    members = list_staff(session_factory)
    assert [(m.name, m.role.value) for m in members] == [("Ana Torres", "admin")]
    qtbot.waitUntil(lambda: "created" in station.signin_page.message.text())
    assert f"staff code is {members[0].code}" in station.signin_page.message.text()


def test_a_setup_page_left_open_on_a_second_station_makes_no_second_admin(
    qtbot, make_station, session_factory
):
    first, second = make_station(), make_station()
    for station in (first, second):
        qtbot.waitUntil(
            lambda station=station: station.stack.currentWidget() is station.setup_page,
            timeout=5000,
        )
    for station, name in ((first, "Ana Torres"), (second, "Mallory")):
        station.setup_page.name.setText(name)
        station.setup_page.pin.setText("583920")
        station.setup_page.repeat.setText("583920")
    first.setup_page.create_button.click()
    qtbot.waitUntil(lambda: first.stack.currentWidget() is first.signin_page, timeout=10000)
    second.setup_page.create_button.click()  # still showing the first-run page
    qtbot.waitUntil(lambda: second.stack.currentWidget() is second.signin_page, timeout=10000)
    assert "already has an administrator" in second.signin_page.message.text()
    assert [m.name for m in list_staff(session_factory)] == ["Ana Torres"]


def test_the_sign_in_page_lists_no_names(qtbot, make_station, admin, nurse):
    station = make_station()
    qtbot.waitUntil(lambda: station.stack.currentWidget() is station.signin_page, timeout=5000)
    shown = " ".join(
        w.text()
        for w in station.signin_page.findChildren(QLabel) + station.findChildren(QPushButton)
    )
    assert "Alex" not in shown and "Noor" not in shown


def test_sign_in_shows_who_and_admin_tools(qtbot, make_station, admin):
    station = make_station()
    with qtbot.waitSignal(station.signed_in, timeout=10000) as blocker:
        sign_in(qtbot, station, admin)
    assert blocker.args[0].staff_id == admin.staff_id
    assert station.who.full_text == "Signed in as Alex Admin (Administrator)"
    assert station.who.toolTip() == station.who.accessibleName() == station.who.full_text
    assert station.top_bar.isVisible() and station.admin_button.isVisible()
    assert station.stack.currentWidget() is station.queue_page


def test_a_nurse_does_not_see_administration(qtbot, make_station, nurse):
    station = signed_in(qtbot, make_station(), nurse)
    assert not station.admin_button.isVisible()
    station.show_admin()
    assert station.stack.currentWidget() is not station.admin_page


def test_an_attacker_at_this_station_waits_while_the_nurse_station_does_not(
    qtbot, make_station, admin, session_factory
):
    kiosk = make_station(station_name="kiosk-waiting-room")
    page = kiosk.signin_page
    for _ in range(3):  # the free tries (LockoutPolicy(attempts=3) in conftest)
        sign_in(qtbot, kiosk, admin, "999999")
        qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10000)
        assert page.message.text() == "That staff code and PIN do not match. Please try again."
        assert page.pinpad.pin() == "" and page.code == ""  # back to the code, clean
        page.message.clear_message()
    sign_in(qtbot, kiosk, admin, TEST_PIN)  # even the right PIN waits here now
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10000)
    # TEST_NOW is 11:30 in New York; the first wait is 30 seconds.
    assert "Please wait until 11:30" in page.message.text()
    assert kiosk.staff is None

    office = signed_in(qtbot, make_station(station_name="nurse-office"), admin)
    assert office.staff.staff_id == admin.staff_id
    actions = [e.action for e in list_events(session_factory, limit=50)]
    assert actions.count("staff.signin.failed") == 3
    assert "staff.signin.waiting" in actions


def test_a_locked_account_says_to_ask_an_administrator(qtbot, make_station, nurse, admin):
    from kiosk.services.signin import LockoutPolicy

    station = make_station(lockout=LockoutPolicy(attempts=50, hard_limit=2))
    page = station.signin_page
    for _ in range(2):
        sign_in(qtbot, station, nurse, "999999")
        qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10000)
        page.message.clear_message()
    sign_in(qtbot, station, nurse, TEST_PIN)
    qtbot.waitUntil(lambda: page.message.kind == "error", timeout=10000)
    assert "ask an administrator to unlock" in page.message.text()


def signouts(session_factory) -> list[tuple[int, str]]:
    return [
        (int(e.actor.split(":")[1]), e.details["reason"])
        for e in list_events(session_factory, limit=50)
        if e.action == "staff.signout"
    ]


def test_automatic_sign_out_after_idle_time(qtbot, make_station, nurse, session_factory):
    station = signed_in(qtbot, make_station(idle_seconds=0.3), nurse)
    with qtbot.waitSignal(station.signed_out, timeout=5000):
        pass
    assert station.staff is None
    assert not station.top_bar.isVisible()
    assert station.model.rowCount() == 0
    qtbot.waitUntil(lambda: station.stack.currentWidget() is station.signin_page)
    assert "signed out automatically" in station.signin_page.message.text()
    qtbot.waitUntil(lambda: signouts(session_factory) == [(nurse.staff_id, "idle")], timeout=5000)


def test_sign_out_button(qtbot, make_station, nurse, session_factory):
    station = signed_in(qtbot, make_station(), nurse)
    with qtbot.waitSignal(station.signed_out, timeout=5000):
        station.signout_button.click()
    assert station.staff is None and not station.idle.active
    qtbot.waitUntil(lambda: signouts(session_factory) == [(nurse.staff_id, "manual")], timeout=5000)


def test_a_nurse_disabled_mid_session_is_signed_out_at_her_next_action(
    qtbot, make_station, nurse, admin, session_factory
):
    from kiosk.services.staff import disable_staff

    station = signed_in(qtbot, make_station(), nurse)
    disable_staff(session_factory, nurse.staff_id, actor=admin)
    station.queue_page.poller.poll_now()  # the next poll of the queue
    qtbot.waitUntil(lambda: station.staff is None, timeout=5000)
    qtbot.waitUntil(lambda: station.stack.currentWidget() is station.signin_page)
    assert "disabled" in station.signin_page.message.text()


def test_a_nurse_changes_her_own_pin(qtbot, make_station, nurse, session_factory):
    station = signed_in(qtbot, make_station(), nurse)
    station.my_pin_button.click()
    page = station.change_pin_page
    assert station.stack.currentWidget() is page
    page.current.setText(TEST_PIN)
    page.new.setText("654321")
    page.repeat.setText("654321")
    page.save_button.click()
    assert "counts up or down" in page.message.text()
    page.current.setText("000000")
    page.new.setText("740258")
    page.repeat.setText("740258")
    page.save_button.click()
    qtbot.waitUntil(lambda: "not right" in page.message.text(), timeout=5000)
    page.current.setText(TEST_PIN)
    page.save_button.click()
    qtbot.waitUntil(lambda: station.stack.currentWidget() is station.queue_page, timeout=5000)
    assert station.queue_page.message.text() == "Your PIN was changed."
    station.signout_button.click()
    signed_in(qtbot, station, nurse, "740258")


def test_a_pin_below_the_clinics_rules_must_be_changed_first(qtbot, make_station, nurse):
    from kiosk.domain.pin_policy import PinPolicy

    station = make_station(pin_policy=PinPolicy(min_length=8))
    signed_in(qtbot, station, nurse)
    assert station.stack.currentWidget() is station.change_pin_page
    assert "no longer meets" in station.change_pin_page.intro.text()
    assert not station.change_pin_page.back_button.isVisible()


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


def test_a_name_with_markup_is_shown_as_typed(qtbot, make_station, session_factory):
    from PySide6.QtCore import Qt

    station = make_station()
    page = station.setup_page
    qtbot.waitUntil(lambda: station.stack.currentWidget() is page, timeout=5000)
    page.name.setText('<font color="red">Red</font> & <b>Co</b>')
    page.pin.setText("583920")
    page.repeat.setText("583920")
    page.create_button.click()
    notice = station.signin_page.message
    qtbot.waitUntil(lambda: "created" in notice.text(), timeout=10000)
    assert notice.textFormat() == Qt.TextFormat.PlainText
    assert notice.text().startswith('<font color="red">Red</font> & <b>Co</b> was created.')
    member = list_staff(session_factory)[0]
    station.signin_page.reset()
    signed_in(qtbot, station, member)
    assert station.who.textFormat() == Qt.TextFormat.PlainText
    assert station.who.full_text.startswith('Signed in as <font color="red">Red</font> & <b>Co</b>')
