"""Audit events in the nurse's words: who did what to which record, not JSON.

Names and reasons are wrapped in Unicode isolates (FSI ... PDI), so a right-to-left name or a
direction override inside a deferral reason cannot reorder the rest of the sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    """``text`` as one direction-isolated run inside a sentence of the reader's language."""
    return f"{FSI}{text}{PDI}"


def who_text(actor: str, names: Mapping[int, str]) -> str:
    """ "staff:3" -> the name; "kiosk:front" -> "Kiosk front"; "system" -> the command line."""
    kind, _, rest = actor.partition(":")
    if kind == "staff" and rest.isdigit():
        name = names.get(int(rest))
        if name is not None:
            return isolate(name)
        return QCoreApplication.translate("NurseAudit", "staff member {n}").format(n=rest)
    if kind == "staff" and rest == "unknown":
        return QCoreApplication.translate("NurseAudit", "an unknown staff code")
    if kind == "station":
        return QCoreApplication.translate("NurseAudit", "station {station}").format(
            station=isolate(rest)
        )
    if kind == "kiosk":
        return QCoreApplication.translate("NurseAudit", "kiosk {station}").format(
            station=isolate(rest)
        )
    if actor == "system":
        return QCoreApplication.translate("NurseAudit", "the system (command line)")
    return isolate(actor)


def record_text(subject: str, names: Mapping[int, str]) -> str:
    kind, _, rest = subject.partition(":")
    if kind == "visit":
        return QCoreApplication.translate("NurseAudit", "visit {n}").format(n=rest)
    if kind == "document":
        return QCoreApplication.translate("NurseAudit", "document {n}").format(n=rest)
    if kind == "staff":
        return who_text(subject, names)
    return isolate(subject)


def _capital(text: str) -> str:
    if text.startswith(FSI):
        return text
    return text[:1].upper() + text[1:]


def event_text(
    action: str, actor: str, subject: str, details: Mapping[str, Any], names: Mapping[int, str]
) -> str:
    """One sentence for one audit event, in the current language."""
    who = who_text(actor, names)
    what = record_text(subject, names)
    station = isolate(str(details.get("station", "")))
    sentences: dict[str, str] = {
        "checkin.submitted": QCoreApplication.translate(
            "NurseAudit", "{who} received a check-in ({what})."
        ),
        "visit.viewed": QCoreApplication.translate("NurseAudit", "{who} opened {what}."),
        "visit.cleared": QCoreApplication.translate(
            "NurseAudit", "{who} cleared {what} to proceed."
        ),
        "visit.deferred": QCoreApplication.translate(
            "NurseAudit", "{who} deferred {what}. Reason: {reason}"
        ),
        "procedure.recorded": QCoreApplication.translate(
            "NurseAudit", "{who} recorded the procedure of {what}."
        ),
        "document.rendered": QCoreApplication.translate(
            "NurseAudit", "{who} prepared a document for {what}."
        ),
        "document.printed": (
            QCoreApplication.translate("NurseAudit", "{who} reprinted {what}.")
            if details.get("reprint")
            else QCoreApplication.translate("NurseAudit", "{who} printed {what}.")
        ),
        "print.problem": QCoreApplication.translate(
            "NurseAudit", "{who} sent {what} to the printer; it did not print."
        ),
        "staff.created": QCoreApplication.translate("NurseAudit", "{who} added {what}."),
        "staff.disabled": QCoreApplication.translate(
            "NurseAudit", "{who} disabled the account of {what}."
        ),
        "staff.pin_reset": QCoreApplication.translate(
            "NurseAudit", "{who} set a new PIN for {what}."
        ),
        "staff.pin_changed": QCoreApplication.translate(
            "NurseAudit", "{who} changed their own PIN."
        ),
        "staff.unlocked": QCoreApplication.translate(
            "NurseAudit", "{who} unlocked the account of {what}."
        ),
        "staff.locked": QCoreApplication.translate(
            "NurseAudit",
            "The account of {what} was locked after {n} wrong PINs in a row (last at {station}).",
        ),
        "staff.signin.ok": QCoreApplication.translate(
            "NurseAudit", "{who} signed in at {station}."
        ),
        "staff.signin.failed": QCoreApplication.translate(
            "NurseAudit", "A wrong PIN for {what} at {station}."
        ),
        "staff.signin.waiting": QCoreApplication.translate(
            "NurseAudit", "A sign-in for {what} at {station} had to wait after wrong PINs."
        ),
        "staff.signin.locked": QCoreApplication.translate(
            "NurseAudit", "A sign-in for {what} at {station} was refused: the account is locked."
        ),
        "staff.signout": {
            "idle": QCoreApplication.translate(
                "NurseAudit", "{who} was signed out at {station} after a while without activity."
            ),
            "closed": QCoreApplication.translate(
                "NurseAudit", "{who} was signed out at {station}: the station closed."
            ),
        }.get(
            str(details.get("reason")),
            QCoreApplication.translate("NurseAudit", "{who} signed out at {station}."),
        ),
    }
    sentence = sentences.get(action)
    if sentence is None:
        return QCoreApplication.translate("NurseAudit", "{who}: {action} ({what}).").format(
            who=_capital(who), action=action, what=what
        )
    return _capital(
        sentence.format(
            who=who,
            what=what,
            station=station,
            reason=isolate(str(details.get("reason", ""))),
            n=details.get("attempts", ""),
        )
    )
