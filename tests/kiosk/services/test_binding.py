"""The nurse station's services binding: importable without Qt, typed frozen results."""

from __future__ import annotations

import dataclasses

import pytest

from kiosk.services.binding import NurseServices
from kiosk.services.results.decisions import DecisionResult
from kiosk.services.results.visit import VisitBundle
from kiosk.services.staff import LockoutPolicy
from tests.fixtures.database import TEST_ZONE, build_checklist, fixed_clock
from tests.import_probe import loaded_after_importing
from tests.kiosk.services.test_decision_weight import check_in


def test_the_binding_imports_without_qt() -> None:
    qt = ("PySide6", "shiboken6", "ui")
    assert loaded_after_importing(["kiosk.services.binding"], qt) == []


def test_results_are_the_services_frozen_dataclasses(session_factory, nurse) -> None:
    services = NurseServices(
        session_factory,
        zone=TEST_ZONE,
        pepper=b"",
        lockout=LockoutPolicy(),
        clock=fixed_clock(),
        checklist_for=build_checklist,
    )
    visit_id = check_in(session_factory)
    bundle = services.visit(visit_id, actor=nurse)
    assert isinstance(bundle, VisitBundle) and bundle.detail.visit_id == visit_id
    result = services.clear(visit_id, actor=nurse, expected_version=1)
    assert isinstance(result, DecisionResult)
    for value, field in ((bundle, "checklist"), (bundle.detail, "status"), (result, "version")):
        assert dataclasses.is_dataclass(value)
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, field, None)


def test_documents_and_backups_say_when_they_are_not_bound(session_factory) -> None:
    services = NurseServices(session_factory, zone="UTC", pepper=b"", lockout=LockoutPolicy())
    assert not services.can_print and not services.can_back_up
    with pytest.raises(RuntimeError):
        services.render_aftercare(1, actor=None)  # type: ignore[arg-type]
