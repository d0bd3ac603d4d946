"""Staff rules in the nurse's words: the services and the PIN policy return codes
(:class:`kiosk.domain.pin_policy.PinProblem`, ``AuthError.code``, ``ValidationError.code``);
this module is the one place those codes become translated sentences."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from kiosk.domain.pin_policy import MAX_PIN_LENGTH, PinPolicy, PinProblem
from kiosk.services.errors import AccountLocked, AuthError, SignInDelayed, ValidationError
from ui.nurse.formatting import format_time


def pin_problem_text(problem: PinProblem, policy: PinPolicy, pin: str = "") -> str:
    """Why a new PIN is refused, in words."""
    words = {
        PinProblem.EMPTY: QCoreApplication.translate("NursePinRules", "Please choose a PIN."),
        PinProblem.NOT_DIGITS: QCoreApplication.translate(
            "NursePinRules", "A PIN is made of digits only."
        ),
        PinProblem.TOO_SHORT: QCoreApplication.translate(
            "NursePinRules", "The PIN needs at least {n} digits; this one has {m}."
        ).format(n=policy.min_length, m=len(pin)),
        PinProblem.TOO_LONG: QCoreApplication.translate(
            "NursePinRules", "A PIN has at most {n} digits."
        ).format(n=MAX_PIN_LENGTH),
        PinProblem.REPEATED: QCoreApplication.translate(
            "NursePinRules",
            "This PIN repeats itself (like 111111 or 121212) and is easy to guess."
            " Please choose another.",
        ),
        PinProblem.SEQUENCE: QCoreApplication.translate(
            "NursePinRules",
            "This PIN counts up or down (like 123456 or 987654) and is easy to guess."
            " Please choose another.",
        ),
        PinProblem.DATE: QCoreApplication.translate(
            "NursePinRules",
            "This PIN reads as a date, and birthdays are easy to guess. Please choose another.",
        ),
        PinProblem.COMMON: QCoreApplication.translate(
            "NursePinRules",
            "This PIN is one of the most common ones. Please choose another.",
        ),
        PinProblem.DEMO: QCoreApplication.translate(
            "NursePinRules",
            "This is the published demo PIN; a real clinic cannot use it. Please choose another.",
        ),
        PinProblem.MISMATCH: QCoreApplication.translate(
            "NursePinRules",
            "The two PINs are not the same. Please type the PIN again in both boxes.",
        ),
    }
    return words[problem]


def new_pin_problem(pin: str, repeat: str, policy: PinPolicy) -> str | None:
    """What is wrong with a new PIN typed twice, in words; None when it may be used."""
    problem = policy.problem(pin, repeat)
    return None if problem is None else pin_problem_text(problem, policy, pin)


def staff_error_text(exc: BaseException, zone: str, policy: PinPolicy) -> str | None:
    """Words for a staff service's refusal, by its code; None when it is not one of them."""
    if isinstance(exc, SignInDelayed):
        return QCoreApplication.translate(
            "NurseStaffErrors",
            "Too many wrong PINs on this station. Please wait until {time} and try again,"
            " or sign in at another station.",
        ).format(time=_time(exc.until, zone))
    if isinstance(exc, AccountLocked):
        return QCoreApplication.translate(
            "NurseStaffErrors",
            "This account is locked after too many wrong PINs. Please ask an administrator"
            " to unlock it.",
        )
    if isinstance(exc, AuthError):
        return {
            "wrong_pin": QCoreApplication.translate(
                "NurseStaffErrors", "That staff code and PIN do not match. Please try again."
            ),
            "signed_out": QCoreApplication.translate(
                "NurseStaffErrors", "You are no longer signed in. Please sign in again."
            ),
            "disabled": QCoreApplication.translate(
                "NurseStaffErrors", "This account has been disabled."
            ),
            "locked": QCoreApplication.translate(
                "NurseStaffErrors", "This account is locked. Please ask an administrator."
            ),
            "not_admin": QCoreApplication.translate(
                "NurseStaffErrors", "Only an administrator can do that."
            ),
        }.get(exc.code)
    if isinstance(exc, ValidationError):
        if exc.field == "pin" and exc.code in {p.value for p in PinProblem}:
            return pin_problem_text(PinProblem(exc.code), policy)
        return {
            ("setup", "done"): QCoreApplication.translate(
                "NurseStaffErrors",
                "This clinic already has an administrator (made on another station a moment"
                " ago). Please sign in.",
            ),
            ("name", "duplicate"): QCoreApplication.translate(
                "NurseStaffErrors",
                "A staff member with this name already exists. Please add a middle initial or"
                " another detail so the two can be told apart.",
            ),
            ("name", "empty"): QCoreApplication.translate(
                "NurseStaffErrors", "Please type the name."
            ),
            ("name", "too_long"): QCoreApplication.translate(
                "NurseStaffErrors", "Please keep the name shorter."
            ),
            ("name", "bad_character"): QCoreApplication.translate(
                "NurseStaffErrors",
                "The name holds an invisible or control character; please type it again.",
            ),
            ("name", "no_letters"): QCoreApplication.translate(
                "NurseStaffErrors", "A name needs at least one letter."
            ),
            ("staff", "last_admin"): QCoreApplication.translate(
                "NurseStaffErrors", "The last administrator cannot be disabled."
            ),
            ("staff", "disabled"): QCoreApplication.translate(
                "NurseStaffErrors", "This account is disabled; its PIN cannot be changed."
            ),
            ("current_pin", "wrong"): QCoreApplication.translate(
                "NurseStaffErrors", "The current PIN is not right."
            ),
            ("pin", "same"): QCoreApplication.translate(
                "NurseStaffErrors", "Please choose a PIN different from the old one."
            ),
        }.get((exc.field, exc.code))
    return None


def _time(at: datetime, zone: str) -> str:
    return format_time(at, zone)
