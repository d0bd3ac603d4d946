"""Staff accounts: peppered argon2id PINs, the PIN policy, the first administrator, names,
and which actions need a signed-in administrator."""

from __future__ import annotations

import stat
import threading

import pytest
from argon2 import extract_parameters

from kiosk.domain.pin_policy import DEMO_PIN, PinPolicy
from kiosk.domain.staff import Role
from kiosk.services.errors import (
    AuthError,
    ConflictError,
    NotSignedIn,
    ServiceError,
    ValidationError,
)
from kiosk.services.signin import sign_out
from kiosk.services.staff import (
    change_own_pin,
    create_first_admin,
    create_staff,
    disable_staff,
    has_staff,
    list_staff,
    load_pepper,
    reset_pin,
    unlock_staff,
)
from kiosk.storage import models
from tests.fixtures.database import TEST_PEPPER, TEST_PIN, fixed_clock, sign_in_staff
from tests.kiosk.services.helpers import audit_actions

OTHER_PIN = "97531246"


def add(sf, actor, name="Rosa Ruiz", pin=TEST_PIN, role=Role.NURSE, **extra):
    return create_staff(sf, name=name, pin=pin, role=role, actor=actor, pepper=TEST_PEPPER, **extra)


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
        add(sf, None, name="Nia")
    assert caught.value.code == "first_admin"


# -- the PIN policy, enforced by the service ------------------------------------------------


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("12345", "too_short"),
        ("12345a", "not_digits"),
        ("１２３４５６", "not_digits"),
        ("123456", "sequence"),
        ("654321", "sequence"),
        ("000000", "repeated"),
        ("111111", "repeated"),
        ("121212", "repeated"),
        ("19900101", "date"),
        ("01011990", "date"),
        ("159753", "common"),
        (DEMO_PIN, "demo"),
    ],
)
def test_weak_pins_are_refused_with_a_code(database, pin, code):
    """The issue's examples: the setup screen's 123456, the admin page's 000000, the command
    line's 111111, 654321, 19900101 and the published demo PIN."""
    with pytest.raises(ValidationError) as caught:
        create_first_admin(database.session_factory, name="A", pin=pin, pepper=TEST_PEPPER)
    assert (caught.value.field, caught.value.code) == ("pin", code)
    assert not has_staff(database.session_factory)


def test_the_clinic_may_ask_for_longer_pins(database, admin):
    eight = PinPolicy(min_length=8)
    with pytest.raises(ValidationError) as caught:
        add(database.session_factory, admin, pin="583920", policy=eight)
    assert caught.value.code == "too_short"
    assert add(database.session_factory, admin, pin="58392047", policy=eight).active


def test_the_demo_pin_is_accepted_only_by_the_demo_policy(database):
    member = create_first_admin(
        database.session_factory,
        name="Demo",
        pin=DEMO_PIN,
        pepper=TEST_PEPPER,
        policy=PinPolicy(demo=True),
    )
    assert member.role is Role.ADMIN


# -- the first administrator ------------------------------------------------------------


def test_a_setup_page_left_open_cannot_make_a_second_admin(database, admin):
    """Station B still shows the first-run page after station A (or the CLI) made the admin."""
    with pytest.raises(ValidationError) as caught:
        create_first_admin(
            database.session_factory, name="Mallory", pin=OTHER_PIN, pepper=TEST_PEPPER
        )
    assert (caught.value.field, caught.value.code) == ("setup", "done")
    assert [m.name for m in list_staff(database.session_factory)] == ["Alex Admin"]


def test_two_stations_racing_to_set_up_make_exactly_one_admin(database):
    sf = database.session_factory
    barrier = threading.Barrier(4)
    outcomes: list[object] = []

    def create(number: int) -> None:
        barrier.wait()
        try:
            outcomes.append(
                create_first_admin(sf, name=f"Admin {number}", pin=OTHER_PIN, pepper=TEST_PEPPER)
            )
        except ServiceError as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=create, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    made = [o for o in outcomes if not isinstance(o, Exception)]
    refused = [o for o in outcomes if isinstance(o, ValidationError)]
    assert len(made) == 1 and len(refused) == 3, outcomes
    assert {r.code for r in refused} == {"done"}
    assert len(list_staff(sf, include_inactive=True)) == 1


# -- names ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "twin", ["alex admin", "ALEX ADMIN", "Álex Admín", "Alex  Admin", "A\u0301lex Admin"]
)
def test_names_are_unique_after_case_and_accent_folding(database, admin, twin):
    with pytest.raises(ValidationError) as caught:
        add(database.session_factory, admin, name=twin)
    assert (caught.value.field, caught.value.code) == ("name", "duplicate")


def test_jose_composed_and_decomposed_is_one_account(database, admin):
    add(database.session_factory, admin, name="Jos\u00e9 Ruiz")
    with pytest.raises(ValidationError):
        add(database.session_factory, admin, name="Jose\u0301 Ruiz")


@pytest.mark.parametrize("name", ["Ana\u200bBell", "Ana\u202eBell", "\u200b", "123"])
def test_staff_names_with_invisible_characters_or_no_letters_are_refused(database, name):
    with pytest.raises(ValidationError) as caught:
        create_first_admin(database.session_factory, name=name, pin=TEST_PIN, pepper=TEST_PEPPER)
    assert caught.value.field == "name"
    assert caught.value.code in {"bad_character", "no_letters", "empty"}


def test_names_with_markup_are_kept_literally(database, admin):
    member = add(database.session_factory, admin, name="Ben & <b>Jerry</b>")
    assert member.name == "Ben & <b>Jerry</b>"


def test_every_account_gets_a_distinct_three_digit_code(database, admin):
    sf = database.session_factory
    codes = [add(sf, admin, name=f"Nurse {chr(65 + n)}").code for n in range(20)]
    codes.append(admin.code)
    assert len(set(codes)) == 21
    assert all(len(c) == 3 and c.isdigit() for c in codes)


# -- administration needs a signed-in, active administrator ------------------------------


def test_a_nurse_cannot_manage_accounts(database, admin, nurse):
    sf = database.session_factory
    with pytest.raises(AuthError) as caught:
        add(sf, nurse, name="Zed")
    assert caught.value.code == "not_admin"
    for action in (
        lambda: disable_staff(sf, admin.staff_id, actor=nurse),
        lambda: reset_pin(sf, admin.staff_id, new_pin=OTHER_PIN, actor=nurse, pepper=TEST_PEPPER),
        lambda: unlock_staff(sf, admin.staff_id, actor=nurse),
        lambda: list_staff(sf, actor=nurse),
    ):
        with pytest.raises(AuthError):
            action()


def test_a_signed_out_admin_can_do_nothing(database, admin):
    sf = database.session_factory
    sign_out(sf, admin, clock=fixed_clock())
    with pytest.raises(NotSignedIn) as caught:
        add(sf, admin, name="Zed")
    assert caught.value.code == "signed_out"


def test_admin_disables_an_account_and_ends_its_sign_ins(database, admin, nurse):
    sf = database.session_factory
    with pytest.raises(ValidationError) as last:
        disable_staff(sf, admin.staff_id, actor=admin)
    assert last.value.code == "last_admin"

    disable_staff(sf, nurse.staff_id, actor=admin)

    assert [m.name for m in list_staff(sf)] == ["Alex Admin"]
    assert [m.active for m in list_staff(sf, include_inactive=True)] == [True, False]
    with pytest.raises(NotSignedIn) as caught:  # her open sign-in ends at once
        change_own_pin(sf, nurse, current_pin=TEST_PIN, new_pin=OTHER_PIN, pepper=TEST_PEPPER)
    assert caught.value.code in {"disabled", "signed_out"}
    with pytest.raises(AuthError):
        sign_in_staff(sf, nurse.code)
    assert audit_actions(database)[-2:] == ["staff.disabled", "staff.signin.failed"]


def test_a_disabled_account_cannot_have_or_change_its_pin(database, admin, nurse):
    sf = database.session_factory
    disable_staff(sf, nurse.staff_id, actor=admin)
    with pytest.raises(ValidationError) as caught:
        reset_pin(sf, nurse.staff_id, new_pin=OTHER_PIN, actor=admin, pepper=TEST_PEPPER)
    assert caught.value.code == "disabled"
    with pytest.raises(NotSignedIn):
        change_own_pin(sf, nurse, current_pin=TEST_PIN, new_pin=OTHER_PIN, pepper=TEST_PEPPER)
    with pytest.raises(AuthError):  # nothing above changed her PIN
        sign_in_staff(sf, nurse.code, OTHER_PIN)


def test_staff_change_their_own_pin(database, nurse):
    sf = database.session_factory
    with pytest.raises(ValidationError) as wrong:
        change_own_pin(sf, nurse, current_pin="999999", new_pin=OTHER_PIN, pepper=TEST_PEPPER)
    assert wrong.value.code == "wrong"
    with pytest.raises(ValidationError) as weak:
        change_own_pin(sf, nurse, current_pin=TEST_PIN, new_pin="147258", pepper=TEST_PEPPER)
    assert weak.value.code == "common"
    change_own_pin(sf, nurse, current_pin=TEST_PIN, new_pin=OTHER_PIN, pepper=TEST_PEPPER)
    assert sign_in_staff(sf, nurse.code, OTHER_PIN).staff_id == nurse.staff_id
    assert "staff.pin_changed" in audit_actions(database)


def test_admin_resets_a_pin_and_the_old_one_stops_working(database, admin, nurse):
    sf = database.session_factory
    reset_pin(sf, nurse.staff_id, new_pin=OTHER_PIN, actor=admin, pepper=TEST_PEPPER)
    with pytest.raises(AuthError):
        sign_in_staff(sf, nurse.code, TEST_PIN)
    assert sign_in_staff(sf, nurse.code, OTHER_PIN).staff_id == nurse.staff_id
    assert "staff.pin_reset" in audit_actions(database)


def test_a_name_added_twice_at_once_is_one_account(database, admin):
    sf = database.session_factory
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def create() -> None:
        barrier.wait()
        try:
            outcomes.append(add(sf, admin, name="Twin Nurse"))
        except (ValidationError, ConflictError) as exc:
            outcomes.append(exc)

    threads = [threading.Thread(target=create) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(not isinstance(o, Exception) for o in outcomes) == 1
    assert [m.name for m in list_staff(sf)].count("Twin Nurse") == 1
