"""Render and print the visit's documents: the aftercare sheet and the signed consent record.

Rendering reads the visit in one short transaction, renders outside it, then stores the PDF
as a Document row (so a failed print can be retried without rendering again). Printing never
holds a transaction while the printer works: one transaction creates the PrintJob row, the
backend runs, another records how it went (kiosk.services.printing: stuck jobs, cancel, retry).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from kiosk.config import Settings
from kiosk.domain.aftercare import Area, local_procedure_date, plan_aftercare
from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.consent import ConsentContent
from kiosk.domain.staff import SignedIn
from kiosk.services.audit import record_event, staff_actor
from kiosk.services.clinic import current_settings
from kiosk.services.clock import Clock, now_from, utc_now
from kiosk.services.errors import NotFoundError, ValidationError
from kiosk.services.results.documents import RenderedDocument, VerificationResult
from kiosk.services.signin import require_signed_in
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.content import ContentBundle
    from kiosk.documents.aftercare import AftercareSheetData, ClinicHeader
    from kiosk.documents.consent_record import ConsentRecordData

# The renderers (reportlab, Pillow, segno) and the verifier (pypdf) are imported inside the
# functions that use them: ~150 ms and ~13 MB that a station needs only at its first print.
AFTERCARE = "aftercare"  # kiosk.documents.aftercare.KIND (a test checks they agree)
CONSENT_RECORD = "consent_record"  # kiosk.documents.consent_record.KIND

ContentLoader = Callable[[str], "ContentBundle"]


def _load_content(language: str) -> ContentBundle:
    from kiosk.content import load_content

    return load_content(language)


# -- rendering -------------------------------------------------------------------------------


def aftercare_sheet_data(
    sf: SessionFactory,
    visit_id: int,
    *,
    settings: Settings,
    content: ContentLoader = _load_content,
) -> AftercareSheetData:
    """The sheet's data for the visit's latest recorded procedure (nothing is stored)."""
    from kiosk.documents import aftercare as aftercare_doc

    settings = current_settings(sf, settings)
    header = _clinic_header(settings)
    with transaction(sf, read_only=True) as session:
        visit = _visit(session, visit_id)
        procedure = _latest(session, models.Procedure, visit_id)
        if procedure is None:
            raise ValidationError(
                "procedure", "missing", "Record the procedure first; the sheet uses its areas."
            )
        name = f"{visit.patient.first_name} {visit.patient.last_name}"
        language, zone = visit.language, visit.zone
        day = local_procedure_date(procedure.at, zone)
        areas = frozenset(Area(a) for a in procedure.areas)
        session_number = procedure.session_number
        recorded_at = procedure.at
    bundle = content(language)
    plan = plan_aftercare(bundle.aftercare, day, areas, session_number)
    return aftercare_doc.build_aftercare_sheet(
        bundle.aftercare,
        plan,
        patient_name=name,
        clinic=header,
        paper=settings.printing.paper,
        created=recorded_at,
        event_id=f"visit-{visit_id}-next-session",
    )


def render_aftercare(
    sf: SessionFactory,
    visit_id: int,
    *,
    settings: Settings,
    actor: SignedIn | None,
    content: ContentLoader = _load_content,
    clock: Clock = utc_now,
) -> RenderedDocument:
    """The aftercare sheet of the visit's latest recorded procedure, stored and returned.
    ``actor`` is the signed-in staff member (None: the command line, i.e. the system)."""
    from kiosk.documents.aftercare import render_aftercare_pdf

    _check_actor(sf, actor)
    data = aftercare_sheet_data(sf, visit_id, settings=settings, content=content)
    pdf = _render(render_aftercare_pdf, data)
    filename = f"aftercare-visit{visit_id}-{data.procedure_date.isoformat()}.pdf"
    sha256 = hashlib.sha256(pdf).hexdigest()
    return _store(sf, visit_id, AFTERCARE, pdf, sha256, filename, actor, clock)


def next_session_calendar(
    sf: SessionFactory,
    visit_id: int,
    *,
    settings: Settings,
    content: ContentLoader = _load_content,
) -> str:
    """The next-session window as iCalendar text (what the sheet's QR code carries)."""
    return aftercare_sheet_data(sf, visit_id, settings=settings, content=content).calendar


def consent_record_data(
    sf: SessionFactory,
    visit_id: int,
    *,
    settings: Settings,
    content: ContentLoader = _load_content,
) -> ConsentRecordData:
    """The record of the visit's current consent (the newest, which supersedes any older).

    The words come from the texts stored with the record (kiosk.services.texts), so a record
    prints years later from the database alone; the content files are only a fallback for
    records stored before the texts were kept.
    """
    from kiosk.documents import consent_record as consent_doc
    from kiosk.services.texts import load_texts

    settings = current_settings(sf, settings)
    header = _clinic_header(settings)
    with transaction(sf, read_only=True) as session:
        visit = _visit(session, visit_id)
        consent = _latest(session, models.Consent, visit_id)
        if consent is None:
            raise NotFoundError("This visit has no signed consent.")
        patient = visit.patient
        stored_answers = list(visit.answers)
        texts = load_texts(
            session,
            [consent.text_sha256]
            + [a.question_sha256 for a in stored_answers]
            + [a.label_sha256 for a in stored_answers],
        )
        facts = {
            "language": visit.language,
            "visit_id": visit.id,
            "patient_name": f"{patient.first_name} {patient.last_name}",
            "date_of_birth": patient.date_of_birth,
            "procedure_date": visit.procedure_date,
            "consent_version": consent.content_version,
            "consent_sha256": consent.text_sha256,
            "ticked": list(consent.acknowledgements),
            "checklist_version": visit.checklist_version,
            "checklist_sha256": visit.checklist_sha256,
            "answers": [Answer(a.item_key, Choice(a.choice), a.days_ago) for a in stored_answers],
            "typed_name": consent.typed_name,
            "signature_png": consent.signature_png,
            "signed_at": consent.signed_at,
            "zone": consent.zone,
            "station": consent.station,
            "signature_method": consent.method,
        }
        wording = {
            a.item_key: (texts[a.question_sha256].body, texts[a.label_sha256].body)
            for a in stored_answers
            if a.question_sha256 in texts and a.label_sha256 in texts
        }
        stored_text = texts.get(consent.text_sha256)
        stored_consent = (
            _consent_from_text(stored_text, consent.content_version) if stored_text else None
        )
    bundle = None
    if stored_consent is None or len(wording) < len(stored_answers):
        try:
            bundle = content(facts["language"])
        except Exception:
            bundle = None
    return consent_doc.build_consent_record(
        paper=settings.printing.paper,
        clinic=header,
        consent=stored_consent or (bundle.consent if bundle else None),
        checklist=bundle.checklist if bundle else None,
        wording=wording,
        **facts,
    )


def _consent_from_text(row: models.ShownText, version: str) -> ConsentContent | None:
    """The stored consent text back as content; None if its parts do not give its SHA-256."""
    from kiosk.domain.consent import Acknowledgement, text_sha256

    parts = row.parts or {}
    try:
        rebuilt = ConsentContent(
            version=version,
            language=row.language,
            title=str(parts["title"]),
            paragraphs=tuple(str(p) for p in parts["paragraphs"]),
            acknowledgements=tuple(
                Acknowledgement(str(a["key"]), str(a["text"])) for a in parts["acknowledgements"]
            ),
        )
    except (KeyError, TypeError):
        return None
    return rebuilt if text_sha256(rebuilt.text) == row.sha256 else None


def render_consent_record(
    sf: SessionFactory,
    visit_id: int,
    *,
    settings: Settings,
    actor: SignedIn | None,
    content: ContentLoader = _load_content,
    clock: Clock = utc_now,
) -> RenderedDocument:
    """The signed consent record, stored with its verification code as the content hash."""
    from kiosk.documents.consent_record import render_consent_record_pdf

    _check_actor(sf, actor)
    data = consent_record_data(sf, visit_id, settings=settings, content=content)
    mac = record_mac(sf, data.verification_code)
    pdf = _render(functools.partial(render_consent_record_pdf, mac=mac), data)
    filename = f"consent-visit{visit_id}.pdf"
    return _store(sf, visit_id, CONSENT_RECORD, pdf, data.verification_code, filename, actor, clock)


def _check_actor(sf: SessionFactory, actor: SignedIn | None) -> None:
    """Refuse a signed-out, disabled or locked staff member before reading patient data."""
    if actor is not None:
        with transaction(sf, read_only=True) as session:
            require_signed_in(session, actor)


def _actor(actor: SignedIn | None) -> str:
    return staff_actor(actor.staff_id if actor is not None else None)


def record_mac(sf: SessionFactory, code: str) -> str | None:
    """HMAC-SHA256 of a record's code with the clinic audit secret (None without the secret)."""
    from kiosk.services.audit import AuditKeyMissing, audit_key, engine_of

    try:
        key = audit_key(engine_of(sf))
    except (AuditKeyMissing, TypeError):
        return None
    return hmac.new(key, f"consent-record:{code}".encode(), hashlib.sha256).hexdigest()


def _embedded_mac(pdf: bytes) -> str | None:
    from pypdf import PdfReader

    from kiosk.documents.consent_record import MAC_KEYWORD

    try:
        metadata = PdfReader(io.BytesIO(pdf)).metadata
        keywords = str(metadata.get("/Keywords", "")) if metadata is not None else ""
    except Exception:
        return None
    for word in keywords.replace(",", " ").split():
        if word.startswith(MAC_KEYWORD):
            return word[len(MAC_KEYWORD) :]
    return None


def verify_consent_document(
    sf: SessionFactory,
    pdf: bytes | Path,
    *,
    settings: Settings,
    content: ContentLoader = _load_content,
) -> VerificationResult:
    """Compare what a consent record PDF says with the stored record; name every difference.

    The code (keywords, else the printed text) only finds the record to compare with; a code
    in the metadata proves nothing. The stored record is rendered afresh and its text compared
    with the document's, page by page: an edited and re-saved text, pages from another record,
    a blank page carrying a code or another visit's record carrying this code are each refused
    with the reason.
    """
    from kiosk.documents.consent_record import render_consent_record_pdf
    from kiosk.documents.labels import Labels
    from kiosk.documents.verify import compare_printed, read_pages, read_verification_code

    data_bytes = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    code = read_verification_code(data_bytes)
    with transaction(sf, read_only=True) as session:
        row = session.scalars(
            select(models.Document)
            .where(models.Document.sha256 == code, models.Document.kind == CONSENT_RECORD)
            .order_by(models.Document.id.desc())
        ).first()
        found = None if row is None else (row.id, row.visit_id)
    if found is None:
        return VerificationResult(
            False, code, None, "No consent record with this code was issued by this clinic."
        )
    document_id, visit_id = found
    data = consent_record_data(sf, visit_id, settings=settings, content=content)
    reasons: list[str] = []
    if data.verification_code != code:
        reasons.append(
            f"the stored record of visit {visit_id} no longer matches this code"
            f" (it now gives {data.verification_code}): it was changed after printing"
        )
    embedded = _embedded_mac(data_bytes)
    expected_mac = record_mac(sf, code)
    if embedded is not None and expected_mac is not None and embedded != expected_mac:
        reasons.append("its embedded clinic signature does not match its code")
    labels = Labels(data.language)
    printed = read_pages(data_bytes)
    expected = read_pages(render_consent_record_pdf(data))
    reasons.extend(compare_printed(printed, expected, fact_labels(labels), labels["consent_title"]))
    if reasons:
        return VerificationResult(
            False,
            code,
            document_id,
            f"NOT GENUINE (compared with visit {visit_id}): " + "; ".join(reasons),
        )
    return VerificationResult(
        True,
        code,
        document_id,
        f"Genuine: every page says what the signed consent of visit {visit_id} says.",
    )


def _clinic_header(settings: Settings) -> ClinicHeader:
    """The clinic as documents print it; refused while it is a placeholder."""
    from kiosk.documents.preview import ClinicNotSetUp, clinic_header

    try:
        return clinic_header(settings)
    except ClinicNotSetUp as exc:
        raise ValidationError("clinic", "not_set_up", str(exc)) from exc


def fact_labels(labels: Any) -> dict[str, str]:
    """Printed label line -> the fact's name in a difference report."""
    named = {
        "patient": "patient",
        "date_of_birth": "date of birth",
        "procedure_date": "procedure date",
        "visit": "visit",
        "consent_version": "consent text version",
        "consent_sha256": "consent text SHA-256",
        "typed_name": "typed name",
        "signature_method": "how it was signed",
        "signed_at": "signing time",
        "station": "station",
    }
    out = {f"{labels[key]}:": name for key, name in named.items()}
    out[labels["consent_text_heading"]] = "the consent text"
    out[labels["question"]] = "the answers"
    out[labels["answers_heading"]] = "the answers"
    out[labels["signature_heading"]] = "the signature"
    out[labels["verification"]] = "the verification code"
    return out


def stored_record_facts(
    sf: SessionFactory, code: str, *, settings: Settings, content: ContentLoader = _load_content
) -> list[tuple[str, str]] | None:
    """The stored facts behind a code, for a person comparing a paper copy; None if unknown."""
    from kiosk.documents.consent_record import format_code
    from kiosk.documents.labels import Labels

    with transaction(sf, read_only=True) as session:
        visit_id = session.scalars(
            select(models.Document.visit_id)
            .where(models.Document.sha256 == code, models.Document.kind == CONSENT_RECORD)
            .order_by(models.Document.id.desc())
        ).first()
    if visit_id is None:
        return None
    data = consent_record_data(sf, visit_id, settings=settings, content=content)
    labels = Labels(data.language)
    rows = [
        (labels["patient"], data.patient_name),
        (
            labels["date_of_birth"],
            labels.short_date(data.date_of_birth) if data.date_of_birth else "",
        ),
        (labels["visit"], str(data.visit_id)),
        (labels["procedure_date"], labels.date(data.procedure_date)),
        (labels["consent_version"], data.consent_version),
        (labels["typed_name"], data.typed_name),
        (labels["signature_method"], labels[f"method.{data.signature_method}"]),
        (labels["signed_at"], f"{labels.instant(data.signed_at, data.zone)} ({data.zone})"),
        (labels["station"], data.station),
    ]
    rows += [
        (a.question, a.answer + (f" ({a.day_text})" if a.day_text else "")) for a in data.answers
    ]
    status = "unchanged" if data.verification_code == code else "CHANGED since printing"
    rows.append((labels["verification"], f"{format_code(code)} (stored record {status})"))
    return rows


def _render(render: Callable[[Any], bytes], data: object) -> bytes:
    from kiosk.documents.fonts import MissingGlyphsError
    from kiosk.documents.layout import DocumentError

    try:
        return render(data)
    except MissingGlyphsError as exc:
        raise ValidationError(exc.field.replace(" ", "_"), "unprintable", str(exc)) from exc
    except DocumentError as exc:
        raise ValidationError("document", "invalid", str(exc)) from exc


def _latest(session: Any, model: Any, visit_id: int) -> Any:
    """The visit's newest row of ``model``: a newer procedure or consent supersedes older ones."""
    return session.scalars(
        select(model).where(model.visit_id == visit_id).order_by(model.id.desc())
    ).first()


def _visit(session: Session, visit_id: int) -> models.Visit:
    visit: models.Visit | None = session.get(models.Visit, visit_id)
    if visit is None:
        raise NotFoundError("That visit could not be found.")
    return visit


def _store(
    sf: SessionFactory,
    visit_id: int,
    kind: str,
    pdf: bytes,
    sha256: str,
    filename: str,
    actor: SignedIn | None,
    clock: Clock,
) -> RenderedDocument:
    now = now_from(clock)
    with transaction(sf) as session:
        if actor is not None:
            require_signed_in(session, actor, now=now)
        row = models.Document(
            visit_id=visit_id,
            kind=kind,
            sha256=sha256,
            filename=filename,
            pdf=pdf,
            staff_id=actor.staff_id if actor is not None else None,
            created_at=now,
        )
        session.add(row)
        session.flush()
        record_event(
            session,
            actor=_actor(actor),
            action="document.rendered",
            subject=f"visit:{visit_id}",
            details={"document_id": row.id, "kind": kind, "sha256": sha256},
            at=now,
        )
        document_id = row.id
    return RenderedDocument(pdf, sha256, kind, filename, document_id, visit_id)


# -- printing (kiosk.services.printing; kept importable from here) ------------------------------

from kiosk.services.printing import (  # noqa: E402
    PRINT_TIMEOUT,
    cancel_print_job,
    print_document,
    print_jobs,
    refresh_print_job,
    retry_print,
)

__all__ = [
    "PRINT_TIMEOUT",
    "cancel_print_job",
    "print_document",
    "print_jobs",
    "refresh_print_job",
    "render_aftercare",
    "render_consent_record",
    "retry_print",
]
