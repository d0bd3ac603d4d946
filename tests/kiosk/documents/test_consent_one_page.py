"""The signed consent record fits one page when it can: a long name, every answer dated,
Letter paper and Spanish used to push the verification box alone onto a second page."""

from __future__ import annotations

import io
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader

from kiosk.content import load_content
from kiosk.documents.aftercare import ClinicHeader
from kiosk.documents.consent_record import build_consent_record, render_consent_record_pdf
from kiosk.documents.preview import sample_signature_png
from kiosk.domain.checklist import CHOICES_BY_KIND, Answer
from kiosk.domain.consent import consent_identity
from tests.kiosk.documents.pdfcheck import text_of

LONG = "María de los Ángeles Fernández-Villaverde y Gómez de la Serna"


def worst_case(language: str, paper: str):
    bundle = load_content(language)
    identity = consent_identity(bundle.consent)
    answers = []
    for item in bundle.checklist.items:
        choice = next(c for c in CHOICES_BY_KIND[item.kind] if c.value in ("within_window", "yes"))
        answers.append(Answer(item.key, choice, 1 if item.washout_days else None))
    return build_consent_record(
        language=language,
        paper=paper,
        clinic=ClinicHeader(
            "Clínica Dermatológica del Valle de San Fernando", "+34 910 000 000", "Calle Mayor 1"
        ),
        visit_id=12345,
        patient_name=LONG,
        date_of_birth=date(1990, 1, 2),
        procedure_date=date(2026, 12, 1),
        consent=bundle.consent,
        consent_version=identity.version,
        consent_sha256=identity.text_sha256,
        ticked=[a.key for a in bundle.consent.acknowledgements],
        checklist=bundle.checklist,
        checklist_version=bundle.checklist.version,
        checklist_sha256=bundle.checklist.sha256,
        answers=answers,
        typed_name=LONG,
        signature_png=sample_signature_png(),
        signed_at=datetime.combine(date(2026, 12, 1), time(9, 30), ZoneInfo("Europe/Madrid")),
        zone="Europe/Madrid",
        station="tablet-1",
    )


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_worst_usual_record_is_one_page_with_its_code(language, paper):
    data = worst_case(language, paper)
    pdf = render_consent_record_pdf(data)
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = text_of(pdf)
    assert data.verification_code[:8] in text  # the grouped code, not only the footer's
    assert LONG in text
