"""Signing without sight and without dragging (WCAG 2.5.1, 2.5.7): the typed full name adopted
as the signature with one deliberate action, stored and printed as such; the pad an accessible
control with its state; the drawn check measures size, not the count of points."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from sqlalchemy import select

from kiosk.config import load_settings
from kiosk.domain.consent import SignatureError, validate_signature
from kiosk.services.documents import (
    consent_record_data,
    render_consent_record,
    verify_consent_document,
)
from kiosk.storage import models
from tests.kiosk.documents.pdfcheck import text_of
from tests.ui.patient.walk import (
    accept_consent,
    answer_all,
    enter_birth,
    enter_names,
    tap,
    type_text,
)
from ui.patient.flow import Step
from ui.patient.kiosk_view import PatientKiosk


def test_a_fast_large_signature_of_few_points_is_a_signature():
    # a quick flourish: the pad saw only four points, far apart
    validate_signature((((10.0, 150.0), (120.0, 40.0), (260.0, 160.0), (380.0, 60.0)),))


def test_many_points_in_a_tiny_scribble_are_not():
    tiny = tuple((10.0 + (i % 5), 10.0 + (i % 3)) for i in range(200))
    with pytest.raises(SignatureError, match="too_small"):
        validate_signature((tiny,))
    with pytest.raises(SignatureError, match="too_small"):
        validate_signature((((10.0, 10.0),),))  # a tap


def test_the_pad_says_its_state(qtbot):
    from ui.patient.sign import SignScreen

    screen = SignScreen()
    qtbot.addWidget(screen)
    screen.resize(1280, 700)
    screen.show()
    pad = screen.pad
    assert pad.accessibleName() == "Signature box"
    assert pad.accessibleDescription().startswith("Empty.")
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(30, 120))
    qtbot.mouseMove(pad, QPoint(200, 60))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(330, 100))
    assert pad.accessibleDescription().startswith("Signed, 1 strokes drawn.")
    qtbot.keyClick(pad, Qt.Key.Key_Delete)  # clearing without finding the Clear button
    assert pad.is_empty() and pad.accessibleDescription().startswith("Empty.")


@pytest.fixture
def settings(tmp_path):
    base = load_settings(environ={"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    return dataclasses.replace(
        base,
        clinic=dataclasses.replace(
            base.clinic, name="Riverside", phone="555-0100", timezone="America/New_York"
        ),
        printing=dataclasses.replace(base.printing, folder=tmp_path / "printed", backend="folder"),
    )


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_typed_name_signs_with_one_action_and_the_record_says_so(
    qtbot, sqlite_database, settings, tmp_path, language
):
    sf = sqlite_database.session_factory
    kiosk = PatientKiosk.for_services(lambda: sf, zone="America/New_York", clinic_name="Riverside")
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    try:
        tap(qtbot, kiosk.welcome.language_buttons[language])
        qtbot.waitUntil(lambda: kiosk.switcher.language == language)
        tap(qtbot, kiosk.welcome.start)
        enter_names(qtbot, kiosk, "Ana", "Ruiz")
        enter_birth(qtbot, kiosk, 7, 3, 1991)
        answer_all(qtbot, kiosk)
        tap(qtbot, kiosk.review.primary)
        accept_consent(qtbot, kiosk)
        type_text(kiosk.sign.name, "Ana Ruiz")
        use_typed = QAccessible.queryAccessibleInterface(kiosk.sign.use_typed)
        assert use_typed.role() == QAccessible.Role.Button
        use_typed.actionInterface().doAction(use_typed.actionInterface().actionNames()[0])
        qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE, timeout=10000)
    finally:
        kiosk.idle.stop()
        kiosk.idle.uninstall()
        kiosk.done_timer.stop()
        kiosk.switcher.set_language("en")
    signed = kiosk.flow.draft.submission.consent
    assert (signed.method, signed.strokes, signed.typed_name) == ("typed", (), "Ana Ruiz")
    image = QImage.fromData(signed.signature_png, "PNG")
    inked = sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if QColor(image.pixel(x, y)).lightness() < 128
    )
    assert inked > 50  # the kiosk drew the name; it is not a blank image
    with sf() as session:
        row = session.scalars(select(models.Consent)).one()
        assert (row.method, row.strokes, row.typed_name) == ("typed", [], "Ana Ruiz")
        visit_id = row.visit_id
    doc = render_consent_record(sf, visit_id, settings=settings, actor=None)
    words = " ".join(text_of(doc.pdf).split())
    said = {
        "en": "Signed by: the typed full name, adopted as the signature (nothing drawn)",
        "es": "Firmado con: el nombre completo escrito, adoptado como firma (sin dibujo)",
    }[language]
    assert said in words
    path = tmp_path / "record.pdf"
    path.write_bytes(doc.pdf)
    result = verify_consent_document(sf, path, settings=settings)
    assert result.ok, result.message
    # the method is covered by the code: calling the typed signature "drawn" changes it, and
    # a drawn signature's record keeps the code it had before the method was printed
    data = consent_record_data(sf, visit_id, settings=settings)
    assert data.canonical()["signature_method"] == "typed"
    drawn = dataclasses.replace(data, signature_method="drawn")
    assert "signature_method" not in drawn.canonical()
    assert drawn.verification_code != data.verification_code == doc.sha256
