"""The signed consent record: what the patient read, answered and signed, with a check code.

The verification code is a SHA-256 over a canonical JSON of the record's stored facts (names,
versions and hashes of the texts shown, answer keys and choices, ticked acknowledgements,
signature image, time, zone, station). The printed words come from the content files of those
versions; their identity (version + SHA-256) is inside the code, so the code can be recomputed
from the database alone, years later, even after the wording files have moved on.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
)

from kiosk.documents.aftercare import ClinicHeader
from kiosk.documents.fonts import markup
from kiosk.documents.labels import Labels
from kiosk.documents.layout import (
    ACCENT,
    DocumentError,
    Styles,
    build_pdf_counted,
    fit_one_page,
    make_styles,
    page_footer,
    table_style,
)
from kiosk.domain.checklist import Answer, Checklist, Choice
from kiosk.domain.consent import ConsentContent, ConsentIdentity, consent_identity

KIND = "consent_record"
CODE_KEYWORD = "verification:"


@dataclass(frozen=True, slots=True)
class AnswerLine:
    item_key: str
    question: str
    answer: str  # the words of the answer button, as the patient saw them
    choice: str
    days_ago: int | None = None
    day_text: str = ""  # the dated use, when the answer asked "which day?"


@dataclass(frozen=True, slots=True)
class AcknowledgementLine:
    key: str
    text: str
    ticked: bool


@dataclass(frozen=True, slots=True)
class ConsentRecordData:
    """One signed consent, frozen. ``consent_paragraphs`` is None when the text of that version
    is no longer available (then the record shows its SHA-256 only)."""

    language: str
    paper: str
    clinic: ClinicHeader
    visit_id: int | None
    patient_name: str
    date_of_birth: date | None
    procedure_date: date
    consent_version: str
    consent_sha256: str
    consent_title: str
    consent_paragraphs: tuple[str, ...] | None
    acknowledgements: tuple[AcknowledgementLine, ...]
    checklist_version: str
    checklist_sha256: str
    answers: tuple[AnswerLine, ...]
    typed_name: str
    signature_png: bytes
    signed_at: datetime  # aware
    zone: str
    station: str
    signature_method: str = "drawn"  # kiosk.domain.checkin.SignatureMethod: drawn | typed

    def __post_init__(self) -> None:
        if self.signed_at.tzinfo is None:
            raise DocumentError("the signing time must carry a time zone")

    def canonical(self) -> dict[str, Any]:
        """The facts the verification code covers (see the module docstring); how it was
        signed only when typed, so the codes of records of drawn signatures stay as printed."""
        facts: dict[str, Any] = {
            "kind": KIND,
            "visit_id": self.visit_id,
            "patient_name": self.patient_name,
            "date_of_birth": self.date_of_birth.isoformat() if self.date_of_birth else None,
            "procedure_date": self.procedure_date.isoformat(),
            "consent": {
                "version": self.consent_version,
                "text_sha256": self.consent_sha256,
                "ticked": sorted(a.key for a in self.acknowledgements if a.ticked),
            },
            "checklist": {"version": self.checklist_version, "sha256": self.checklist_sha256},
            "answers": sorted([a.item_key, a.choice, a.days_ago] for a in self.answers),
            "typed_name": self.typed_name,
            "signature_sha256": hashlib.sha256(self.signature_png).hexdigest(),
            "signed_at": self.signed_at.astimezone(UTC).isoformat(timespec="seconds"),
            "zone": self.zone,
            "station": self.station,
        }
        if self.signature_method != "drawn":
            facts["signature_method"] = self.signature_method
        return facts

    @property
    def verification_code(self) -> str:
        return verification_code(self.canonical())


def canonical_json(facts: dict[str, Any]) -> bytes:
    return json.dumps(facts, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def verification_code(facts: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(facts)).hexdigest()


def format_code(code: str) -> str:
    """The 64 hex digits in groups of 8, easier to read aloud and compare."""
    return " ".join(code[i : i + 8] for i in range(0, len(code), 8))


MAC_KEYWORD = "record-mac:"


def render_consent_record_pdf(data: ConsentRecordData, *, mac: str | None = None) -> bytes:
    """The record as PDF bytes; the code is printed and kept in the PDF's keywords.

    One page when it fits: if the first layout spills over (a long name, many dated answers,
    Letter paper), it is laid out again with the verification code beside the signature and
    tighter spacing, so no second page carries the verification box alone.

    ``mac``, when given, is the clinic's HMAC over the code (kiosk.services.documents): kept in
    the keywords too, it shows a copy came from this clinic's station; it never replaces the
    comparison of what the document says with the stored record.
    """
    return fit_one_page(lambda tight: _render(data, tight=tight, mac=mac))


def _render(data: ConsentRecordData, *, tight: bool, mac: str | None = None) -> tuple[bytes, int]:
    styles = make_styles(10, compact=True)
    styles.body.spaceAfter = 1 if tight else 3  # the consent's paragraphs stay visibly apart
    labels = Labels(data.language)
    code = data.verification_code
    verification = [
        Paragraph(markup(labels["verification"], bold=True), styles.heading),
        Paragraph(format_code(code), styles.code),
        Paragraph(markup(labels["verification_note"]), styles.small),
    ]
    signature = _signature(data, styles, labels)
    if tight:
        side = Table([[signature, verification]], colWidths=["55%", "45%"])
        side.setStyle(table_style(("RIGHTPADDING", (0, 0), (0, 0), 4 * mm)))
        closing: list[Flowable] = [side, *_answers(data, styles, labels, tight=True)]
    else:
        closing = [
            KeepTogether(signature),
            *_answers(data, styles, labels),
            Spacer(1, 3 * mm),
            KeepTogether(verification),
        ]
    story: list[Flowable] = [
        Paragraph(markup(data.clinic.name, bold=True), styles.clinic),
        Spacer(1, 1 * mm if tight else 2 * mm),
        Paragraph(markup(labels["consent_title"], bold=True), styles.title),
        _facts(data, styles, labels),
        HRFlowable(width="100%", thickness=1, color=ACCENT, spaceBefore=3, spaceAfter=2),
        *_consent_text(data, styles, labels),
        *closing,
    ]
    return build_pdf_counted(
        story,
        paper=data.paper,
        language=data.language,
        title=labels["consent_title"],
        subject=labels["consent_title"],  # no patient name in the metadata
        keywords=(f"kind:{KIND}", f"{CODE_KEYWORD}{code}")
        + ((f"{MAC_KEYWORD}{mac}",) if mac else ()),
        footer=page_footer(data.paper, f"{labels['verification']}: {code}", labels["page"]),
    )


def _rows(rows: list[tuple[str, str]], styles: Styles, key_width: float) -> Table:
    cells = [[Paragraph(f"{k}:", styles.meta), Paragraph(v, styles.meta)] for k, v in rows]
    table = Table(cells, colWidths=[key_width, None])
    table.setStyle(table_style(("BOTTOMPADDING", (0, 0), (-1, -1), 1)))
    return table


def _facts(data: ConsentRecordData, styles: Styles, labels: Labels) -> Flowable:
    rows = [(labels["patient"], f"<b>{markup(data.patient_name, 'patient name', bold=True)}</b>")]
    if data.date_of_birth is not None:
        rows.append((labels["date_of_birth"], markup(labels.short_date(data.date_of_birth))))
    rows.append((labels["procedure_date"], markup(labels.date(data.procedure_date))))
    if data.visit_id is not None:
        rows.append((labels["visit"], str(data.visit_id)))
    return _rows(rows, styles, 55 * mm)


def _consent_text(data: ConsentRecordData, styles: Styles, labels: Labels) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(markup(labels["consent_text_heading"], bold=True), styles.heading),
        _rows(
            [
                (labels["consent_version"], markup(data.consent_version)),
                (labels["consent_sha256"], format_code(data.consent_sha256)),
            ],
            styles,
            70 * mm,
        ),
        Spacer(1, 2 * mm),
    ]
    if data.consent_paragraphs is None:
        out.append(Paragraph(markup(labels["consent_text_missing"]), styles.body))
    else:
        out.append(Paragraph(f"<b>{markup(data.consent_title, bold=True)}</b>", styles.body))
        out += [Paragraph(markup(p), styles.body) for p in data.consent_paragraphs]
    for ack in data.acknowledgements:
        box = "☑" if ack.ticked else "☐"
        state = labels["acknowledged"] if ack.ticked else labels["not_acknowledged"]
        out.append(
            Paragraph(
                f"{markup(box)} {markup(ack.text)} <i>({markup(state)})</i>",
                styles.body,
            )
        )
    return out


def _answers(
    data: ConsentRecordData, styles: Styles, labels: Labels, *, tight: bool = False
) -> list[Flowable]:
    rows = [
        [
            Paragraph(f"<b>{labels['question']}</b>", styles.meta),
            Paragraph(f"<b>{labels['answer']}</b>", styles.meta),
        ]
    ]
    for a in data.answers:
        answer = markup(a.answer)
        if a.day_text:  # tight: on the same line, wrapping only where it must
            answer += " · " if tight else "<br/>"
            answer += markup(labels["day_of_use"].format(date=a.day_text))
        rows.append([Paragraph(markup(a.question), styles.meta), Paragraph(answer, styles.meta)])
    table = Table(rows, colWidths=[None, (80 if tight else 62) * mm], repeatRows=1)
    table.setStyle(
        table_style(
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, ACCENT),
            ("TOPPADDING", (0, 0), (-1, -1), 1 if tight else 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2 if tight else 3),
            ("RIGHTPADDING", (0, 0), (0, -1), 4 * mm),
        )
    )
    return [
        Paragraph(markup(labels["answers_heading"], bold=True), styles.heading),
        Paragraph(markup(f"{labels['checklist_version']}: {data.checklist_version}"), styles.small),
        table,
    ]


def _signature(data: ConsentRecordData, styles: Styles, labels: Labels) -> list[Flowable]:
    image: Flowable = Spacer(1, 1)
    if data.signature_png:
        try:
            reader = ImageReader(io.BytesIO(data.signature_png))
            w, h = reader.getSize()
        except Exception as exc:  # a damaged image must not stop the record being printed
            raise DocumentError(f"the stored signature image cannot be read: {exc}") from exc
        width = min(60 * mm, w)
        image = Image(io.BytesIO(data.signature_png), width=width, height=width * h / w)
        image.hAlign = "LEFT"
    when = f"{labels.instant(data.signed_at, data.zone)} ({data.zone})"
    rows = [(labels["typed_name"], f"<b>{markup(data.typed_name, 'typed name', bold=True)}</b>")]
    if data.signature_method != "drawn":
        # A typed name adopted as the signature says so: the image is the kiosk's rendering.
        rows.append((labels["signature_method"], markup(labels[f"method.{data.signature_method}"])))
    rows += [(labels["signed_at"], markup(when)), (labels["station"], markup(data.station))]
    block = [
        Paragraph(markup(labels["signature_heading"], bold=True), styles.heading),
        image,
        _rows(
            rows,
            styles,
            40 * mm,
        ),
    ]
    return block


def build_consent_record(
    *,
    language: str,
    paper: str,
    clinic: ClinicHeader,
    visit_id: int | None,
    patient_name: str,
    date_of_birth: date | None,
    procedure_date: date,
    consent: ConsentContent | None,
    consent_version: str,
    consent_sha256: str,
    ticked: Iterable[str],
    checklist: Checklist | None,
    checklist_version: str,
    checklist_sha256: str,
    answers: Iterable[Answer],
    typed_name: str,
    signature_png: bytes,
    signed_at: datetime,
    zone: str,
    station: str,
    wording: Mapping[str, tuple[str, str]] | None = None,
    signature_method: str = "drawn",
) -> ConsentRecordData:
    """Stored facts + the texts shown -> record data.

    ``consent`` is the text stored with the record (or, for records from before the texts were
    stored, the content files' text): its words are printed only when it is exactly the text
    that was signed (same version and SHA-256). ``wording`` gives each answer's stored
    (question, answer words); without it the checklist's words are used when its version
    matches.
    """
    labels = Labels(language)
    ticked_keys = set(ticked)
    shown = consent is not None and consent_identity(consent) == ConsentIdentity(
        consent_version, consent_sha256
    )
    if shown:
        assert consent is not None
        acks = tuple(
            AcknowledgementLine(a.key, a.text, a.key in ticked_keys)
            for a in consent.acknowledgements
        )
    else:
        acks = tuple(AcknowledgementLine(k, k, True) for k in sorted(ticked_keys))
    same_checklist = checklist is not None and checklist.version == checklist_version
    lines = []
    for answer in answers:
        question, words = answer.item_key, str(answer.choice)
        if wording and answer.item_key in wording:
            question, words = wording[answer.item_key]
        elif same_checklist:
            assert checklist is not None
            try:
                item = checklist.item(answer.item_key)
            except KeyError:
                pass
            else:
                question, words = item.question, checklist.label(item, Choice(answer.choice))
        day = ""
        if answer.days_ago is not None:
            day = labels.date(procedure_date - timedelta(days=answer.days_ago))
        lines.append(
            AnswerLine(answer.item_key, question, words, str(answer.choice), answer.days_ago, day)
        )
    return ConsentRecordData(
        language=language,
        paper=paper,
        clinic=clinic,
        visit_id=visit_id,
        patient_name=patient_name,
        date_of_birth=date_of_birth,
        procedure_date=procedure_date,
        consent_version=consent_version,
        consent_sha256=consent_sha256,
        consent_title=consent.title if shown and consent else "",
        consent_paragraphs=tuple(consent.paragraphs) if shown and consent else None,
        acknowledgements=acks,
        checklist_version=checklist_version,
        checklist_sha256=checklist_sha256,
        answers=tuple(lines),
        typed_name=typed_name,
        signature_png=signature_png,
        signed_at=signed_at,
        zone=zone,
        station=station,
        signature_method=signature_method,
    )
