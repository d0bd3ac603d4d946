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
    """A wrong PIN. ``attempts_left`` comes from the database, so it counts every station's
    attempts; None when there is no account to count against."""

    default_message = "That name and PIN do not match. Please try again."

    def __init__(self, message: str | None = None, attempts_left: int | None = None) -> None:
        super().__init__(message)
        self.attempts_left = attempts_left


class AccountLocked(AuthError):
    """Too many wrong PINs; the account opens again at ``until`` (aware UTC)."""

    def __init__(self, until: datetime, message: str | None = None) -> None:
        super().__init__(
            message or "Too many wrong PINs. This account is locked for a few minutes."
        )
        self.until = until


class ValidationError(ServiceError):
    """Bad input: ``field`` names the input, ``code`` the problem (for translated messages)."""

    def __init__(self, field: str, code: str, message: str | None = None) -> None:
        super().__init__(message or f"{field}: {code.replace('_', ' ')}")
        self.field = field
        self.code = code
