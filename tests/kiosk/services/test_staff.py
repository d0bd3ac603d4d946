"""Staff accounts: peppered argon2id PINs, lockout, and an audited sign-in."""

from __future__ import annotations

import stat
from datetime import timedelta

import pytest
from argon2 import extract_parameters

from kiosk.domain.staff import Role
from kiosk.services.errors import AccountLocked, AuthError, ServiceError, ValidationError
from kiosk.services.staff import (
    LockoutPolicy,
    authenticate,
    create_staff,
    disable_staff,
    has_staff,
    list_staff,
    load_pepper,
    reset_pin,
)
from kiosk.storage import models
from tests.fixtures.database import TEST_NOW, TEST_PEPPER, TEST_PIN, fixed_clock
from tests.kiosk.services.helpers import audit_actions

LOCKOUT = LockoutPolicy(attempts=2, minutes=5)


def sign_in(sf, member, pin=TEST_PIN, *, pepper=TEST_PEPPER, at=TEST_NOW):
    return authenticate(
        sf, staff_id=member.staff_id, pin=pin, pepper=pepper, lockout=LOCKOUT, clock=fixed_clock(at)
    )


def test_load_pepper_creates_a_private_random_file_once(tmp_path):
    path = tmp_path / "secrets" / "pepper"
    first = load_pepper(path)
    assert len(first) == 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_pepper(path) == first
    assert load_pepper(tmp_path / "other") != first


def test_a_pepper_readable_by_others_is_made_private_again(tmp_path):
    path = tmp_path / "pepper"
    first = load_pepper(path)
    path.chmod(0o644)  # e.g. restored from a backup by hand
    assert load_pepper(path) == first
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_damaged_pepper_is_reported(tmp_path):
    path = tmp_path / "pepper"
    path.write_bytes(b"short")
    with pytest.raises(ServiceError, match="pepper"):
        load_pepper(path)


def test_the_pin_is_stored_as_peppered_argon2id(database, admin):
    with database.session_factory() as session:
        stored = session.get(models.Staff, admin.staff_id).pin_hash
    assert stored.startswith("$argon2id$")
    params = extract_parameters(stored)
    assert (params.time_cost, params.memory_cost, params.parallelism) == (2, 19456, 1)
    assert TEST_PIN not in stored
    assert has_staff(database.session_factory)


def test_first_account_must_be_an_admin(database):
    sf = database.session_factory
    assert not has_staff(sf)
    with pytest.raises(ValidationError) as caught:
        create_staff(
            sf, name="Nia", pin=TEST_PIN, role=Role.NURSE, actor_id=None, pepper=TEST_PEPPER
        )
    assert caught.value.code == "first_admin"


@pytest.mark.parametrize(
    ("pin", "code"),
    [("12345", "too_short"), ("12345a", "not_digits"), ("１２３４５６", "not_digits")],
)
def test_weak_pins_are_refused(database, pin, code):
    with pytest.raises(ValidationError) as caught:
        create_staff(
            database.session_factory,
            name="A",
            pin=pin,
            role=Role.ADMIN,
            actor_id=None,
            pepper=TEST_PEPPER,
        )
    assert (caught.value.field, caught.value.code) == ("pin", code)


def test_sign_in_with_the_right_pin(database, nurse):
    member = sign_in(database.session_factory, nurse)
    assert (member.staff_id, member.name, member.role) == (nurse.staff_id, "Noor Nurse", Role.NURSE)
    assert audit_actions(database)[-1] == "staff.signin.ok"


def test_the_pepper_is_part_of_the_secret(database, nurse):
    with pytest.raises(AuthError):
        sign_in(database.session_factory, nurse, pepper=bytes(32))


def test_wrong_pins_lock_the_account_for_a_while(database, nurse):
    sf = database.session_factory
    with pytest.raises(AuthError) as first:
        sign_in(sf, nurse, "000000")
    assert not isinstance(first.value, AccountLocked)
    with pytest.raises(AccountLocked) as locked:
        sign_in(sf, nurse, "111111")
    assert locked.value.until == TEST_NOW + timedelta(minutes=5)

    with pytest.raises(AccountLocked):  # the right PIN does not open a locked account
        sign_in(sf, nurse, at=TEST_NOW + timedelta(minutes=4))
    member = sign_in(sf, nurse, at=TEST_NOW + timedelta(minutes=5, seconds=1))
    assert member.locked_until is None
    assert audit_actions(database)[-4:] == [
        "staff.signin.failed",
        "staff.signin.locked",
        "staff.signin.locked",
        "staff.signin.ok",
    ]


def test_a_wrong_pin_says_how_many_attempts_are_left(database, nurse):
    sf = database.session_factory
    policy = LockoutPolicy(attempts=3, minutes=5)
    left = []
    for _ in range(2):  # each call is a separate transaction, as from two stations
        with pytest.raises(AuthError) as caught:
            authenticate(
                sf,
                staff_id=nurse.staff_id,
                pin="000000",
                pepper=TEST_PEPPER,
                lockout=policy,
                clock=fixed_clock(TEST_NOW),
            )
        left.append(caught.value.attempts_left)
    assert left == [2, 1]


@pytest.mark.parametrize("name", ["Ana\u200bBell", "Ana\u202eBell", "\u200b", "123"])
def test_staff_names_with_invisible_characters_or_no_letters_are_refused(database, name):
    with pytest.raises(ValidationError) as caught:
        create_staff(
            database.session_factory,
            name=name,
            pin=TEST_PIN,
            role=Role.ADMIN,
            actor_id=None,
            pepper=TEST_PEPPER,
        )
    assert caught.value.field == "name"
    assert caught.value.code in {"bad_character", "no_letters", "empty"}


def test_failures_count_per_account(database, nurse, admin):
    sf = database.session_factory
    with pytest.raises(AuthError):
        sign_in(sf, nurse, "000000")
    with pytest.raises(AuthError) as other:
        sign_in(sf, admin, "000000")
    assert not isinstance(other.value, AccountLocked)
    assert sign_in(sf, admin).staff_id == admin.staff_id


def test_admin_manages_accounts(database, admin, nurse):
    sf = database.session_factory
    with pytest.raises(AuthError):
        create_staff(
            sf,
            name="Zed",
            pin=TEST_PIN,
            role=Role.NURSE,
            actor_id=nurse.staff_id,
            pepper=TEST_PEPPER,
        )
    with pytest.raises(ValidationError) as last:
        disable_staff(sf, admin.staff_id, actor_id=admin.staff_id)
    assert last.value.code == "last_admin"

    disable_staff(sf, nurse.staff_id, actor_id=admin.staff_id)

    assert [m.name for m in list_staff(sf)] == ["Alex Admin"]
    assert [m.active for m in list_staff(sf, include_inactive=True)] == [True, False]
    with pytest.raises(AuthError):
        sign_in(sf, nurse)
    assert audit_actions(database)[-2:] == ["staff.disabled", "staff.signin.failed"]


def test_reset_pin_lifts_the_lockout(database, admin, nurse):
    sf = database.session_factory
    for pin in ("000000", "111111"):
        with pytest.raises(AuthError):
            sign_in(sf, nurse, pin)
    reset_pin(sf, nurse.staff_id, new_pin="97531246", actor_id=admin.staff_id, pepper=TEST_PEPPER)
    assert sign_in(sf, nurse, "97531246").staff_id == nurse.staff_id
    with pytest.raises(AuthError):
        reset_pin(
            sf, admin.staff_id, new_pin="97531246", actor_id=nurse.staff_id, pepper=TEST_PEPPER
        )
