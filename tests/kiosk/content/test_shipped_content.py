"""The shipped content says what the clinic's leaflet says, in English and Spanish."""

from __future__ import annotations

import hashlib
import re

import pytest

from kiosk.content import ContentBundle, available_languages, load_content
from kiosk.domain.aftercare import Area
from kiosk.domain.checklist import Choice, ItemKind, Outcome
from kiosk.paths import content_dir

VERSION = "2026.12.1"
ORDER = [
    ("retinoids", ItemKind.LAST_USED, 3, Outcome.RESCHEDULE),
    ("topical_antibiotics", ItemKind.LAST_USED, 3, Outcome.RESCHEDULE),
    ("exfoliants", ItemKind.LAST_USED, 3, Outcome.RESCHEDULE),
    ("hydroquinone", ItemKind.LAST_USED, 3, Outcome.RESCHEDULE),
    ("benzoyl_peroxide", ItemKind.LAST_USED, 3, Outcome.RESCHEDULE),
    ("sunburn", ItemKind.YES_NO, 3, Outcome.RESCHEDULE),
    ("lotions_makeup", ItemKind.YES_NO, None, Outcome.PREPARE_ON_ARRIVAL),
    ("active_acne", ItemKind.YES_NO, None, Outcome.NURSE_REVIEW),
]


@pytest.fixture(params=["en", "es"])
def bundle(request) -> ContentBundle:
    return load_content(request.param)


def all_text(bundle: ContentBundle) -> str:
    parts = [bundle.consent.text, bundle.aftercare.title]
    for item in bundle.checklist.items:
        parts += [item.question, item.help, item.patient_note, item.nurse_reason, *item.examples]
    for section in bundle.aftercare.sections:
        parts += [section.title, *(p.text for p in section.paragraphs)]
    for page in bundle.education.pages:
        parts += [page.title, *page.paragraphs]
    parts += [bundle.aftercare.next_session_text, bundle.aftercare.refresher_text]
    return "\n".join(parts)


def test_languages():
    assert available_languages() == ("en", "es")


def test_every_file_carries_the_same_version(bundle):
    versions = {
        bundle.checklist.version,
        bundle.consent.version,
        bundle.aftercare.version,
        bundle.education.version,
    }
    assert versions == {VERSION}
    assert bundle.version == VERSION


def test_checklist_items_in_the_leaflets_order(bundle):
    got = [(i.key, i.kind, i.washout_days, i.outcome) for i in bundle.checklist.items]
    assert got == ORDER


def test_english_choice_labels(content_en):
    checklist = content_en.checklist
    retinoids, sunburn = checklist.item("retinoids"), checklist.item("sunburn")
    assert checklist.label(retinoids, Choice.BEFORE_WINDOW) == "More than 3 days ago"
    assert checklist.label(retinoids, Choice.WITHIN_WINDOW) == "In the last 3 days"
    assert checklist.label(retinoids, Choice.NEVER) == "Never"
    assert checklist.label(sunburn, Choice.YES) == "Yes"
    assert checklist.label(sunburn, Choice.NOT_SURE) == "I'm not sure"
    assert checklist.day_question


def test_spanish_choice_labels(content_es):
    checklist = content_es.checklist
    retinoids = checklist.item("retinoids")
    assert checklist.label(retinoids, Choice.BEFORE_WINDOW) == "Hace más de 3 días"
    assert checklist.label(checklist.item("sunburn"), Choice.YES) == "Sí"


@pytest.mark.parametrize(
    ("key", "names"),
    [
        ("retinoids", ["tretinoin", "Retin-A", "adapalene", "Differin", "retinol"]),
        ("topical_antibiotics", ["clindamycin", "erythromycin"]),
        ("exfoliants", ["glycolic", "salicylic", "lactic", "scrub", "peel"]),
        ("hydroquinone", ["skin-lightening"]),
        ("benzoyl_peroxide", ["PanOxyl", "acne wash"]),
    ],
)
def test_help_names_products_a_patient_recognises(content_en, key, names):
    item = content_en.checklist.item(key)
    words = (item.help + " " + " ".join(item.examples)).lower()
    for name in names:
        assert name.lower() in words, name
    assert item.examples


def test_patient_notes_never_refuse(bundle):
    nurse = {"en": "A nurse will talk with you", "es": "Una enfermera hablará con usted"}
    for item in bundle.checklist.items:
        assert nurse[bundle.language] in item.patient_note, item.key
        assert not re.search(r"\b(cannot|can't|refus|no puede)", item.patient_note, re.I)


def test_washout_items_tell_the_nurse_the_date(bundle):
    for item in bundle.checklist.items:
        assert ("{eligible_from}" in item.nurse_reason) == (item.washout_days is not None)
        assert "{eligible_from}" not in item.nurse_reason_not_sure


def test_consent_acknowledgements(content_en):
    acks = {a.key: a.text for a in content_en.consent.acknowledgements}
    assert list(acks) == ["no_anti_inflammatories", "sun_protection", "answers_true"]
    for word in ("ibuprofen", "Motrin", "Advil", "inflammation"):
        assert word in acks["no_anti_inflammatories"]
    assert "SPF 30" in acks["sun_protection"] and "tanning" in acks["sun_protection"]
    assert "true" in acks["answers_true"]


def test_consent_paragraphs_follow_the_leaflet(content_en):
    text = " ".join(content_en.consent.paragraphs)
    for phrase in ("sterile", "collagen", "1 to 3", "6 to 8 weeks", "every year", "nurse", "true"):
        assert phrase in text, phrase
    assert "2 days" in text and "dry" in text


def test_aftercare_sections(bundle):
    got = [(s.key, s.start_day, s.end_day) for s in bundle.aftercare.sections]
    assert got == [("day_0", 0, 0), ("day_1", 1, 1), ("days_2_7", 2, 7), ("day_7_on", 7, None)]
    assert bundle.aftercare.next_session_weeks == (6, 8)
    assert bundle.aftercare.refresher_years == 1


def test_aftercare_day_0_instructions(content_en):
    day0 = " ".join(p.text for p in content_en.aftercare.sections[0].paragraphs)
    for phrase in (
        "moisturizer and sunscreen",
        "ibuprofen, Motrin or Advil",
        "natural inflammation",
        "tanning",
        "direct sunlight",
        "SPF 30 or higher",
        "gentle cleanser",
    ):
        assert phrase in day0, phrase


def test_aftercare_day_1_instructions(content_en):
    day1 = " ".join(p.text for p in content_en.aftercare.sections[1].paragraphs)
    for phrase in ("as usual", "makeup", "exfoliants", "glycolic", "very dry", "SPF 30"):
        assert phrase in day1, phrase


def test_only_the_bruising_paragraph_depends_on_the_eyes(bundle):
    for section in bundle.aftercare.sections:
        areas = [p.requires_area for p in section.paragraphs if p.requires_area]
        assert areas == ([Area.EYES] if section.key == "days_2_7" else [])
    eyes = next(
        p.text for p in bundle.aftercare.sections[2].paragraphs if p.requires_area is Area.EYES
    )
    assert re.search(r"\b3 (or|o) 4\b", eyes)


def test_next_session_and_refresher_texts(bundle):
    aftercare = bundle.aftercare
    assert "{from}" in aftercare.next_session_text and "{to}" in aftercare.next_session_text
    assert "{date}" in aftercare.refresher_text
    assert "{phone}" in aftercare.questions_text


def test_next_session_text_repeats_the_before_rules(content_en):
    text = content_en.aftercare.next_session_text
    for word in (
        "3 days before",
        "retinoids",
        "antibiotic",
        "exfoliants",
        "hydroquinone",
        "benzoyl peroxide",
        "sunburn",
        "without lotions or makeup",
    ):
        assert word in text, word


def test_choice_labels_are_read_only(content_en):
    with pytest.raises(TypeError):
        content_en.checklist.choice_labels["yes_no.yes"] = "Sure"  # type: ignore[index]


def test_marketing_quote_left_out(bundle):
    text = all_text(bundle)
    for word in ("Aniston", "InStyle", "celebrity", "Dermaroller"):
        assert word not in text


def test_education_pages(bundle):
    assert [p.key for p in bundle.education.pages] == ["causes", "treatment", "micro_needling"]
    assert all(page.paragraphs for page in bundle.education.pages)


def test_file_hashes_are_of_the_file_bytes(bundle):
    folder = content_dir() / bundle.language
    for name, obj in [
        ("checklist", bundle.checklist),
        ("consent", bundle.consent),
        ("aftercare", bundle.aftercare),
        ("education", bundle.education),
    ]:
        assert obj.sha256 == hashlib.sha256((folder / f"{name}.toml").read_bytes()).hexdigest()
        assert obj.language == bundle.language
    assert re.fullmatch(r"[0-9a-f]{64}", bundle.sha256)


def test_languages_have_different_combined_hashes(content_en, content_es):
    assert content_en.sha256 != content_es.sha256
