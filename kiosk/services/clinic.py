"""The clinic's details and printer, set in the app by an administrator, stored and audited.

Precedence (lowest first): the built-in defaults, what an administrator saved in the app (this
module, one ``clinic_settings`` row shared by every station), and the configuration file or
environment, which IT can use to pin any key (``Settings.overridden`` lists those keys).
:func:`effective_settings` applies that order; the documents and print services use it, so a
change saved on one station reaches the next document printed on any station.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from kiosk.config import Settings
from kiosk.domain.clinic import ClinicDetails, ClinicProblem, validate_details
from kiosk.domain.staff import SignedIn
from kiosk.services.audit import record_event, staff_actor
from kiosk.services.clock import Clock, now_from, utc_now
from kiosk.services.errors import AuthError, ValidationError
from kiosk.services.signin import require_signed_in
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models

FIELDS = ("name", "address", "phone", "timezone", "languages", "printer", "paper", "logo_png")


class ClinicSettingsInvalid(ValidationError):
    """Every problem with the details at once; ``field``/``code`` are the first one's."""

    def __init__(self, problems: tuple[ClinicProblem, ...]) -> None:
        first = problems[0]
        super().__init__(first.field, first.code, "; ".join(p.message for p in problems))
        self.problems = problems


def load_clinic(sf: SessionFactory) -> ClinicDetails | None:
    """What an administrator saved, or None when the clinic was never set up in the app."""
    with transaction(sf, read_only=True) as session:
        row = session.get(models.ClinicSettings, 1)
        return None if row is None else _details(row)


def is_configured(sf: SessionFactory, settings: Settings) -> bool:
    """True when documents can print: a real name and phone, from the app or the file."""
    from kiosk.domain.clinic import printable_problems

    clinic = effective_settings(settings, load_clinic(sf)).clinic
    return not printable_problems(clinic.name, clinic.phone)


def save_clinic(
    sf: SessionFactory,
    details: ClinicDetails,
    *,
    actor: SignedIn | None,
    clock: Clock = utc_now,
) -> ClinicDetails:
    """Validate and store the details; audited as ``clinic.updated`` with the changed fields.

    ``actor`` must be a signed-in administrator; None (the system: first-run setup, the
    command line) may only set the clinic up the first time, before any row exists.
    """
    cleaned, problems = validate_details(details)
    if problems:
        raise ClinicSettingsInvalid(problems)
    now = now_from(clock)
    with transaction(sf) as session:
        row = session.get(models.ClinicSettings, 1)
        _require_admin(session, actor, first_time=row is None)
        before = None if row is None else _details(row)
        if row is None:
            row = models.ClinicSettings(id=1, updated_at=now)
            session.add(row)
        row.name, row.address, row.phone = cleaned.name, cleaned.address, cleaned.phone
        row.timezone, row.languages = cleaned.timezone, ",".join(cleaned.languages)
        row.printer, row.paper, row.logo_png = cleaned.printer, cleaned.paper, cleaned.logo_png
        row.updated_at = now
        row.updated_by = actor.staff_id if actor is not None else None
        changed = [f for f in FIELDS if before is None or getattr(before, f) != getattr(cleaned, f)]
        shown: dict[str, Any] = {
            f: getattr(cleaned, f) for f in changed if f not in ("logo_png", "languages")
        }
        if "languages" in changed:
            shown["languages"] = list(cleaned.languages)
        if "logo_png" in changed:
            shown["logo_png"] = "set" if cleaned.logo_png else "removed"
        record_event(
            session,
            actor=staff_actor(actor.staff_id if actor is not None else None),
            action="clinic.set_up" if before is None else "clinic.updated",
            subject="clinic",
            details={"changed": shown},
            at=now,
        )
    return cleaned


def effective_settings(settings: Settings, stored: ClinicDetails | None) -> Settings:
    """``settings`` with the app's saved values where the configuration file is silent."""
    if stored is None:
        return settings
    pinned = settings.overridden
    clinic = settings.clinic
    values: dict[str, Any] = {}
    for key in ("name", "address", "phone", "timezone"):
        if f"clinic.{key}" not in pinned:
            values[key] = getattr(stored, key)
    if "clinic.logo" not in pinned and stored.logo_png:
        values["logo_png"] = stored.logo_png
    new_clinic = dataclasses.replace(clinic, **values)
    printing = settings.printing
    if "printing.default_printer" not in pinned and stored.printer:
        printing = dataclasses.replace(printing, default_printer=stored.printer)
    if "printing.paper" not in pinned:
        printing = dataclasses.replace(printing, paper=stored.paper)
    languages = settings.languages if "languages" in pinned else stored.languages
    return dataclasses.replace(
        settings, clinic=new_clinic, printing=printing, languages=tuple(languages)
    )


def current_settings(sf: SessionFactory, settings: Settings) -> Settings:
    """:func:`effective_settings` with what is stored now (one short read)."""
    return effective_settings(settings, load_clinic(sf))


def _details(row: models.ClinicSettings) -> ClinicDetails:
    return ClinicDetails(
        name=row.name,
        address=row.address,
        phone=row.phone,
        timezone=row.timezone,
        languages=tuple(x for x in row.languages.split(",") if x),
        printer=row.printer,
        paper=row.paper,
        logo_png=row.logo_png,
    )


def _require_admin(session: Any, actor: SignedIn | None, *, first_time: bool) -> None:
    if actor is None:
        if first_time:
            return
        raise AuthError("Only an administrator can change the clinic's details.")
    require_signed_in(session, actor, admin=True)
