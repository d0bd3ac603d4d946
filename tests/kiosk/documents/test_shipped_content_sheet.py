"""The sheet from the real content files: one page in every language and paper size."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.content import available_languages
from kiosk.documents.preview import preview_aftercare_pdf
from tests.kiosk.documents.pdfcheck import pages_of, text_of


@pytest.mark.parametrize("paper", ["letter", "a4"])
@pytest.mark.parametrize("language", available_languages())
def test_usual_sheet_fits_one_page(settings, language, paper):
    pdf = preview_aftercare_pdf(
        settings,
        name="María José Núñez-Łukasiewicz",
        procedure_date=date(2026, 1, 28),
        areas=("face", "eyes"),
        session=2,
        language=language,
        paper=paper,
    )
    assert pages_of(pdf) == 1
    text = text_of(pdf)
    assert "María José Núñez-Łukasiewicz" in text
    assert "555-0100" in text


@pytest.mark.parametrize("language", available_languages())
def test_consent_record_from_the_content_files(settings, language):
    from kiosk.content import load_content
    from kiosk.documents.preview import preview_consent_pdf

    pdf = preview_consent_pdf(
        settings, name="Çağrı Işık", procedure_date=date(2026, 1, 28), language=language
    )
    assert pages_of(pdf) == 1
    text = text_of(pdf)
    bundle = load_content(language)
    assert " ".join(bundle.consent.paragraphs[0].split()) in text  # the exact text was shown
    for item in bundle.checklist.items:
        assert " ".join(item.question.split()) in text
    assert "Çağrı Işık" in text
