"""Sign-in: the waiting room cannot lock a nurse out, the hash runs outside every write
transaction, and every staff action needs an open sign-in of an active account."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, text

from kiosk.domain.pin_policy import PinPolicy
from kiosk.services.errors import AccountLocked, AuthError, NotSignedIn, SignInDelayed
from kiosk.services.identity import identity_changes
from kiosk.services.name_search import search_visits
from kiosk.services.review import list_queue, queue_changed_since, visit_detail
from kiosk.services.signin import LockoutPolicy, authenticate, sign_out
from kiosk.services.staff import disable_staff, list_staff, unlock_staff
from tests.fixtures.database import (
    TEST_DAY,
    TEST_NOW,
    TEST_PEPPER,
    TEST_PIN,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
)
from tests.kiosk.services.helpers import audit_actions

LOCKOUT = LockoutPolicy(attempts=3, minutes=15, first_delay_seconds=30, hard_limit=12)
WAITING_ROOM, NURSE_ROOM = "kiosk-waiting-room", "nurse-office"


def attempt(sf, member, pin, station=WAITING_ROOM, at=TEST_NOW, **extra):
    return authenticate(
        sf,
        code=member.code,
        pin=pin,
        station=station,
        pepper=TEST_PEPPER,
        lockout=extra.pop("lockout", LOCKOUT),
        clock=fixed_clock(at),
        **extra,
    )


def test_sign_in_with_code_and_pin(database, nurse):
    member = attempt(database.session_factory, nurse, TEST_PIN, NURSE_ROOM)
    assert (member.staff_id, member.name, member.code) == (nurse.staff_id, "Noor Nurse", nurse.code)
    assert member.token != nurse.token  # a new sign-in
    assert audit_actions(database)[-1] == "staff.signin.ok"


def test_an_unknown_code_and_a_wrong_pin_read_the_same(database, nurse):
    sf = database.session_factory
    with pytest.raises(AuthError) as wrong_pin:
        attempt(sf, nurse, "000000")
    with pytest.raises(AuthError) as no_code:
        authenticate(
            sf,
            code="000",
            pin=TEST_PIN,
            station=WAITING_ROOM,
            pepper=TEST_PEPPER,
            lockout=LOCKOUT,
            clock=fixed_clock(),
        )
    assert type(wrong_pin.value) is type(no_code.value) is AuthError
    assert wrong_pin.value.message == no_code.value.message
    assert wrong_pin.value.attempts_left is None and no_code.value.attempts_left is None


def test_the_pepper_is_part_of_the_secret(database, nurse):
    with pytest.raises(AuthError):
        authenticate(
            database.session_factory,
            code=nurse.code,
            pin=TEST_PIN,
            station=NURSE_ROOM,
            pepper=bytes(32),
            lockout=LOCKOUT,
            clock=fixed_clock(),
        )


# -- the attacker in the waiting room ----------------------------------------------------


def test_the_waiting_room_slows_itself_never_the_nurse_station(database, nurse):
    sf = database.session_factory
    for pin in ("000001", "000002", "000003"):  # the free tries
        with pytest.raises(AuthError) as caught:
            attempt(sf, nurse, pin)
        assert not isinstance(caught.value, SignInDelayed)
    with pytest.raises(SignInDelayed) as waiting:  # even the right PIN must wait now
        attempt(sf, nurse, TEST_PIN)
    assert waiting.value.until == TEST_NOW + timedelta(seconds=30)

    # Meanwhile the nurse signs in at her own station at once.
    assert attempt(sf, nurse, TEST_PIN, NURSE_ROOM).staff_id == nurse.staff_id


def test_the_wait_doubles_up_to_the_longest(database, nurse):
    sf = database.session_factory
    for pin in ("000001", "000002", "000003"):
        with pytest.raises(AuthError):
            attempt(sf, nurse, pin)
    at, waits = TEST_NOW, []
    for n in range(8):
        with pytest.raises(SignInDelayed) as delayed:  # the right PIN must wait too
            attempt(sf, nurse, TEST_PIN, at=at)
        waits.append((delayed.value.until - at).total_seconds())
        at = delayed.value.until
        with pytest.raises(AuthError) as wrong:  # the wait is over: one more wrong PIN
            attempt(sf, nurse, f"00001{n}", at=at)
        assert not isinstance(wrong.value, SignInDelayed)
    assert waits == [30, 60, 120, 240, 480, 900, 900, 900]


def test_trying_many_codes_slows_the_station_too(database, nurse):
    sf = database.session_factory
    for n in range(LOCKOUT.station_attempts):
        with pytest.raises(AuthError):
            authenticate(
                sf,
                code=f"{900 + n}",
                pin="583920",
                station=WAITING_ROOM,
                pepper=TEST_PEPPER,
                lockout=LOCKOUT,
                clock=fixed_clock(),
            )
    with pytest.raises(SignInDelayed):
        attempt(sf, nurse, TEST_PIN)  # this station, any account
    assert attempt(sf, nurse, TEST_PIN, NURSE_ROOM).staff_id == nurse.staff_id


def test_a_long_run_of_wrong_pins_locks_until_an_admin_unlocks(database, admin, nurse):
    sf = database.session_factory
    at = TEST_NOW
    for n in range(LOCKOUT.hard_limit):  # spread over stations and time, as a patient can't
        station = f"station-{n}"
        with pytest.raises(AuthError) as caught:
            attempt(sf, nurse, f"{n:06d}9", station, at=at)
        at += timedelta(minutes=20)
    assert isinstance(caught.value, AccountLocked)
    with pytest.raises(AccountLocked):  # the right PIN does not open it, on any station
        attempt(sf, nurse, TEST_PIN, NURSE_ROOM, at=at)
    with pytest.raises(NotSignedIn) as ended:  # her open sign-in ended with the lock
        list_queue(sf, TEST_DAY, actor=nurse, zone=TEST_ZONE)
    assert ended.value.code in {"locked", "signed_out"}
    assert [m.locked for m in list_staff(sf) if m.staff_id == nurse.staff_id] == [True]

    unlock_staff(sf, nurse.staff_id, actor=admin, clock=fixed_clock(at))
    assert attempt(sf, nurse, TEST_PIN, NURSE_ROOM, at=at).staff_id == nurse.staff_id
    actions = audit_actions(database)
    assert "staff.locked" in actions and "staff.unlocked" in actions


def test_a_right_pin_resets_the_run(database, nurse):
    sf = database.session_factory
    at = TEST_NOW
    for n in range(LOCKOUT.hard_limit - 1):
        with pytest.raises(AuthError):
            attempt(sf, nurse, f"{n:06d}9", f"s{n}", at=at)
    attempt(sf, nurse, TEST_PIN, NURSE_ROOM, at=at)
    with pytest.raises(AuthError) as caught:
        attempt(sf, nurse, "0000009", "s-next", at=at)
    assert not isinstance(caught.value, AccountLocked)


def test_every_attempt_is_audited(database, nurse):
    sf = database.session_factory
    before = len(audit_actions(database))
    for pin in ("000001", "000002", "000003"):
        with pytest.raises(AuthError):
            attempt(sf, nurse, pin)
    with pytest.raises(SignInDelayed):
        attempt(sf, nurse, TEST_PIN)
    assert audit_actions(database)[before:] == ["staff.signin.failed"] * 3 + [
        "staff.signin.waiting"
    ]


def test_a_pin_that_no_longer_meets_the_rules_asks_for_a_change(database, nurse):
    member = attempt(
        database.session_factory, nurse, TEST_PIN, NURSE_ROOM, policy=PinPolicy(min_length=8)
    )
    assert member.pin_change_required


# -- the hash runs outside every write transaction ----------------------------------------


class ProbingHasher(PasswordHasher):
    """A real argon2 hasher that, while it verifies, checks that nobody holds the database's
    write lock: another connection must be able to write at once (no waiting)."""

    def __init__(self, probe) -> None:
        super().__init__(time_cost=2, memory_cost=19456, parallelism=1)
        self.probe = probe
        self.probed = 0

    def verify(self, hash, password):
        self.probe()
        self.probed += 1
        return super().verify(hash, password)


def _probe_for(database):
    if database.is_sqlite:
        path = database.sqlite_path

        def probe() -> None:
            with sqlite3.connect(path, timeout=0) as other:  # no busy wait at all
                other.execute("BEGIN IMMEDIATE")
                other.execute("UPDATE audit_head SET seq = seq WHERE id = 1")
                other.rollback()

        return probe, lambda: None
    engine = create_engine(database.url)
    schema = database.engine.dialect.default_schema_name

    def probe() -> None:
        with engine.begin() as conn:
            conn.execute(text(f'SET LOCAL search_path TO "{schema}"'))
            conn.execute(text("SET LOCAL lock_timeout = '50ms'"))
            conn.execute(text("SELECT 1 FROM audit_head WHERE id = 1 FOR UPDATE NOWAIT"))
            conn.execute(text("SELECT 1 FROM staff FOR UPDATE NOWAIT"))

    return probe, engine.dispose


def test_a_sign_in_loop_holds_no_write_lock_while_hashing(database, nurse):
    sf = database.session_factory
    probe, close = _probe_for(database)
    hasher = ProbingHasher(probe)
    try:
        for n in range(6):
            pin = TEST_PIN if n % 2 else "000000"
            with contextlib.suppress(AuthError):
                attempt(sf, nurse, pin, f"station-{n}", hasher=hasher)
    finally:
        close()
    assert hasher.probed == 6  # every attempt hashed, and every probe wrote without waiting


# -- every staff action needs an open sign-in ----------------------------------------------


def test_reads_need_an_open_sign_in(database, nurse, submitted_visit):
    sf = database.session_factory
    assert list_queue(sf, TEST_DAY, actor=nurse, zone=TEST_ZONE)
    sign_out(sf, nurse, reason="idle", clock=fixed_clock())
    for read in (
        lambda: list_queue(sf, TEST_DAY, actor=nurse, zone=TEST_ZONE),
        lambda: search_visits(sf, actor=nurse, text="Ana"),
        lambda: queue_changed_since(sf, None, actor=nurse),
        lambda: visit_detail(
            sf, submitted_visit.visit_id, actor=nurse, checklist=build_checklist("en")
        ),
        lambda: identity_changes(sf, submitted_visit.patient_id, actor=nurse),
        lambda: identity_changes(sf, submitted_visit.patient_id, actor=None),  # type: ignore[arg-type]
    ):
        with pytest.raises(NotSignedIn) as caught:
            read()
        assert caught.value.code == "signed_out"


def test_a_nurse_disabled_mid_session_stops_browsing_at_once(database, admin, nurse):
    sf = database.session_factory
    assert list_queue(sf, TEST_DAY, actor=nurse, zone=TEST_ZONE) == []
    disable_staff(sf, nurse.staff_id, actor=admin)
    with pytest.raises(NotSignedIn):
        list_queue(sf, TEST_DAY, actor=nurse, zone=TEST_ZONE)
    with pytest.raises(NotSignedIn):
        search_visits(sf, actor=nurse, text="Ana")


def test_a_forged_token_is_refused(database, nurse):
    from dataclasses import replace

    forged = replace(nurse, token="made-up")
    with pytest.raises(NotSignedIn):
        list_queue(database.session_factory, TEST_DAY, actor=forged, zone=TEST_ZONE)
    other = replace(nurse, staff_id=nurse.staff_id + 100)  # someone else's id, her token
    with pytest.raises(NotSignedIn):
        list_queue(database.session_factory, TEST_DAY, actor=other, zone=TEST_ZONE)


def test_sign_outs_are_audited_with_their_reason(database, nurse, admin):
    sf = database.session_factory
    sign_out(sf, nurse, reason="manual", clock=fixed_clock())
    sign_out(sf, nurse, reason="manual", clock=fixed_clock())  # twice: one event
    sign_out(sf, admin, reason="idle", clock=fixed_clock())
    from kiosk.services.audit_log import list_events

    events = [e for e in list_events(sf) if e.action == "staff.signout"]
    assert [(e.actor, e.details["reason"]) for e in reversed(events)] == [
        (f"staff:{nurse.staff_id}", "manual"),
        (f"staff:{admin.staff_id}", "idle"),
    ]


def test_one_tablet_needs_most_of_a_day_to_lock_an_account(sqlite_database):
    """The clinic's defaults: a stranger trying wrong PINs as fast as the station lets them."""
    from tests.fixtures.database import signed_in_admin

    sf = sqlite_database.session_factory
    admin = signed_in_admin(sf)
    at, tries = TEST_NOW, 0
    while True:
        try:
            authenticate(
                sf,
                code=admin.code,
                pin=f"{tries:06d}9",
                station=WAITING_ROOM,
                pepper=TEST_PEPPER,
                lockout=LockoutPolicy(),
                clock=fixed_clock(at),
            )
        except SignInDelayed as delayed:
            at = delayed.until  # wait exactly as long as asked
            continue
        except AccountLocked:
            break
        except AuthError:
            tries += 1
    assert tries == LockoutPolicy().hard_limit - 1  # the hundredth wrong PIN locks
    assert at - TEST_NOW > timedelta(hours=20)
