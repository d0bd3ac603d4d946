"""Staff accounts and sign-in at the nurse station.

PINs are at least six digits, hashed with argon2id (OWASP: 19 MiB, 2 iterations) over
HMAC-SHA256(pepper, pin). The pepper lives in a file outside the database, so a copied
database alone does not allow guessing PINs offline. Wrong PINs are counted per account;
after ``LockoutPolicy.attempts`` the account locks for ``minutes``. Every sign-in attempt is
audited, whatever its outcome.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.staff import Role
from kiosk.domain.text_rules import MAX_NAME_LENGTH, TextRuleError, clean_name
from kiosk.services.audit import record_event, staff_actor
from kiosk.services.clock import Clock, now_from, utc_now
from kiosk.services.errors import (
    AccountLocked,
    AuthError,
    NotFoundError,
    ServiceError,
    ValidationError,
)
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models

__all__ = [
    "AccountLocked",
    "AuthError",
    "LockoutPolicy",
    "Role",
    "StaffMember",
    "authenticate",
    "create_staff",
    "disable_staff",
    "has_staff",
    "list_staff",
    "load_pepper",
    "reset_pin",
]

MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 32
PEPPER_BYTES = 32
HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    attempts: int = 5
    minutes: int = 5


@dataclass(frozen=True, slots=True)
class StaffMember:
    staff_id: int
    name: str
    role: Role
    active: bool
    locked_until: datetime | None


def load_pepper(path: Path) -> bytes:
    """Read the pepper (owner-only, tightened if it was not); create a random one the first time."""
    path = Path(path)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            pass  # another station created it a moment ago: read theirs
        else:
            with os.fdopen(fd, "wb") as out:
                out.write(secrets.token_bytes(PEPPER_BYTES))
                out.flush()
                os.fsync(out.fileno())
    if os.name == "posix" and path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)  # copied or restored with loose rights: the pepper is a secret
    pepper = path.read_bytes()
    if len(pepper) < PEPPER_BYTES:
        raise ServiceError(
            f"The PIN pepper file {path} is damaged (too short). Restore it from the backup;"
            " without it no PIN can be checked."
        )
    return pepper


def has_staff(sf: SessionFactory) -> bool:
    """Whether any account exists (the first run sets up an administrator)."""
    with transaction(sf, read_only=True) as session:
        return session.execute(select(func.count(models.Staff.id))).scalar_one() > 0


def create_staff(
    sf: SessionFactory,
    *,
    name: str,
    pin: str,
    role: Role,
    actor_id: int | None,
    pepper: bytes,
    clock: Clock = utc_now,
) -> StaffMember:
    """Add an account. ``actor_id`` is the admin doing it; None is the system itself (first-run
    setup, or IT staff at the command line, who already hold the machine). The first account
    must be an admin, so someone can manage the others from the nurse station.
    """
    clean = _check_name(name)
    role = Role(role)
    pin_hash = hash_pin(pin, pepper)
    now = now_from(clock)
    with transaction(sf) as session:
        _require_admin(session, actor_id)
        if role is not Role.ADMIN and not _active_admins(session):
            raise ValidationError("role", "first_admin", "The first account must be an admin.")
        staff = models.Staff(
            name=clean,
            role=role.value,
            pin_hash=pin_hash,
            failed_attempts=0,
            locked_until=None,
            active=True,
            created_at=now,
        )
        session.add(staff)
        session.flush()
        record_event(
            session,
            actor=staff_actor(actor_id),
            action="staff.created",
            subject=f"staff:{staff.id}",
            details={"role": role.value},
            at=now,
        )
        return _member(staff)


def authenticate(
    sf: SessionFactory,
    *,
    staff_id: int,
    pin: str,
    pepper: bytes,
    lockout: LockoutPolicy,
    clock: Clock = utc_now,
) -> StaffMember:
    """Check a PIN; AuthError when wrong, AccountLocked when locked. Audited either way.

    The failure is committed before it is raised, so a wrong PIN always counts.
    """
    now = now_from(clock)
    with transaction(sf) as session:
        # Locked for the attempt, so two wrong PINs typed at once on two stations both count.
        staff = session.get(models.Staff, staff_id, with_for_update=True)
        outcome = _attempt(session, staff, pin, pepper, lockout, now)
    if isinstance(outcome, AuthError):
        raise outcome
    return outcome


def list_staff(sf: SessionFactory, include_inactive: bool = False) -> list[StaffMember]:
    query = select(models.Staff).order_by(models.Staff.name, models.Staff.id)
    if not include_inactive:
        query = query.where(models.Staff.active.is_(True))
    with transaction(sf, read_only=True) as session:
        return [_member(s) for s in session.execute(query).scalars()]


def disable_staff(
    sf: SessionFactory, staff_id: int, *, actor_id: int | None, clock: Clock = utc_now
) -> None:
    """Deactivate an account (kept for the record); the last active admin stays."""
    now = now_from(clock)
    with transaction(sf) as session:
        _require_admin(session, actor_id)
        staff = _get_staff(session, staff_id)
        if staff.role == Role.ADMIN.value and staff.active and _active_admins(session) <= 1:
            raise ValidationError(
                "staff", "last_admin", "The last administrator cannot be disabled."
            )
        staff.active = False
        record_event(
            session,
            actor=staff_actor(actor_id),
            action="staff.disabled",
            subject=f"staff:{staff_id}",
            details={},
            at=now,
        )


def reset_pin(
    sf: SessionFactory,
    staff_id: int,
    *,
    new_pin: str,
    actor_id: int | None,
    pepper: bytes,
    clock: Clock = utc_now,
) -> None:
    """Set a new PIN (an admin's action, one's own, or the system's) and lift any lockout."""
    pin_hash = hash_pin(new_pin, pepper)
    now = now_from(clock)
    with transaction(sf) as session:
        if actor_id != staff_id:
            _require_admin(session, actor_id)
        staff = _get_staff(session, staff_id)
        staff.pin_hash = pin_hash
        staff.failed_attempts = 0
        staff.locked_until = None
        record_event(
            session,
            actor=staff_actor(actor_id),
            action="staff.pin_reset",
            subject=f"staff:{staff_id}",
            details={},
            at=now,
        )


def check_pin(pin: str) -> str:
    if not (pin.isascii() and pin.isdigit()):
        raise ValidationError("pin", "not_digits", "A PIN is made of digits only.")
    if len(pin) < MIN_PIN_LENGTH:
        raise ValidationError("pin", "too_short", f"A PIN has at least {MIN_PIN_LENGTH} digits.")
    if len(pin) > MAX_PIN_LENGTH:
        raise ValidationError("pin", "too_long", f"A PIN has at most {MAX_PIN_LENGTH} digits.")
    return pin


def hash_pin(pin: str, pepper: bytes) -> str:
    return HASHER.hash(_peppered(check_pin(pin), pepper))


def _peppered(pin: str, pepper: bytes) -> bytes:
    return hmac.new(pepper, pin.encode("ascii"), hashlib.sha256).digest()


def _attempt(
    session: Session,
    staff: models.Staff | None,
    pin: str,
    pepper: bytes,
    lockout: LockoutPolicy,
    now: datetime,
) -> StaffMember | AuthError:
    """One sign-in attempt inside the transaction; returns the member or the error to raise."""
    if staff is None or not staff.active:
        _verify(_dummy_hash(), "0" * MIN_PIN_LENGTH, pepper)  # same time as a real check
        subject = f"staff:{staff.id}" if staff else "staff:unknown"
        _audit(session, subject, "staff.signin.failed", {"reason": "no_account"}, now)
        return AuthError()
    subject = f"staff:{staff.id}"
    if staff.locked_until is not None and staff.locked_until > now:
        _audit(session, subject, "staff.signin.locked", {"until": _iso(staff.locked_until)}, now)
        return AccountLocked(staff.locked_until)
    if _verify(staff.pin_hash, pin, pepper):
        if HASHER.check_needs_rehash(staff.pin_hash):
            staff.pin_hash = HASHER.hash(_peppered(pin, pepper))
        staff.failed_attempts = 0
        staff.locked_until = None
        _audit(session, subject, "staff.signin.ok", {}, now)
        return _member(staff)
    staff.failed_attempts += 1
    if staff.failed_attempts >= lockout.attempts:
        staff.locked_until = now + timedelta(minutes=lockout.minutes)
        staff.failed_attempts = 0
        details = {"until": _iso(staff.locked_until), "attempts": lockout.attempts}
        _audit(session, subject, "staff.signin.locked", details, now)
        return AccountLocked(staff.locked_until)
    _audit(session, subject, "staff.signin.failed", {"attempts": staff.failed_attempts}, now)
    return AuthError(attempts_left=lockout.attempts - staff.failed_attempts)


def _verify(pin_hash: str, pin: str, pepper: bytes) -> bool:
    if not (pin.isascii() and pin.isdigit()) or len(pin) > MAX_PIN_LENGTH:
        return False
    try:
        return HASHER.verify(pin_hash, _peppered(pin, pepper))
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    return HASHER.hash(b"no such account")


def _audit(
    session: Session, subject: str, action: str, details: dict[str, Any], now: datetime
) -> None:
    record_event(session, actor=subject, action=action, subject=subject, details=details, at=now)


def _iso(at: datetime) -> str:
    return at.isoformat(timespec="seconds")


_NAME_PROBLEMS = {
    "empty": "Please enter a name.",
    "too_long": f"Please keep the name under {MAX_NAME_LENGTH} characters.",
    "bad_character": "The name holds an invisible or control character; please type it again.",
    "no_letters": "A name needs at least one letter.",
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


def _require_admin(session: Session, actor_id: int | None) -> None:
    """None is the system (command line, first-run setup); anyone else must be an active admin."""
    if actor_id is None:
        return
    actor = session.get(models.Staff, actor_id)
    if actor is None or not actor.active or actor.role != Role.ADMIN.value:
        raise AuthError("Only an administrator can do that.")


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
        locked_until=staff.locked_until,
    )
