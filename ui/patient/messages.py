"""Kind, translated words for every refusal the domain can give a patient.

The domain raises codes (``TextRuleError.code``, ``SignatureError`` text); this module turns
them into sentences. Nothing here blames the patient or sounds like a refusal of treatment.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.text_rules import MAX_NAME_LENGTH


def identity_message(field: str, code: str) -> str:
    if code == "empty":
        return {
            "first_name": QCoreApplication.translate(
                "PatientMessages", "Please type your first name."
            ),
            "last_name": QCoreApplication.translate(
                "PatientMessages", "Please type your last name."
            ),
            "typed_name": QCoreApplication.translate(
                "PatientMessages", "Please type your full name."
            ),
        }.get(field, QCoreApplication.translate("PatientMessages", "Please fill this in."))
    if code == "too_long":
        return QCoreApplication.translate(
            "PatientMessages",
            "That name is longer than we can keep here ({max} letters). Please type a shorter "
            "form; a nurse can add the rest.",
        ).format(max=MAX_NAME_LENGTH)
    if code == "no_letters":
        return QCoreApplication.translate("PatientMessages", "Please type your name using letters.")
    if code == "bad_character":
        return QCoreApplication.translate(
            "PatientMessages", "Part of that name cannot be kept. Please use letters only."
        )
    if code == "unprintable":
        return QCoreApplication.translate(
            "PatientMessages",
            "We cannot print part of that name on your papers. Please type it without symbols"
            " or pictures; a nurse can help.",
        )
    if code == "incomplete":
        return QCoreApplication.translate(
            "PatientMessages", "Please fill in the day, the month and the year you were born."
        )
    if code == "impossible":
        return QCoreApplication.translate(
            "PatientMessages", "That date does not exist. Please check the day and the month."
        )
    if code == "future":
        return QCoreApplication.translate(
            "PatientMessages", "That date is in the future. Please check the year you were born."
        )
    if code == "too_old":
        return QCoreApplication.translate("PatientMessages", "Please check the year you were born.")
    if code == "not_confirmed":
        return QCoreApplication.translate(
            "PatientMessages",
            "Please tick the box to confirm your treatment is today. If it is not today, "
            "please ask at the front desk.",
        )
    return QCoreApplication.translate("PatientMessages", "Please check this and try again.")


def signature_message(code: str) -> str:
    if code == "empty":
        return QCoreApplication.translate(
            "PatientMessages", "Please sign in the box with your finger."
        )
    return QCoreApplication.translate(
        "PatientMessages",
        "That signature is very small. Please tap Clear and sign again, a little bigger.",
    )


def saving_failed_message() -> str:
    return QCoreApplication.translate(
        "PatientMessages",
        "We could not save just now; we are trying again. Your answers are safe here.",
    )


def needs_desk_message() -> str:
    return QCoreApplication.translate(
        "PatientMessages",
        "We could not save your check-in. Please ask at the front desk; a member of staff will "
        "help you. Your answers are kept.",
    )


def consent_withdrawn_message() -> str:
    """The language (so the consent text) changed after the boxes were ticked."""
    return QCoreApplication.translate(
        "PatientMessages",
        "The consent is now shown in the language you chose. Please read it again and tick "
        "each box; your answers are kept.",
    )
