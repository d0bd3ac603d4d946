"""The personalised aftercare sheet: the leaflet's instructions on the patient's own dates.

:func:`build_aftercare_sheet` freezes everything the page shows (words already in the
patient's language, dates already written out) into :class:`AftercareSheetData`;
:func:`render_aftercare_pdf` only lays it out.
"""

from __future__ import annotations

import functools
import io
import logging
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PIL import Image as PILImage
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from kiosk.documents.fonts import markup
from kiosk.documents.ics import next_session_event
from kiosk.documents.labels import Labels
from kiosk.documents.layout import (
    ACCENT,
    Styles,
    build_pdf_counted,
    fit_one_page,
    make_styles,
    page_footer,
    table_style,
)
from kiosk.documents.qr import QrFlowable
from kiosk.domain.aftercare import AftercareContent, AftercarePlan, Area

KIND = "aftercare"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ClinicHeader:
    name: str
    phone: str
    address: str = ""
    logo: Path | None = None
    logo_png: bytes | None = None  # uploaded in the app; wins over ``logo``


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    title: str
    when: str  # the date or date range, written out in the sheet's language
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AftercareSheetData:
    """Everything the sheet prints, frozen; rendering it twice gives the same bytes."""

    language: str
    paper: str
    clinic: ClinicHeader
    title: str
    patient_name: str
    procedure_date: date
    procedure_date_text: str
    areas_text: str
    session_number: int
    timeline: tuple[TimelineEntry, ...]
    next_session_title: str
    next_session_text: str
    next_session_from: date
    next_session_to: date
    refresher_title: str
    refresher_text: str
    questions_title: str
    questions_text: str
    calendar: str  # iCalendar (VEVENT) of the next-session window, for the .ics file
    content_version: str = ""
    qr_calendar: str = ""  # the same event with a short description, carried by the QR code


AREA_ORDER = (Area.FACE, Area.EYES, Area.NECK, Area.HANDS)


def build_aftercare_sheet(
    content: AftercareContent,
    plan: AftercarePlan,
    *,
    patient_name: str,
    clinic: ClinicHeader,
    paper: str = "letter",
    created: datetime | None = None,
    event_id: str = "",
) -> AftercareSheetData:
    """Freeze a plan (from :func:`kiosk.domain.aftercare.plan_aftercare`) into sheet data.

    ``created`` (when the procedure was recorded) and ``event_id`` (the visit) make the
    calendar event's DTSTAMP and stable UID; a preview leaves them out.
    """
    labels = Labels(content.language)
    first, last = labels.date(plan.next_session_from), labels.date(plan.next_session_to)
    areas = ", ".join(labels.area(a.value) for a in AREA_ORDER if a in plan.areas)
    timeline = tuple(
        TimelineEntry(s.title, labels.span(s.start, s.end), s.paragraphs) for s in plan.sections
    )
    summary = labels["calendar_summary"].format(clinic=clinic.name)
    next_text = content.next_session_text.replace("{from}", first).replace("{to}", last)
    questions = content.questions_text.replace("{phone}", clinic.phone)

    def event(description: str) -> str:
        return next_session_event(
            plan.next_session_from,
            plan.next_session_to,
            summary,
            description,
            created=created,
            uid_seed=event_id,
            location=", ".join(x for x in (clinic.name, clinic.address) if x),
            language=content.language,
        )

    return AftercareSheetData(
        language=content.language,
        paper=paper,
        clinic=clinic,
        title=content.title,
        patient_name=patient_name,
        procedure_date=plan.procedure_date,
        procedure_date_text=labels.date(plan.procedure_date),
        areas_text=areas,
        session_number=plan.session_number,
        timeline=timeline,
        next_session_title=content.next_session_title,
        next_session_text=next_text,
        next_session_from=plan.next_session_from,
        next_session_to=plan.next_session_to,
        refresher_title=content.refresher_title,
        refresher_text=content.refresher_text.replace("{date}", labels.date(plan.refresher_on)),
        questions_title=content.questions_title,
        questions_text=questions,
        # the .ics file: what to avoid before the visit, and whom to call
        calendar=event(f"{next_text}\n\n{questions}"),
        # the QR code: the same event, its description only the phone, so it stays small
        # enough to scan from paper
        qr_calendar=event(questions),
        content_version=content.version,
    )


def render_aftercare_pdf(data: AftercareSheetData) -> bytes:
    """The sheet as PDF bytes; raises MissingGlyphsError for unprintable text.

    Laid out with normal spacing first; if that spills onto a second page, again with tighter
    spacing (the type size never shrinks below 12 pt).
    """
    return fit_one_page(lambda compact: _render(data, compact))


def _render(data: AftercareSheetData, compact: bool) -> tuple[bytes, int]:
    styles = make_styles(12, compact=compact)
    labels = Labels(data.language)
    story: list[Flowable] = [
        _header(data, styles, labels),
        Spacer(1, 3 * mm),
        _facts(data, styles, labels),
        HRFlowable(width="100%", thickness=1, color=ACCENT, spaceBefore=3, spaceAfter=1),
    ]
    for entry in data.timeline:
        # One line "title · dates", then the section's instructions as one running paragraph:
        # large type still fits one page in the usual case.
        title, when = markup(entry.title, bold=True), markup(entry.when, bold=True)
        heading = f'{title}: <font color="black" size="12">{when}</font>'
        block: list[Flowable] = [Paragraph(heading, styles.heading)]
        if entry.paragraphs:
            block.append(Paragraph(markup(" ".join(entry.paragraphs)), styles.body))
        story.append(KeepTogether(block))
    story.append(HRFlowable(width="100%", thickness=1, color=ACCENT, spaceBefore=2, spaceAfter=1))
    story += _closing(data, styles, labels)
    clinic_line = " · ".join(
        x for x in (data.clinic.name, data.clinic.address, data.clinic.phone) if x
    )
    return build_pdf_counted(
        story,
        paper=data.paper,
        language=data.language,
        title=data.title,
        subject=data.title,  # no patient name in metadata: it travels with every copy
        keywords=(f"kind:{KIND}", f"content:{data.content_version}"),
        footer=page_footer(data.paper, clinic_line, labels["page"]),
    )


def _header(data: AftercareSheetData, styles: Styles, labels: Labels) -> Flowable:
    """Logo beside the title, with the clinic's name and phone under the title."""
    clinic = f"<b>{markup(data.clinic.name, bold=True)}</b>"
    if data.clinic.phone:
        clinic += f" · {labels['phone']}: <b>{markup(data.clinic.phone, bold=True)}</b>"
    lines = [Paragraph(markup(data.title, bold=True), styles.title), Paragraph(clinic, styles.meta)]
    logo: Flowable = Spacer(16 * mm, 16 * mm)
    if data.clinic.logo is not None or data.clinic.logo_png:
        try:
            jpeg = (
                logo_jpeg_bytes(data.clinic.logo_png)
                if data.clinic.logo_png
                else logo_jpeg(data.clinic.logo)  # type: ignore[arg-type]
            )
        except (OSError, ValueError) as exc:  # a broken logo file must not stop the sheet
            log.warning("clinic logo %s not used: %s", data.clinic.logo, exc)
        else:
            logo = Image(io.BytesIO(jpeg), width=16 * mm, height=16 * mm)
    table = Table([[logo, lines]], colWidths=[19 * mm, None])
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE")))
    return table


def logo_jpeg(path: Path, pixels: int = 240) -> bytes:
    """The logo flattened on white as a small JPEG: reportlab embeds JPEG bytes as they are,
    where a PNG with transparency is decoded and re-compressed on every sheet."""
    stat = path.stat()
    return _logo_jpeg(path, stat.st_mtime_ns, stat.st_size, pixels)


@functools.lru_cache(maxsize=8)
def _logo_jpeg(path: Path, mtime_ns: int, size: int, pixels: int) -> bytes:
    return logo_jpeg_bytes(path.read_bytes(), pixels)


@functools.lru_cache(maxsize=8)
def logo_jpeg_bytes(png: bytes, pixels: int = 240) -> bytes:
    """:func:`logo_jpeg` for image bytes (the logo an administrator uploaded)."""
    with PILImage.open(io.BytesIO(png)) as image:
        rgba = image.convert("RGBA")
        rgba.thumbnail((pixels, pixels), PILImage.Resampling.LANCZOS)
        flat = PILImage.new("RGB", rgba.size, "white")
        flat.paste(rgba, mask=rgba.getchannel("A"))
    out = io.BytesIO()
    flat.save(out, format="JPEG", quality=92, optimize=False)
    return out.getvalue()


def _facts(data: AftercareSheetData, styles: Styles, labels: Labels) -> Flowable:
    def cell(key: str, value: str) -> Paragraph:
        return Paragraph(f"{key}: <b>{value}</b>", styles.meta)

    cells = [
        [
            cell(labels["patient"], markup(data.patient_name, "patient name", bold=True)),
            cell(labels["session"], str(data.session_number)),
        ],
        [cell(labels["procedure_date"], markup(data.procedure_date_text, bold=True)), ""],
        [cell(labels["treated_areas"], markup(data.areas_text, bold=True)), ""],
    ]
    table = Table(cells, colWidths=["70%", "30%"])
    table.setStyle(
        table_style(
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("SPAN", (0, 1), (1, 1)),
            ("SPAN", (0, 2), (1, 2)),
        )
    )
    return table


def _closing(data: AftercareSheetData, styles: Styles, labels: Labels) -> list[Flowable]:
    """Next session (with its calendar QR code beside it), the yearly refresher, questions."""
    qr_size = 30 * mm
    text = [
        Paragraph(markup(data.next_session_title, bold=True), styles.heading),
        Paragraph(markup(data.next_session_text), styles.body),
        Paragraph(markup(labels["qr_caption"]), styles.small),
    ]
    qr = QrFlowable(data.qr_calendar or data.calendar, qr_size)
    table = Table([[text, qr]], colWidths=[None, qr_size + 4 * mm])
    table.setStyle(
        table_style(
            ("RIGHTPADDING", (0, 0), (0, 0), 4 * mm),
            ("LEFTPADDING", (1, 0), (1, 0), 4 * mm),
            ("TOPPADDING", (1, 0), (1, 0), 4),
        )
    )
    side = Table(
        [
            [
                [
                    Paragraph(markup(data.refresher_title, bold=True), styles.heading),
                    Paragraph(markup(data.refresher_text), styles.body),
                ],
                [
                    Paragraph(markup(data.questions_title, bold=True), styles.heading),
                    Paragraph(markup(data.questions_text), styles.body),
                ],
            ]
        ],
        colWidths=["58%", "42%"],
    )
    side.setStyle(table_style(("RIGHTPADDING", (0, 0), (0, 0), 5 * mm)))
    return [table, side]
