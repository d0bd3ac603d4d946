"""The clinic set up in the app: stored once for every station, audited, overridden by the file,
and never printed as a placeholder."""

from __future__ import annotations

import dataclasses
import io
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from kiosk.config import load_settings
from kiosk.domain.clinic import ClinicDetails
from kiosk.services.checkin import submit_checkin
from kiosk.services.clinic import (
    ClinicSettingsInvalid,
    current_settings,
    is_configured,
    load_clinic,
    save_clinic,
)
from kiosk.services.documents import render_aftercare, render_consent_record
from kiosk.services.errors import AuthError, ValidationError
from tests.fixtures.database import (
    TEST_ZONE,
    build_checklist,
    build_consent,
    fixed_clock,
    make_submission,
    tiny_png,
)
from tests.fixtures.visits import complete_visit
from tests.kiosk.documents.pdfcheck import text_of
from tests.kiosk.documents.sample_content import aftercare_en
from tests.kiosk.services.helpers import audit_actions

SOL = ClinicDetails(
    name="Clínica Sol",
    address="Calle Mayor 1, Madrid",
    phone="+34 910 000 000",
    timezone="Europe/Madrid",
    languages=("es", "en"),
    printer="FrontDesk",
    paper="a4",
)


@pytest.fixture
def fresh(tmp_path):
    return load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})


def _content(language: str):
    return SimpleNamespace(
        aftercare=aftercare_en(), consent=build_consent(language), checklist=build_checklist()
    )


@pytest.fixture
def completed_visit(session_factory, nurse) -> int:
    sf = session_factory
    checklist = build_checklist()
    visit_id = submit_checkin(
        sf, make_submission(), checklist=checklist, zone=TEST_ZONE, clock=fixed_clock()
    ).visit_id
    return complete_visit(sf, visit_id, nurse)


def test_first_setup_is_stored_and_audited_then_only_admins_change_it(
    database, session_factory, admin, nurse
):
    assert load_clinic(session_factory) is None
    saved = save_clinic(session_factory, SOL, actor=None, clock=fixed_clock())
    assert load_clinic(session_factory) == saved == SOL
    with pytest.raises(AuthError):  # the system may set the clinic up once, not change it
        save_clinic(session_factory, SOL, actor=None)
    with pytest.raises(AuthError):
        save_clinic(session_factory, SOL, actor=nurse)
    moved = dataclasses.replace(SOL, phone="+34 910 111 111", logo_png=tiny_png())
    save_clinic(session_factory, moved, actor=admin)
    assert load_clinic(session_factory) == moved
    actions = audit_actions(database)
    assert actions.count("clinic.set_up") == 1 and actions.count("clinic.updated") == 1


def test_problems_are_all_named(session_factory):
    bad = dataclasses.replace(
        SOL, name="Your Skin Clinic", phone="", timezone="Mars/Base", languages=()
    )
    with pytest.raises(ClinicSettingsInvalid) as caught:
        save_clinic(session_factory, bad, actor=None)
    codes = {(p.field, p.code) for p in caught.value.problems}
    assert codes == {
        ("name", "placeholder"),
        ("phone", "missing"),
        ("timezone", "unknown"),
        ("languages", "invalid"),
    }
    assert load_clinic(session_factory) is None


def test_the_file_overrides_the_app_key_by_key(session_factory, tmp_path):
    save_clinic(session_factory, SOL, actor=None)
    config = tmp_path / "config.toml"
    config.write_text('[clinic]\nphone = "555-0199"\n[printing]\npaper = "letter"\n')
    pinned = load_settings(config, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path)})
    effective = current_settings(session_factory, pinned)
    assert effective.clinic.name == "Clínica Sol"  # from the app
    assert effective.clinic.phone == "555-0199"  # the file wins
    assert effective.printing.paper == "letter"  # the file wins
    assert effective.printing.default_printer == "FrontDesk"  # from the app
    assert effective.languages == ("es", "en")
    assert effective.clinic.timezone == "Europe/Madrid"


def test_no_document_prints_with_placeholders(session_factory, completed_visit, fresh):
    assert not is_configured(session_factory, fresh)
    for render in (render_aftercare, render_consent_record):
        with pytest.raises(ValidationError) as caught:
            render(session_factory, completed_visit, settings=fresh, actor=None, content=_content)
        assert (caught.value.field, caught.value.code) == ("clinic", "not_set_up")
        assert "Administration > Clinic" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "phone", "words"),
    [
        ("Clínica Sol", "", "the clinic's phone number is not set"),
        ("Clínica Sol", "call us", "the clinic's phone number is not set"),
        ("Your Skin Clinic", "+34 910 000 000", "the placeholder 'Your Skin Clinic'"),
    ],
)
def test_a_blank_phone_or_the_placeholder_name_alone_stops_every_document(
    session_factory, completed_visit, tmp_path, name, phone, words
):
    """One missing detail is enough: the sheet never ends "please call us at ."."""
    config = tmp_path / "clinic-kiosk.toml"  # IT's file: it wins over the app
    config.write_text(f'[clinic]\nname = "{name}"\nphone = "{phone}"\n', encoding="utf-8")
    pinned = load_settings(config, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    assert (pinned.clinic.name, pinned.clinic.phone) == (name, phone)
    for render in (render_aftercare, render_consent_record):
        with pytest.raises(ValidationError) as caught:
            render(session_factory, completed_visit, settings=pinned, actor=None, content=_content)
        assert (caught.value.field, caught.value.code) == ("clinic", "not_set_up")
        assert words in str(caught.value) and "Administration > Clinic" in str(caught.value)


def test_documents_use_what_was_set_in_the_app(session_factory, completed_visit, fresh):
    save_clinic(session_factory, SOL, actor=None)
    assert is_configured(session_factory, fresh)
    doc = render_aftercare(
        session_factory, completed_visit, settings=fresh, actor=None, content=_content
    )
    words = text_of(doc.pdf)
    assert "Clínica Sol" in words and "+34 910 000 000" in words
    assert "Your Skin Clinic" not in words
    box = PdfReader(io.BytesIO(doc.pdf)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 as chosen
