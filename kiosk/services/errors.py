"""Service errors, each carrying a message a nurse (or IT) can read as it is."""

from __future__ import annotations

from datetime import datetime


class ServiceError(Exception):
    """Base of every error a service raises on purpose."""

    default_message = "Something went wrong. Please try again."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self)


class NotFoundError(ServiceError):
    default_message = "That record could not be found. It may have been removed."


class ConflictError(ServiceError):
    """Someone else changed the visit first; reload and decide again."""

    default_message = (
        "Another colleague updated this visit a moment ago. It has been reloaded; please check"
        " it and try again."
    )


class StorageUnavailable(ServiceError):
    """The database is busy, full, read-only, damaged or out of reach. Nothing was saved;
    retrying is safe. ``cause`` (kiosk.storage.problems.StorageCause) says which, and the
    message says it to staff with what to do; patients are shown a calm message instead."""

    default_message = (
        "The clinic database is not answering right now. Nothing was lost; please try again"
        " in a moment."
    )

    def __init__(self, message: str | None = None, cause: str = "unknown") -> None:
        if message is None and cause != "unknown":
            from kiosk.storage.problems import STAFF_ADVICE, StorageCause

            message = "Nothing was lost. " + STAFF_ADVICE[StorageCause(cause)]
        super().__init__(message)
        self.cause = cause


class AuthError(ServiceError):
    """A sign-in or a staff action refused. ``code`` says why, for translated words:
    "wrong_pin", "signed_out", "disabled", "locked", "not_admin", "waiting".
    ``attempts_left`` is kept for callers that still read it; the services leave it None
    (a count would tell a stranger that a staff code exists)."""

    default_message = "That staff code and PIN do not match. Please try again."

    def __init__(
        self,
        message: str | None = None,
        attempts_left: int | None = None,
        *,
        code: str = "wrong_pin",
    ) -> None:
        super().__init__(message)
        self.attempts_left = attempts_left
        self.code = code


class AccountLocked(AuthError):
    """Too many wrong PINs in a row from every station together: only an administrator
    opens the account again. ``until`` is None (no time opens it by itself)."""

    def __init__(self, until: datetime | None = None, message: str | None = None) -> None:
        super().__init__(
            message
            or "This account is locked after too many wrong PINs. Please ask an administrator"
            " to unlock it.",
            code="locked",
        )
        self.until = until


class SignInDelayed(AuthError):
    """Wrong PINs on this station: the next try is allowed at ``until`` (aware UTC). Other
    stations are not affected."""

    def __init__(self, until: datetime, message: str | None = None) -> None:
        super().__init__(
            message or "Too many wrong PINs on this station. Please wait a moment and try again.",
            code="waiting",
        )
        self.until = until


class NotSignedIn(AuthError):
    """A staff action by someone who is not (or no longer) signed in, or whose account was
    disabled or locked since: ``code`` is "signed_out", "disabled" or "locked"."""

    def __init__(self, code: str = "signed_out", message: str | None = None) -> None:
        super().__init__(message or "You are no longer signed in. Please sign in again.", code=code)


class ValidationError(ServiceError):
    """Bad input: ``field`` names the input, ``code`` the problem (for translated messages)."""

    def __init__(self, field: str, code: str, message: str | None = None) -> None:
        super().__init__(message or f"{field}: {code.replace('_', ' ')}")
        self.field = field
        self.code = code
