"""The signed consent record: every fact printed, and a verification code that catches edits."""

from __future__ import annotations

import dataclasses
import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader, PdfWriter

from kiosk.documents.consent_record import (
    build_consent_record,
    format_code,
    render_consent_record_pdf,
)
from kiosk.documents.layout import DocumentError
from kiosk.documents.preview import sample_signature_png
from kiosk.documents.verify import read_verification_code
from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.consent import consent_identity
from tests.fixtures.database import build_checklist
from tests.kiosk.documents.pdfcheck import BASE14, fonts_of, metadata_of, text_of
from tests.kiosk.documents.sample_content import consent_en

LABELS = {
    "last_used.never": "Never",
    "last_used.before_window": "More than {days} days ago",
    "last_used.within_window": "In the last {days} days",
    "last_used.not_sure": "I'm not sure",
    "yes_no.yes": "Yes",
    "yes_no.no": "No",
    "yes_no.not_sure": "I'm not sure",
}
SIGNED_AT = datetime(2026, 3, 10, 15, 30, 5, tzinfo=UTC)  # 11:30 in New York (EDT)


def record(clinic, **overrides):
    consent = overrides.pop("consent", consent_en())
    checklist = dataclasses.replace(build_checklist(), choice_labels=LABELS)
    identity = consent_identity(consent_en())
    arguments = {
        "language": "en",
        "paper": "letter",
        "clinic": clinic,
        "visit_id": 42,
        "patient_name": "Ana García",
        "date_of_birth": date(1990, 5, 17),
        "procedure_date": date(2026, 3, 10),
        "consent": consent,
        "consent_version": identity.version,
        "consent_sha256": identity.text_sha256,
        "ticked": ["no_anti_inflammatories", "answers_true"],
        "checklist": checklist,
        "checklist_version": checklist.version,
        "checklist_sha256": checklist.sha256,
        "answers": [
            Answer("retinoids", Choice.WITHIN_WINDOW, 1),
            Answer("sunburn", Choice.NO),
            Answer("active_acne", Choice.NOT_SURE),
            Answer("lotions_makeup", Choice.YES),
        ],
        "typed_name": "Ana García",
        "signature_png": sample_signature_png(),
        "signed_at": SIGNED_AT,
        "zone": "America/New_York",
        "station": "tablet-1",
    }
    arguments.update(overrides)
    return build_consent_record(**arguments)


def test_record_prints_text_answers_signature_facts_and_code(clinic):
    data = record(clinic)
    text = text_of(render_consent_record_pdf(data))
    identity = consent_identity(consent_en())
    for expected in (
        "Ana García",
        "Visit: 42",
        "Consent text version: test-1",
        format_code(identity.text_sha256),
        "Micro-needling treats acne scars with sterile, very fine needles.",
        "☑ I will not take ibuprofen, Motrin or Advil after the treatment. (Ticked by the patient)",
        "☐ I will use sunscreen SPF 30 or higher in the sun. (Not ticked)",
        "When did you last use a retinoid (Retin-A, Tazorac)?",
        "In the last 3 days day: Monday, March 9, 2026",
        "Do you have active acne today? I'm not sure",
        "Typed name: Ana García",
        "11:30:05",  # signed at, in the clinic's zone (EDT), not UTC
        "(America/New_York)",
        "Station: tablet-1",
        format_code(data.verification_code),
    ):
        assert expected in text, expected
    assert "15:30" not in text


def test_answer_words_come_from_the_checklist(clinic):
    data = record(clinic)
    words = {a.item_key: a.answer for a in data.answers}
    assert words == {
        "retinoids": "In the last 3 days",
        "sunburn": "No",
        "active_acne": "I'm not sure",
        "lotions_makeup": "Yes",
    }


def test_code_is_in_metadata_and_read_back(clinic):
    data = record(clinic)
    pdf = render_consent_record_pdf(data)
    assert f"verification:{data.verification_code}" in metadata_of(pdf)["/Keywords"]
    assert read_verification_code(pdf) == data.verification_code


def test_code_is_read_from_the_page_when_metadata_was_stripped(clinic):
    data = record(clinic)
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(render_consent_record_pdf(data))).pages:
        writer.add_page(page)
    stripped = io.BytesIO()
    writer.write(stripped)
    assert "verification" not in str(metadata_of(stripped.getvalue()))
    assert read_verification_code(stripped.getvalue()) == data.verification_code


def test_a_pdf_without_a_code_is_refused():
    with pytest.raises(DocumentError, match="no verification code"):
        read_verification_code(_plain_pdf())
    with pytest.raises(DocumentError, match="not a readable PDF"):
        read_verification_code(b"%PDF-1.4 nonsense")


def _plain_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@pytest.mark.parametrize(
    "change",
    [
        {"typed_name": "Ana Garcia"},
        {"answers": [Answer("retinoids", Choice.NEVER)]},
        {"ticked": ["answers_true"]},
        {"signature_png": sample_signature_png(width=601)},
        {"signed_at": SIGNED_AT.replace(second=6)},
        {"station": "tablet-2"},
        {"consent_sha256": "0" * 64},
    ],
)
def test_any_changed_fact_changes_the_code(clinic, change):
    assert record(clinic, **change).verification_code != record(clinic).verification_code


def test_the_code_does_not_depend_on_the_wording_files(clinic):
    """Years later the content files have moved on: the stored facts still verify."""
    without_words = record(clinic, consent=None, checklist=None)
    assert without_words.verification_code == record(clinic).verification_code
    text = text_of(render_consent_record_pdf(without_words))
    assert "no longer in the content files" in text


def test_edited_consent_text_is_not_printed_as_if_signed(clinic):
    edited = dataclasses.replace(consent_en(), paragraphs=("Something else entirely.",))
    text = text_of(render_consent_record_pdf(record(clinic, consent=edited)))
    assert "Something else entirely." not in text
    assert "no longer in the content files" in text


def test_same_record_same_bytes_and_fonts_embedded(clinic):
    first = render_consent_record_pdf(record(clinic))
    assert first == render_consent_record_pdf(record(clinic))
    for font in fonts_of(first):
        assert font["emb"] == "yes", font["line"]
        assert not any(base in font["name"] for base in BASE14), font["line"]


def test_escaping_and_naive_time_refused(clinic):
    name = "<b>Ana</b> & <img src='x'>"
    assert name in text_of(render_consent_record_pdf(record(clinic, typed_name=name)))
    with pytest.raises(DocumentError):
        record(clinic, signed_at=SIGNED_AT.replace(tzinfo=None))
