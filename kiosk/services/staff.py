"""Staff accounts: the first administrator, adding, disabling, PINs, unlocking.

PINs follow :mod:`kiosk.domain.pin_policy` (NIST SP 800-63B) and are hashed with argon2id
(OWASP: 19 MiB, 2 iterations) over HMAC-SHA256(pepper, pin); the pepper lives in a file
outside the database, so a copied database alone does not allow guessing PINs offline.
Hashing happens before or after a transaction, never inside one (a write transaction holds
SQLite's only write lock, and every check-in would wait for the hash).

Every change is made by a signed-in administrator (``actor``), by the account holder for their
own PIN, or by ``None``: the system itself, i.e. IT staff at the command line, who already
hold the machine. Sign-in and the per-action check live in :mod:`kiosk.services.signin`.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.config import StaffSettings
from kiosk.domain.pin_policy import MAX_PIN_LENGTH, PinPolicy, PinProblem
from kiosk.domain.staff import Role, SignedIn, is_staff_code, name_key
from kiosk.domain.text_rules import MAX_NAME_LENGTH, TextRuleError, clean_name
from kiosk.files import create_random_key, read_key
from kiosk.services.audit import READ_HEAD, record_event
from kiosk.services.clock import Clock, now_from, utc_now
from kiosk.services.errors import (
    AccountLocked,
    AuthError,
    ConflictError,
    NotFoundError,
    ServiceError,
    ValidationError,
)
from kiosk.services.results.staff import StaffMember
from kiosk.services.signin import (
    HASHER,
    LockoutPolicy,
    authenticate,
    clear_throttle,
    end_sessions,
    lockout_policy,
    peppered,
    require_signed_in,
    sign_out,
    staff_subject,
    verify_pin,
)
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models

__all__ = [
    "AccountLocked",
    "AuthError",
    "LockoutPolicy",
    "Role",
    "SignedIn",
    "authenticate",
    "change_own_pin",
    "create_first_admin",
    "create_staff",
    "disable_staff",
    "has_staff",
    "list_staff",
    "load_pepper",
    "lockout_policy",
    "pin_policy",
    "reset_pin",
    "sign_out",
    "unlock_staff",
]

PEPPER_BYTES = 32
DEFAULT_POLICY = PinPolicy()


def load_pepper(path: Path) -> bytes:
    """Read the pepper (owner-only, tightened if it was not); create a random one the first time."""
    path = Path(path)
    create_random_key(path, PEPPER_BYTES)
    pepper = read_key(path)
    if len(pepper) < PEPPER_BYTES:
        raise ServiceError(
            f"The PIN pepper file {path} is damaged (too short). Restore it from the backup;"
            " without it no PIN can be checked."
        )
    return pepper


def pin_policy(settings: StaffSettings) -> PinPolicy:
    """The clinic's PIN rules: the configured minimum length; the demo PIN only in the demo
    clinic (its settings come from ``kiosk.cli.demo_settings``, never from a config file)."""
    return PinPolicy(min_length=settings.pin_min_length, demo=settings.demo_pin_allowed)


def has_staff(sf: SessionFactory) -> bool:
    """Whether any account exists (the first run sets up an administrator)."""
    with transaction(sf, read_only=True) as session:
        return session.execute(select(func.count(models.Staff.id))).scalar_one() > 0


def create_first_admin(
    sf: SessionFactory,
    *,
    name: str,
    pin: str,
    pepper: bytes,
    policy: PinPolicy = DEFAULT_POLICY,
    clock: Clock = utc_now,
) -> StaffMember:
    """The first-run setup: an administrator, only while no account exists at all.

    A setup page left open on a second station, or two stations racing, cannot make a second
    one: the check and the insert run after taking the audit chain's head lock (PostgreSQL
    ``FOR UPDATE``; SQLite's ``BEGIN IMMEDIATE`` is already the one write lock), so of two
    creators exactly one finds the table empty. The other gets ValidationError
    ("setup", "done").
    """
    clean = _check_name(name)
    pin_hash = hash_pin(pin, pepper, policy)
    now = now_from(clock)
    with transaction(sf) as session:
        session.execute(READ_HEAD).one()  # serialise with every other writer, then look
        if session.execute(select(func.count(models.Staff.id))).scalar_one():
            raise ValidationError(
                "setup",
                "done",
                "This clinic already has an administrator. Please sign in instead.",
            )
        return _insert(session, clean, Role.ADMIN, pin_hash, None, now)


def create_staff(
    sf: SessionFactory,
    *,
    name: str,
    pin: str,
    role: Role,
    actor: SignedIn | None,
    pepper: bytes,
    policy: PinPolicy = DEFAULT_POLICY,
    code: str | None = None,
    clock: Clock = utc_now,
) -> StaffMember:
    """Add an account. ``actor`` is the signed-in admin doing it; None is the system (IT
    staff at the command line, or the demo builder). The first account must be an admin.
    ``code`` picks the staff code (3 digits); by default a random free one."""
    clean = _check_name(name)
    if code is not None and not is_staff_code(code):
        raise ValidationError("code", "bad_code", "A staff code is 3 digits.")
    role = Role(role)
    pin_hash = hash_pin(pin, pepper, policy)
    now = now_from(clock)
    with transaction(sf) as session:
        if actor is not None:
            require_signed_in(session, actor, now=now, admin=True)
        if role is not Role.ADMIN and not _active_admins(session):
            raise ValidationError("role", "first_admin", "The first account must be an admin.")
        return _insert(session, clean, role, pin_hash, actor, now, code)


def _insert(
    session: Session,
    name: str,
    role: Role,
    pin_hash: str,
    actor: SignedIn | None,
    now: datetime,
    code: str | None = None,
) -> StaffMember:
    key = name_key(name)
    taken = session.execute(
        select(models.Staff.id).where(models.Staff.name_key == key)
    ).scalar_one_or_none()
    if taken is not None:
        raise ValidationError(
            "name",
            "duplicate",
            "A staff member with this name already exists. Please add a middle initial or"
            " another detail so the two can be told apart.",
        )
    staff = models.Staff(
        name=name,
        name_key=key,
        code=code or _free_code(session),
        role=role.value,
        pin_hash=pin_hash,
        failed_attempts=0,
        locked_until=None,
        locked_at=None,
        active=True,
        created_at=now,
        pin_changed_at=now,
    )
    session.add(staff)
    try:
        session.flush()
    except IntegrityError as exc:  # another station added the same name a moment ago
        raise ConflictError(
            "Another station added this staff member a moment ago. Please look at the list."
        ) from exc
    record_event(
        session,
        actor=_actor_text(actor),
        action="staff.created",
        subject=staff_subject(staff.id),
        details={"role": role.value},
        at=now,
    )
    return _member(staff)


def _free_code(session: Session) -> str:
    """A random unused 3-digit staff code (not a secret; random so codes say nothing about
    who was added when)."""
    used = set(session.execute(select(models.Staff.code)).scalars())
    free = [str(n) for n in range(100, 1000) if str(n) not in used]
    if not free:
        raise ValidationError("staff", "no_codes", "No staff codes are left.")
    return secrets.choice(free)


def list_staff(
    sf: SessionFactory, include_inactive: bool = False, *, actor: SignedIn | None = None
) -> list[StaffMember]:
    """The accounts, by name. From a station, ``actor`` must be a signed-in administrator;
    None is the command line."""
    query = select(models.Staff).order_by(models.Staff.name_key, models.Staff.id)
    if not include_inactive:
        query = query.where(models.Staff.active.is_(True))
    with transaction(sf, read_only=True) as session:
        if actor is not None:
            require_signed_in(session, actor, admin=True)
        return [_member(s) for s in session.execute(query).scalars()]


def disable_staff(
    sf: SessionFactory, staff_id: int, *, actor: SignedIn | None, clock: Clock = utc_now
) -> None:
    """Deactivate an account (kept for the record) and end its sign-ins at once; the last
    active admin stays."""
    now = now_from(clock)
    with _account_change(sf, staff_id, actor, now, "staff.disabled") as (session, staff):
        if staff.role == Role.ADMIN.value and staff.active and _active_admins(session) <= 1:
            raise ValidationError(
                "staff", "last_admin", "The last administrator cannot be disabled."
            )
        staff.active = False
        end_sessions(session, staff_id, now, "disabled")


def reset_pin(
    sf: SessionFactory,
    staff_id: int,
    *,
    new_pin: str,
    actor: SignedIn | None,
    pepper: bytes,
    policy: PinPolicy = DEFAULT_POLICY,
    clock: Clock = utc_now,
) -> None:
    """An administrator (or the command line) sets someone's PIN; it also unlocks the
    account. For one's own PIN use :func:`change_own_pin`, which asks for the current one."""
    pin_hash = hash_pin(new_pin, pepper, policy)
    now = now_from(clock)
    with _account_change(sf, staff_id, actor, now, "staff.pin_reset") as (session, staff):
        if not staff.active:
            raise ValidationError(
                "staff", "disabled", "This account is disabled; its PIN cannot be changed."
            )
        _set_pin(session, staff, pin_hash, now)


def change_own_pin(
    sf: SessionFactory,
    actor: SignedIn,
    *,
    current_pin: str,
    new_pin: str,
    pepper: bytes,
    policy: PinPolicy = DEFAULT_POLICY,
    clock: Clock = utc_now,
) -> None:
    """A signed-in staff member changes their own PIN, typing the current one first. A
    disabled, locked or signed-out account cannot (NotSignedIn)."""
    now = now_from(clock)
    with transaction(sf, read_only=True) as session:
        old_hash = require_signed_in(session, actor, now=now).pin_hash
    if not verify_pin(old_hash, current_pin, pepper):  # outside every transaction
        raise ValidationError("current_pin", "wrong", "The current PIN is not right.")
    if new_pin == current_pin:
        raise ValidationError("pin", "same", "Please choose a PIN different from the old one.")
    pin_hash = hash_pin(new_pin, pepper, policy)
    with transaction(sf) as session:
        staff = require_signed_in(session, actor, now=now)
        if staff.pin_hash != old_hash:
            raise ConflictError("Your PIN was changed a moment ago. Please sign in again.")
        _set_pin(session, staff, pin_hash, now)
        record_event(
            session,
            actor=staff_subject(actor.staff_id),
            action="staff.pin_changed",
            subject=staff_subject(actor.staff_id),
            details={},
            at=now,
        )


def unlock_staff(
    sf: SessionFactory, staff_id: int, *, actor: SignedIn | None, clock: Clock = utc_now
) -> None:
    """An administrator opens a locked account and lifts every station's wait for it."""
    now = now_from(clock)
    with _account_change(sf, staff_id, actor, now, "staff.unlocked") as (session, staff):
        staff.locked_at = None
        staff.failed_attempts = 0
        clear_throttle(session, staff_id)


@contextmanager
def _account_change(
    sf: SessionFactory, staff_id: int, actor: SignedIn | None, now: datetime, action: str
) -> Iterator[tuple[Session, models.Staff]]:
    """One administrator's change to one account (``actor`` None: the command line): the
    admin's sign-in checked and the account read in one transaction, and the change audited
    as ``action`` once the block finishes without raising."""
    with transaction(sf) as session:
        if actor is not None:
            require_signed_in(session, actor, now=now, admin=True)
        yield session, _get_staff(session, staff_id)
        record_event(
            session,
            actor=_actor_text(actor),
            action=action,
            subject=staff_subject(staff_id),
            details={},
            at=now,
        )


def _set_pin(session: Session, staff: models.Staff, pin_hash: str, now: datetime) -> None:
    staff.pin_hash = pin_hash
    staff.pin_changed_at = now
    staff.failed_attempts = 0
    staff.locked_at = None
    clear_throttle(session, staff.id)


def check_pin(pin: str, policy: PinPolicy = DEFAULT_POLICY) -> str:
    """``pin`` when the policy accepts it; ValidationError("pin", <PinProblem code>)."""
    problem = policy.problem(pin)
    if problem is not None:
        raise ValidationError(
            "pin", problem.value, _PIN_PROBLEMS[problem].format(n=policy.min_length)
        )
    return pin


_PIN_PROBLEMS = {
    PinProblem.EMPTY: "Please choose a PIN.",
    PinProblem.NOT_DIGITS: "A PIN is made of digits only.",
    PinProblem.TOO_SHORT: "A PIN has at least {n} digits.",
    PinProblem.TOO_LONG: f"A PIN has at most {MAX_PIN_LENGTH} digits.",
    PinProblem.REPEATED: "A PIN cannot repeat the same digits (like 111111 or 121212).",
    PinProblem.SEQUENCE: "A PIN cannot be a run of digits (like 123456 or 987654).",
    PinProblem.DATE: "A PIN cannot be a date; birthdays are easy to guess.",
    PinProblem.COMMON: "This PIN is one of the most common ones; please choose another.",
    PinProblem.DEMO: "The demo PIN cannot be used in a real clinic.",
    PinProblem.MISMATCH: "The two PINs are not the same.",
}


def hash_pin(pin: str, pepper: bytes, policy: PinPolicy = DEFAULT_POLICY) -> str:
    return HASHER.hash(peppered(check_pin(pin, policy), pepper))


def _actor_text(actor: SignedIn | None) -> str:
    return "system" if actor is None else staff_subject(actor.staff_id)


_NAME_PROBLEMS = {
    "empty": "Please enter a name.",
    "too_long": f"Please keep the name under {MAX_NAME_LENGTH} characters.",
    "bad_character": "The name holds an invisible or control character; please type it again.",
    "no_letters": "A name needs at least one letter.",
    "unprintable": "The name holds a character the printed documents cannot show.",
}


def _check_name(name: str) -> str:
    """The same rules as a patient's name: invisible (zero-width, bidi) characters are refused,
    since two accounts that look alike on the sign-in list could not be told apart."""
    try:
        return clean_name(name, "name")
    except TextRuleError as exc:
        raise ValidationError("name", exc.code, _NAME_PROBLEMS[exc.code]) from exc


def _get_staff(session: Session, staff_id: int) -> models.Staff:
    staff = session.get(models.Staff, staff_id)
    if staff is None:
        raise NotFoundError("That staff account could not be found.")
    return staff


def _active_admins(session: Session) -> int:
    return session.execute(
        select(func.count(models.Staff.id)).where(
            models.Staff.role == Role.ADMIN.value, models.Staff.active.is_(True)
        )
    ).scalar_one()


def _member(staff: models.Staff) -> StaffMember:
    return StaffMember(
        staff_id=staff.id,
        name=staff.name,
        role=Role(staff.role),
        active=staff.active,
        code=staff.code,
        locked=staff.locked_at is not None,
    )
