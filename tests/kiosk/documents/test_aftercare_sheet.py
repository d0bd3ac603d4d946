"""The aftercare sheet read back from its PDF: the patient's name, every date, the right words."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, LETTER

from kiosk.documents.aftercare import build_aftercare_sheet, render_aftercare_pdf
from kiosk.documents.fonts import MissingGlyphsError
from kiosk.documents.ics import next_session_event
from kiosk.domain.aftercare import Area, plan_aftercare
from tests.kiosk.documents.pdfcheck import BASE14, fonts_of, metadata_of, pages_of, text_of
from tests.kiosk.documents.sample_content import EYES_EN, EYES_ES, aftercare_en, aftercare_es


def sheet(
    clinic,
    *,
    content=None,
    day=date(2026, 1, 28),
    areas=(Area.FACE,),
    name="Ana García",
    session=1,
    paper="letter",
) -> bytes:
    content = content or aftercare_en()
    plan = plan_aftercare(content, day, frozenset(areas), session)
    data = build_aftercare_sheet(content, plan, patient_name=name, clinic=clinic, paper=paper)
    return render_aftercare_pdf(data)


def test_timeline_dates_across_a_month_end(clinic):
    text = text_of(sheet(clinic, day=date(2026, 1, 28)))
    for expected in (
        "Ana García",
        "Procedure date: Wednesday, January 28, 2026",
        "On the day of your procedure: Wednesday, January 28, 2026",
        "The next day: Thursday, January 29, 2026",
        "Days 2 to 7: Friday, January 30, 2026 to Wednesday, February 4, 2026",
        "From one week on: from Wednesday, February 4, 2026",
        "between Wednesday, March 11, 2026 and Wednesday, March 25, 2026",
        "around Thursday, January 28, 2027",
        "Call us at 555-0100",
        "Bright Skin Clinic",
    ):
        assert expected in text


def test_leap_day_refresher_falls_back_to_28_february(clinic):
    text = text_of(sheet(clinic, day=date(2028, 2, 29)))
    assert "Procedure date: Tuesday, February 29, 2028" in text
    assert "The next day: Wednesday, March 1, 2028" in text
    assert "Thursday, March 2, 2028 to Tuesday, March 7, 2028" in text
    assert "between Tuesday, April 11, 2028 and Tuesday, April 25, 2028" in text
    assert "around Wednesday, February 28, 2029" in text


def test_eyes_paragraph_only_when_eyes_were_treated(clinic):
    with_eyes = text_of(sheet(clinic, areas=(Area.FACE, Area.EYES)))
    without = text_of(sheet(clinic, areas=(Area.FACE, Area.NECK)))
    assert "micro-bruising" in with_eyes
    assert " ".join(EYES_EN.split()) in with_eyes
    assert "micro-bruising" not in without
    assert "Treated areas: face, around the eyes" in with_eyes
    assert "Treated areas: face, neck" in without


def test_spanish_sheet_writes_dates_the_spanish_way(clinic):
    text = text_of(sheet(clinic, content=aftercare_es(), areas=(Area.EYES,), session=2))
    for expected in (
        "Fecha del procedimiento: miércoles, 28 de enero de 2026",
        "Al día siguiente: jueves, 29 de enero de 2026",
        "del viernes, 30 de enero de 2026 al miércoles, 4 de febrero de 2026",
        "a partir del miércoles, 4 de febrero de 2026",
        "entre el miércoles, 11 de marzo de 2026 y el miércoles, 25 de marzo de 2026",
        "hacia el jueves, 28 de enero de 2027",
        "Sesión: 2",
        "Zonas tratadas: alrededor de los ojos",
        "Teléfono: 555-0100",
        "Llámenos al 555-0100",
    ):
        assert expected in text
    assert " ".join(EYES_ES.split()) in text
    assert "Page" not in text and "Página 1" in text


def test_every_font_is_embedded_and_none_is_base14(clinic):
    fonts = fonts_of(sheet(clinic, areas=(Area.FACE, Area.EYES), name="Zoë Nguyễn 山田"))
    names = [f["name"] for f in fonts]
    assert any("NotoSans-Regular" in n for n in names)
    assert any("NotoSansCJK" in n for n in names)  # the CJK name pulled in the fallback
    for font in fonts:
        assert font["emb"] == "yes", font["line"]
        assert not any(base in font["name"] for base in BASE14), font["line"]


def test_same_data_gives_the_same_bytes(clinic):
    first = sheet(clinic, areas=(Area.FACE, Area.EYES))
    second = sheet(clinic, areas=(Area.FACE, Area.EYES))
    assert first == second
    assert sheet(clinic, areas=(Area.FACE,)) != first


@pytest.mark.parametrize(
    "name",
    ["Nguyễn Thị Ánh Tuyết", "Łukasz Żółćiński", "Çağrı Işıkoğlu", "María José Núñez", "山田 太郎"],
)
def test_names_with_diacritics_and_cjk_come_back_out(clinic, name):
    assert name in text_of(sheet(clinic, name=name))


def test_markup_in_a_name_is_printed_literally(clinic):
    name = '<img src="x"> & Co <b>bold</b>'
    assert name in text_of(sheet(clinic, name=name))


@pytest.mark.parametrize("name", ["Melting 🫠", "Hieroglyph 𓀀"])
def test_a_name_no_font_can_draw_is_reported_not_boxed(clinic, name):
    with pytest.raises(MissingGlyphsError) as caught:
        sheet(clinic, name=name)
    missing = [c for c in name if not c.isascii() and not c.isspace()]
    assert list(caught.value.characters) == missing
    assert "patient name" in str(caught.value)
    assert f"U+{ord(missing[0]):04X}" in str(caught.value)


@pytest.mark.parametrize(("paper", "size"), [("letter", LETTER), ("a4", A4)])
def test_paper_size_and_one_page(clinic, paper, size):
    pdf = sheet(clinic, areas=(Area.FACE, Area.EYES), paper=paper)
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(size)
    assert pages_of(pdf) == 1


def test_metadata_is_fixed(clinic):
    meta = metadata_of(sheet(clinic))
    assert meta["/Title"] == "Your aftercare after micro-needling"
    assert "kind:aftercare" in meta["/Keywords"]


def test_qr_payload_is_the_next_session_event(clinic):
    content = aftercare_en()
    plan = plan_aftercare(content, date(2026, 1, 28), {Area.FACE}, 1)
    data = build_aftercare_sheet(content, plan, patient_name="Ana", clinic=clinic)
    assert data.qr_calendar == next_session_event(
        date(2026, 3, 11),
        date(2026, 3, 25),
        "Next micro-needling session window (Bright Skin Clinic)",
        "Call us at 555-0100.",
        location="Bright Skin Clinic, 12 Example Street",
        language="en",
    )
    for calendar in (data.calendar, data.qr_calendar):
        assert "DTSTART;VALUE=DATE:20260311" in calendar
        assert "DTEND;VALUE=DATE:20260326" in calendar
        assert "http" not in calendar.lower() and "Ana" not in calendar


def test_a_broken_logo_file_does_not_stop_the_sheet(clinic, tmp_path, caplog):
    import dataclasses

    broken = tmp_path / "logo.png"
    broken.write_bytes(b"not an image")
    pdf = sheet(dataclasses.replace(clinic, logo=broken))
    assert "Ana García" in text_of(pdf)
    assert "clinic logo" in caplog.text


def test_the_logo_is_embedded(clinic):
    import dataclasses

    from kiosk.paths import resources_dir

    with_logo = dataclasses.replace(clinic, logo=resources_dir() / "images" / "clinic-logo.png")
    page = PdfReader(io.BytesIO(sheet(with_logo))).pages[0]
    images = list(page.images)
    assert len(images) == 1
    assert images[0].image.size[0] >= 200  # sharp enough at 16 mm
