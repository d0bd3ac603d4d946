"""Sign-in, sign-out and the check every staff action makes: is this person signed in?

Sign-in is a staff code (3 digits, not secret) and a PIN, so no station shows a list of names.
Wrong PINs make the *station* wait, growing with each one (see :class:`LockoutPolicy` and
docs/staff-security.md): a stranger at a patient tablet slows only that tablet, never the
nurse at her own station. Only a long run of wrong PINs from every station together, with no
right one in between, locks the account until an administrator unlocks it.

The PIN hash (argon2id, ~20 ms and 19 MiB) is checked between two short transactions, never
inside one: a sign-in holds no database lock while it hashes, so check-ins never wait for it.
Every attempt is audited, whatever its outcome.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.config import StaffSettings
from kiosk.domain.pin_policy import PinPolicy
from kiosk.domain.staff import Role, SignedIn, is_staff_code
from kiosk.services.audit import record_event
from kiosk.services.clock import Clock, now_from, utc_now
from kiosk.services.errors import (
    AccountLocked,
    AuthError,
    NotSignedIn,
    SignInDelayed,
    ValidationError,
)
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models

HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)
STATION_ACCOUNT = "*"  # the throttle row that counts every wrong PIN on a station
MAX_STATION_LENGTH = 64
SIGN_OUT_REASONS = frozenset({"manual", "idle", "closed"})


@dataclass(frozen=True, slots=True)
class LockoutPolicy:
    """``attempts`` wrong PINs per station and account are free; each further one doubles
    the wait from ``first_delay_seconds`` up to ``minutes``. A station as a whole gets
    ``station_attempts`` free ones (a stranger trying many codes). ``hard_limit`` wrong PINs
    in a row on one account, all stations together, lock it until an administrator unlocks
    it (NIST SP 800-63B: at most 100)."""

    attempts: int = 3
    minutes: int = 15
    first_delay_seconds: int = 30
    station_attempts: int = 10
    hard_limit: int = 100

    def wait(self, failures: int, free: int) -> timedelta:
        """How long after the last wrong PIN the next try is allowed."""
        if failures < free:
            return timedelta(0)
        seconds = self.first_delay_seconds * 2 ** min(failures - free, 20)
        return timedelta(seconds=min(seconds, self.minutes * 60))


def lockout_policy(settings: StaffSettings) -> LockoutPolicy:
    """The clinic's configured lockout: ``lockout_attempts`` free tries, waits up to
    ``lockout_minutes``."""
    return LockoutPolicy(attempts=settings.lockout_attempts, minutes=settings.lockout_minutes)


def peppered(pin: str, pepper: bytes) -> bytes:
    return hmac.new(pepper, pin.encode("ascii"), hashlib.sha256).digest()


def verify_pin(pin_hash: str, pin: str, pepper: bytes, hasher: PasswordHasher = HASHER) -> bool:
    if not (pin.isascii() and pin.isdigit()) or not 1 <= len(pin) <= 32:
        return False
    try:
        return hasher.verify(pin_hash, peppered(pin, pepper))
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    return HASHER.hash(b"no such account")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def staff_subject(staff_id: int) -> str:
    return f"staff:{staff_id}"


@dataclass(frozen=True, slots=True)
class _Account:
    """What the first, read-only step learns about the account behind a code."""

    staff_id: int
    pin_hash: str
    usable: bool  # active and not locked


def authenticate(
    sf: SessionFactory,
    *,
    code: str,
    pin: str,
    station: str,
    pepper: bytes,
    lockout: LockoutPolicy,
    policy: PinPolicy | None = None,
    clock: Clock = utc_now,
    hasher: PasswordHasher = HASHER,
) -> SignedIn:
    """Check a staff code and PIN typed at ``station``; open a sign-in.

    Raises SignInDelayed (this station must wait), AccountLocked (an admin must unlock) or
    AuthError (no match: the same words whether the code exists or not). ``policy`` marks a
    PIN that no longer meets the clinic's rules, so the screen asks for a new one.
    """
    station = _check_station(station)
    now = now_from(clock)
    with transaction(sf, read_only=True) as session:
        account = _find(session, code)
        until = _waiting_until(session, station, account, lockout, now)
    if until is not None:
        with transaction(sf) as session:
            subject = staff_subject(account.staff_id) if account else "staff:unknown"
            _audit(session, subject, "staff.signin.waiting", {"station": station}, now)
        raise SignInDelayed(until)

    # The slow part, outside every transaction.
    matched = verify_pin(account.pin_hash if account else _dummy_hash(), pin, pepper, hasher)
    matched = matched and account is not None and account.usable
    rehashed = (
        hasher.hash(peppered(pin, pepper))
        if matched and account and hasher.check_needs_rehash(account.pin_hash)
        else None
    )
    token = secrets.token_urlsafe(32)
    with transaction(sf) as session:
        outcome = _record_attempt(session, account, matched, rehashed, token, station, lockout, now)
    if isinstance(outcome, AuthError):
        raise outcome
    weak = policy is not None and policy.problem(pin) is not None
    return outcome if not weak else _with_change_required(outcome)


def _with_change_required(member: SignedIn) -> SignedIn:
    from dataclasses import replace

    return replace(member, pin_change_required=True)


def _check_station(station: str) -> str:
    if not station or len(station) > MAX_STATION_LENGTH or not station.isprintable():
        raise ValidationError("station", "bad_station", "The station name is not valid.")
    return station


def _find(session: Session, code: str) -> _Account | None:
    if not is_staff_code(code):
        return None
    staff = session.execute(
        select(models.Staff).where(models.Staff.code == code)
    ).scalar_one_or_none()
    if staff is None:
        return None
    return _Account(staff.id, staff.pin_hash, staff.active and staff.locked_at is None)


def _waiting_until(
    session: Session,
    station: str,
    account: _Account | None,
    lockout: LockoutPolicy,
    now: datetime,
) -> datetime | None:
    """When this station may try again for this account; None when it may now."""
    rows = {
        row.account: row
        for row in session.execute(
            select(models.SigninThrottle).where(
                models.SigninThrottle.station == station,
                models.SigninThrottle.account.in_(
                    [STATION_ACCOUNT, staff_subject(account.staff_id) if account else "-"]
                ),
            )
        ).scalars()
    }
    latest: datetime | None = None
    for key, row in rows.items():
        free = lockout.station_attempts if key == STATION_ACCOUNT else lockout.attempts
        allowed = row.last_failure_at + lockout.wait(row.failures, free)
        if allowed > now and (latest is None or allowed > latest):
            latest = allowed
    return latest


def _record_attempt(
    session: Session,
    account: _Account | None,
    matched: bool,
    rehashed: str | None,
    token: str,
    station: str,
    lockout: LockoutPolicy,
    now: datetime,
) -> SignedIn | AuthError:
    """The second step: count the outcome, open the sign-in, audit; one short transaction."""
    if account is None:
        _count_failure(session, station, None, now)
        _audit(session, "staff:unknown", "staff.signin.failed", {"station": station}, now)
        return AuthError()
    subject = staff_subject(account.staff_id)
    # Locked for the update, so wrong PINs typed at once on two stations both count.
    staff = session.get(models.Staff, account.staff_id, with_for_update=True)
    if staff is None or not staff.active:
        _count_failure(session, station, account.staff_id, now)
        _audit(session, subject, "staff.signin.failed", {"station": station}, now)
        return AuthError()
    if staff.locked_at is not None:
        _audit(session, subject, "staff.signin.locked", {"station": station}, now)
        return AccountLocked()
    if matched and staff.pin_hash == account.pin_hash:
        if rehashed is not None:
            staff.pin_hash = rehashed
        staff.failed_attempts = 0
        session.execute(
            delete(models.SigninThrottle).where(
                models.SigninThrottle.station == station,
                models.SigninThrottle.account.in_([subject, STATION_ACCOUNT]),
            )
        )
        session.add(
            models.StaffSession(
                token_hash=token_hash(token), staff_id=staff.id, station=station, started_at=now
            )
        )
        _audit(session, subject, "staff.signin.ok", {"station": station}, now)
        return SignedIn(
            staff_id=staff.id,
            name=staff.name,
            role=Role(staff.role),
            code=staff.code,
            station=station,
            token=token,
            started_at=now,
        )
    staff.failed_attempts += 1
    _count_failure(session, station, staff.id, now)
    if staff.failed_attempts >= lockout.hard_limit:
        staff.locked_at = now
        _end_sessions(session, staff.id, now, "locked")
        details = {"station": station, "attempts": staff.failed_attempts}
        _audit(session, subject, "staff.locked", details, now)
        return AccountLocked()
    _audit(session, subject, "staff.signin.failed", {"station": station}, now)
    return AuthError()


def _count_failure(session: Session, station: str, staff_id: int | None, now: datetime) -> None:
    """One more wrong PIN on this station, for the account and for the station as a whole."""
    accounts = [STATION_ACCOUNT] + ([staff_subject(staff_id)] if staff_id is not None else [])
    dialect = session.get_bind().dialect.name
    insert: Callable[..., Any] = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = models.SigninThrottle.__table__
    for account in accounts:
        statement = insert(table).values(
            station=station, account=account, failures=1, last_failure_at=now
        )
        session.execute(
            statement.on_conflict_do_update(
                index_elements=["station", "account"],
                set_={"failures": table.c.failures + 1, "last_failure_at": now},
            )
        )


def sign_out(
    sf: SessionFactory, actor: SignedIn, *, reason: str = "manual", clock: Clock = utc_now
) -> None:
    """End the sign-in ("manual", "idle" or "closed"); audited. Ending one already ended
    does nothing."""
    if reason not in SIGN_OUT_REASONS:
        raise ValidationError("reason", "bad_reason", f"Unknown sign-out reason {reason!r}.")
    now = now_from(clock)
    with transaction(sf) as session:
        ended = session.execute(
            update(models.StaffSession)
            .where(
                models.StaffSession.token_hash == token_hash(actor.token),
                models.StaffSession.staff_id == actor.staff_id,
                models.StaffSession.ended_at.is_(None),
            )
            .values(ended_at=now, end_reason=reason)
            .returning(models.StaffSession.id)
        ).first()
        if ended is not None:
            details = {"station": actor.station, "reason": reason}
            _audit(session, staff_subject(actor.staff_id), "staff.signout", details, now)


def require_signed_in(
    session: Session,
    actor: SignedIn | None,
    *,
    now: datetime | None = None,
    admin: bool = False,
) -> models.Staff:
    """The check every staff action makes inside its transaction: ``actor`` holds an open
    sign-in, the account is active and not locked, and (with ``admin``) is an administrator.
    Raises NotSignedIn ("signed_out", "disabled", "locked") or AuthError ("not_admin").

    The token lives only in the signed-in station's memory; a station that closes or crashes
    takes it along, and the idle sign-out ends it on the record.
    """
    del now  # kept in the signature for callers that have one; sign-ins do not expire by age
    if not isinstance(actor, SignedIn):
        raise NotSignedIn("signed_out")
    row = session.execute(
        select(models.StaffSession, models.Staff)
        .join(models.Staff, models.Staff.id == models.StaffSession.staff_id)
        .where(
            models.StaffSession.token_hash == token_hash(actor.token),
            models.StaffSession.staff_id == actor.staff_id,
        )
    ).first()
    if row is None:
        raise NotSignedIn("signed_out")
    signin: models.StaffSession = row[0]
    staff: models.Staff = row[1]
    if not staff.active:  # first: disabling also ends the sign-in, and this says why
        raise NotSignedIn("disabled", "This account has been disabled.")
    if staff.locked_at is not None:
        raise NotSignedIn("locked", "This account is locked. Please ask an administrator.")
    if signin.ended_at is not None:
        raise NotSignedIn("signed_out")
    if admin and staff.role != Role.ADMIN.value:
        raise AuthError("Only an administrator can do that.", code="not_admin")
    return staff


def end_sessions(session: Session, staff_id: int, now: datetime, reason: str) -> None:
    _end_sessions(session, staff_id, now, reason)


def _end_sessions(session: Session, staff_id: int, now: datetime, reason: str) -> None:
    session.execute(
        update(models.StaffSession)
        .where(models.StaffSession.staff_id == staff_id, models.StaffSession.ended_at.is_(None))
        .values(ended_at=now, end_reason=reason)
    )


def clear_throttle(session: Session, staff_id: int) -> None:
    """An administrator's unlock also lifts every station's wait for the account."""
    session.execute(
        delete(models.SigninThrottle).where(
            models.SigninThrottle.account == staff_subject(staff_id)
        )
    )


def _audit(
    session: Session, subject: str, action: str, details: dict[str, Any], now: datetime
) -> None:
    """A sign-in or sign-out of ``subject``. Only a right PIN (or the account holder signing
    out) speaks for the account; a wrong one is the station's doing, so the audit does not
    say the nurse did it."""
    by_holder = action in ("staff.signin.ok", "staff.signout")
    actor = subject if by_holder else f"station:{details.get('station', '')}"
    record_event(session, actor=actor, action=action, subject=subject, details=details, at=now)


__all__ = [
    "HASHER",
    "LockoutPolicy",
    "authenticate",
    "require_signed_in",
    "sign_out",
    "verify_pin",
]
