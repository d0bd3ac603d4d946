"""The wording issue 15 found wrong, read where the patient and the nurse read it: the printed
sheet (the shipped content, rendered), the consent text, and the Spanish translations.

(The nurse's "a sunburn is had, not last used" and dates in words are in tests/ui/nurse/
test_wording.py.)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from kiosk.content import load_content
from kiosk.documents.aftercare import ClinicHeader, build_aftercare_sheet, render_aftercare_pdf
from kiosk.domain.aftercare import Area, plan_aftercare
from tests.kiosk.documents.pdfcheck import text_of

TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources/translations/kiosk_es.ts"
CLINIC = ClinicHeader("Bright Skin Clinic", "555-0100")


def _sheet_text(language: str) -> str:
    content = load_content(language).aftercare
    plan = plan_aftercare(content, date(2026, 2, 27), frozenset({Area.FACE}), 1)
    data = build_aftercare_sheet(content, plan, patient_name="Ana García", clinic=CLINIC)
    return " ".join(text_of(render_aftercare_pdf(data)).split())


def test_the_english_sheet_keeps_the_leaflets_before_rules_and_no_deadline():
    words = _sheet_text("en")
    # the leaflet: "Arrive without lotions, makeup, or active infectious acne."
    assert "come without lotions or makeup, and not with active infectious acne" in words
    # the leaflet: "wait at least 6-8 weeks between procedures", not a window that closes
    assert "Wait at least 6 to 8 weeks between treatments" in words
    assert "can be between" not in words
    assert "There is no rush after that" in words


def test_the_spanish_sheet_reads_its_dates_plainly():
    words = _sheet_text("es")
    # "Del día 2 al día 7 del domingo, 27 de febrero…" read as "of Sunday"
    assert "Días 2 a 7: del domingo, 1 de marzo de 2026 al viernes, 6 de marzo de 2026" in words
    assert not re.search(
        r"al día \d+ del (lunes|martes|miércoles|jueves|viernes|sábado|domingo)", words
    )
    assert "Desde la primera semana" not in words  # ambiguous: which week, from when
    assert "Del día 7 en adelante: a partir del viernes, 6 de marzo de 2026" in words
    assert "y no venga con acné infeccioso activo" in words
    assert "Espere al menos de 6 a 8 semanas" in words


@pytest.mark.parametrize(
    ("language", "on_the_day"),
    [
        ("en", "On the day of the treatment I will not take anti-inflammatory medicines"),
        ("es", "El día del tratamiento no tomaré medicinas antiinflamatorias"),
    ],
)
def test_the_consent_puts_anti_inflammatories_on_the_day_as_the_leaflet_does(language, on_the_day):
    consent = load_content(language).consent
    shown = [*consent.paragraphs, *(a.text for a in consent.acknowledgements)]
    texts = [" ".join(text.split()) for text in shown]
    medicines = [t for t in texts if "inflam" in t.lower() and "ibuprof" in t.lower()]
    assert len(medicines) == 1 and medicines[0].startswith(on_the_day)
    assert "after the treatment I will not take" not in medicines[0]


def _spanish() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for message in ET.parse(TRANSLATIONS).getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is not None and translation is not None:
            found.setdefault(source.text or "", []).append(translation.text or "")
    return found


_UNTIL = re.compile(r"hasta (?:\w+ )?\{time\}")


def test_spanish_staff_words():
    spanish = _spanish()
    assert set(spanish["Administrator"]) == {"Administrador/a"}  # the role, not "Administración"
    until = [m.group(0) for ts in spanish.values() for t in ts for m in _UNTIL.finditer(t)]
    assert until and set(until) == {"hasta las {time}"}  # a time of day: "las", never "el"


def test_spanish_never_guesses_the_patients_gender():
    """Nobody asks the patient's gender: "el paciente" would guess it, for every patient."""
    guessed = [
        t
        for texts in _spanish().values()
        for t in texts
        if re.search(r"\b(el|del|al|este|un)\s+paciente\b", t, re.IGNORECASE)
    ]
    assert guessed == []
