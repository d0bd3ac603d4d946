"""Fixtures for document tests: clinic settings and hand-built content."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.config import load_settings
from kiosk.documents.aftercare import ClinicHeader


@pytest.fixture
def clinic() -> ClinicHeader:
    return ClinicHeader(name="Bright Skin Clinic", phone="555-0100", address="12 Example Street")


@pytest.fixture
def settings(tmp_path):
    base = load_settings(environ={"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})
    return dataclasses.replace(
        base,
        clinic=dataclasses.replace(
            base.clinic, name="Bright Skin Clinic", phone="555-0100", timezone="America/New_York"
        ),
        printing=dataclasses.replace(base.printing, folder=tmp_path / "printed", backend="folder"),
    )
