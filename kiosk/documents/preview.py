"""Documents rendered from the current content files alone, without any database.

Used by ``clinic-kiosk preview ...`` (clinic staff checking an edited content file), by the
self-check, and by the screenshots. Everything here is deterministic: no clock is read.
"""

from __future__ import annotations

import dataclasses
import io
import math
from collections.abc import Iterable
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw

from kiosk.config import Settings
from kiosk.documents.aftercare import (
    AftercareSheetData,
    ClinicHeader,
    build_aftercare_sheet,
    render_aftercare_pdf,
)
from kiosk.documents.consent_record import build_consent_record, render_consent_record_pdf
from kiosk.documents.layout import DocumentError, logo_path
from kiosk.domain.aftercare import Area, PlanError, plan_aftercare
from kiosk.domain.checklist import CHOICES_BY_KIND, Answer
from kiosk.domain.clinic import ClinicProblem, printable_problems
from kiosk.domain.consent import consent_identity
from kiosk.paths import resources_dir


class ClinicNotSetUp(DocumentError):
    """The clinic's name or phone is missing or a placeholder: no document may print so."""

    def __init__(self, problems: tuple[ClinicProblem, ...]) -> None:
        self.problems = problems
        super().__init__(
            "; ".join(p.message for p in problems)
            + ". An administrator sets them in the nurse station (Administration > Clinic),"
            " or IT in the configuration file's [clinic] table."
        )


PREVIEW_NAME = "[Clinic name not set: preview only]"
PREVIEW_PHONE = "[phone not set]"


def clinic_header(settings: Settings, *, preview: bool = False) -> ClinicHeader:
    """The clinic as documents print it; :class:`ClinicNotSetUp` rather than a placeholder.

    A ``preview`` (content editors checking wording, no database) marks what is missing in
    brackets instead, so the page can never pass for a patient's sheet.
    """
    clinic = settings.clinic
    problems = printable_problems(clinic.name, clinic.phone)
    if problems and not preview:
        raise ClinicNotSetUp(problems)
    if problems:
        fields = {p.field for p in problems}
        clinic = dataclasses.replace(
            clinic,
            name=PREVIEW_NAME if "name" in fields else clinic.name,
            phone=PREVIEW_PHONE if "phone" in fields else clinic.phone,
        )
    return ClinicHeader(
        name=clinic.name,
        phone=clinic.phone,
        address=clinic.address,
        logo=None if clinic.logo_png else logo_path(clinic.logo, resources_dir()),
        logo_png=clinic.logo_png,
    )


NAME_PROBLEMS = {
    "empty": "the name is empty",
    "too_long": "the name is longer than {max} characters (the kiosk's limit)",
    "bad_character": "the name holds an invisible or control character",
    "no_letters": "the name has no letters",
    "unprintable": "the name holds characters no shipped font can print: {chars}",
}
MAX_DAYS_AHEAD = 366
EARLIEST_DATE = date(2000, 1, 1)


def preview_name(name: str) -> str:
    """The kiosk's own name rules (:func:`kiosk.domain.patient.clean_name`), as one line."""
    from kiosk.domain.patient import unprintable
    from kiosk.domain.text_rules import MAX_NAME_LENGTH, clean_name
    from kiosk.domain.text_rules import TextRuleError as IdentityError

    try:
        return clean_name(name, "name")
    except IdentityError as exc:
        chars = ", ".join(f"'{c}' (U+{ord(c):04X})" for c in unprintable(name))
        words = NAME_PROBLEMS.get(exc.code, str(exc))
        raise DocumentError(words.format(max=MAX_NAME_LENGTH, chars=chars)) from None


def preview_date(day: date, today: date) -> date:
    """A procedure date a preview can show: from 2000 to a year ahead, as a visit could be."""
    if day < EARLIEST_DATE:
        raise DocumentError(
            f"the procedure date {day.isoformat()} is before {EARLIEST_DATE.isoformat()}"
        )
    if (day - today).days > MAX_DAYS_AHEAD:
        raise DocumentError(
            f"the procedure date {day.isoformat()} is more than a year after today"
            f" ({today.isoformat()}); choose a date a visit could have"
        )
    return day


def parse_areas(values: Iterable[str]) -> frozenset[Area]:
    """``("face", "eyes")`` -> areas; an unknown name is a DocumentError naming the choices."""
    areas = set()
    for raw in values:
        name = raw.strip().lower()
        if not name:
            continue
        try:
            areas.add(Area(name))
        except ValueError:
            choices = ", ".join(a.value for a in Area)
            raise DocumentError(f"unknown treated area {raw!r} (choose from {choices})") from None
    if not areas:
        raise DocumentError("name at least one treated area")
    return frozenset(areas)


def preview_aftercare_pdf(
    settings: Settings,
    *,
    name: str,
    procedure_date: date,
    areas: Iterable[str],
    session: int,
    language: str,
    paper: str | None = None,
) -> bytes:
    data = preview_aftercare_data(
        settings,
        name=name,
        procedure_date=procedure_date,
        areas=areas,
        session=session,
        language=language,
        paper=paper,
    )
    return render_aftercare_pdf(data)


def preview_aftercare_data(
    settings: Settings,
    *,
    name: str,
    procedure_date: date,
    areas: Iterable[str],
    session: int,
    language: str,
    paper: str | None = None,
) -> AftercareSheetData:
    """The sheet's data from the current content files (no database)."""
    from kiosk.content import load_content

    content = load_content(language).aftercare
    try:
        plan = plan_aftercare(content, procedure_date, parse_areas(areas), session)
    except PlanError as exc:
        raise DocumentError(str(exc)) from exc
    except OverflowError:
        raise DocumentError(f"the procedure date {procedure_date} is too far away") from None
    return build_aftercare_sheet(
        content,
        plan,
        patient_name=preview_name(name),
        clinic=clinic_header(settings, preview=True),
        paper=paper or settings.printing.paper,
    )


def preview_consent_pdf(
    settings: Settings,
    *,
    name: str,
    procedure_date: date,
    language: str,
    paper: str | None = None,
) -> bytes:
    """A sample record: every question answered with its first choice, a drawn signature."""
    from kiosk.content import load_content

    bundle = load_content(language)
    identity = consent_identity(bundle.consent)
    answers = [Answer(i.key, CHOICES_BY_KIND[i.kind][0]) for i in bundle.checklist.items]
    zone = settings.clinic.timezone
    data = build_consent_record(
        language=language,
        paper=paper or settings.printing.paper,
        clinic=clinic_header(settings, preview=True),
        visit_id=None,
        patient_name=preview_name(name),
        date_of_birth=None,
        procedure_date=procedure_date,
        consent=bundle.consent,
        consent_version=identity.version,
        consent_sha256=identity.text_sha256,
        ticked=[a.key for a in bundle.consent.acknowledgements],
        checklist=bundle.checklist,
        checklist_version=bundle.checklist.version,
        checklist_sha256=bundle.checklist.sha256,
        answers=answers,
        typed_name=name,
        signature_png=sample_signature_png(),
        signed_at=datetime.combine(procedure_date, time(9, 30), ZoneInfo(zone)),
        zone=zone,
        station="preview",
    )
    return render_consent_record_pdf(data)


def sample_signature_png(width: int = 600, height: int = 160) -> bytes:
    """A drawn squiggle standing in for a real signature in previews and tests."""
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    points = [
        (
            30 + x * (width - 60) / 200,
            height / 2 + 40 * math.sin(x / 9) * math.cos(x / 31) - 15 * math.sin(x / 3),
        )
        for x in range(201)
    ]
    draw.line(points, fill=(10, 20, 80), width=4, joint="curve")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=False)
    return buffer.getvalue()
