"""Every name a patient can type prints: per-character font fallback, right-to-left order,
bold in every script, characters outside the BMP in the text layer, and a kind refusal
(as the name is typed) for what still cannot print."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.documents.aftercare import build_aftercare_sheet, render_aftercare_pdf
from kiosk.documents.coverage import unprintable
from kiosk.domain.aftercare import Area, plan_aftercare
from kiosk.domain.text_rules import TextRuleError, clean_name
from tests.kiosk.documents.pdfcheck import fonts_of, text_of
from tests.kiosk.documents.sample_content import aftercare_en

BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def sheet(clinic, name: str) -> bytes:
    content = aftercare_en()
    plan = plan_aftercare(content, date(2026, 1, 28), frozenset({Area.FACE}), 1)
    data = build_aftercare_sheet(content, plan, patient_name=name, clinic=clinic)
    return render_aftercare_pdf(data)


def poppler_text(pdf: bytes) -> str:
    """pdftotext's reading (it puts right-to-left runs back in logical order), normalised:
    NFKC folds Arabic presentation forms back to the letters typed."""
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) is not installed")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    return " ".join(unicodedata.normalize("NFKC", out.translate(BIDI_CONTROLS)).split())


@pytest.mark.parametrize(
    "name",
    [
        "محمد علي",  # Arabic: joined letters, the words right to left
        "דוד לוי",  # Hebrew: letters right to left
        "Ana محمد García",  # a right-to-left run inside a left-to-right name
        "سارة بن يوسف",
    ],
)
def test_right_to_left_names_read_back_in_the_order_typed(clinic, name):
    """poppler reads right-to-left runs back into logical order: a name drawn in logical order
    (the old fault) would come back reversed. Spaces at a direction change are poppler's guess,
    so the comparison ignores them."""
    text = poppler_text(sheet(clinic, name)).replace(" ", "")
    assert f"Patient:{name}".replace(" ", "") in text
    backwards = "".join(reversed(name.split())) if " " in name else name[::-1]
    assert backwards not in text


def test_the_arabic_is_shaped_and_drawn_in_visual_order(clinic):
    """The page holds joining forms, leftmost the last word: what a reader sees."""
    raw = (
        PdfReader(io.BytesIO(sheet(clinic, "محمد علي")))
        .pages[0]
        .extract_text(extraction_mode="layout")
    )
    forms = {unicodedata.name(c) for c in raw if 0xFE70 <= ord(c) <= 0xFEFF}
    assert "ARABIC LETTER MEEM INITIAL FORM" in forms  # joined, not isolated letters


@pytest.mark.parametrize(
    "name",
    [
        "Zoë 😀 Núñez",
        "𠮷田 太郎",
        "👩\u200d⚕\ufe0f Zoë",
        "Αλέξανδρος Παπαδόπουλος",
        "Дмитрий Ёлкин",
    ],
)
def test_characters_outside_the_bmp_and_other_scripts_extract_as_typed(clinic, name):
    pdf = sheet(clinic, name)
    assert name in text_of(pdf)  # pypdf
    assert unicodedata.normalize("NFKC", name) in poppler_text(pdf)  # poppler


def test_reportlab_still_needs_the_text_layer_repair():
    """If reportlab ever writes UTF-16 ToUnicode entries itself, drop kiosk.documents.tounicode."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    from kiosk.documents.fonts import fonts_dir
    from kiosk.documents.tounicode import fix_astral_tounicode

    pdfmetrics.registerFont(TTFont("ProbeSymbola", str(fonts_dir() / "Symbola.ttf")))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.setFont("ProbeSymbola", 20)
    canvas.drawString(50, 700, "😀")
    canvas.save()
    raw = buffer.getvalue()
    assert "😀" not in text_of(raw)
    assert "😀" in text_of(fix_astral_tounicode(raw))
    assert fix_astral_tounicode(raw) == fix_astral_tounicode(raw)  # deterministic


def test_a_cjk_name_is_bold_where_the_sheet_is_bold(clinic):
    fonts = [f["name"] for f in fonts_of(sheet(clinic, "山田 太郎"))]
    assert any("NotoSansCJKsc-Bold" in n for n in fonts), fonts


def test_same_name_same_bytes_with_the_repair(clinic):
    assert sheet(clinic, "Zoë 😀") == sheet(clinic, "Zoë 😀")


@pytest.mark.parametrize(
    ("name", "missing"),
    [("Melting 🫠", ("🫠",)), ("Ana 𓀀 Ruiz", ("𓀀",)), ("ଓଡ଼ିଆ", ("ଓ", "ଡ", "଼", "ି", "ଆ"))],
)
def test_the_kiosk_refuses_as_typed_what_no_font_prints(name, missing):
    assert unprintable(name) == missing
    with pytest.raises(TextRuleError) as caught:
        clean_name(name, "first_name")
    assert (caught.value.field, caught.value.code) == ("first_name", "unprintable")


@pytest.mark.parametrize(
    "name", ["👩\u200d⚕\ufe0f Zoë", "𠮷野", "محمد", "דוד", "Łukasz", "Nguyễn Thị Ánh", "김민준"]
)
def test_names_the_documents_print_are_accepted(name):
    assert clean_name(name, "first_name")


def test_the_check_in_service_refuses_an_unprintable_name(session_factory):
    from kiosk.services.checkin import submit_checkin
    from kiosk.services.errors import ValidationError
    from tests.fixtures.database import (
        TEST_ZONE,
        build_checklist,
        fixed_clock,
        make_submission,
    )

    with pytest.raises((ValidationError, TextRuleError)) as caught:
        submit_checkin(
            session_factory,
            make_submission(first_name="Melting 🫠"),
            checklist=build_checklist(),
            zone=TEST_ZONE,
            clock=fixed_clock(),
        )
    assert getattr(caught.value, "code", None) == "unprintable"
