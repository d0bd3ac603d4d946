"""Patient kiosk fixtures: a kiosk with a recording fake submit, and helpers to walk it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest

from kiosk.content import load_content
from kiosk.domain.checkin import CheckinSubmission

TODAY = date(2026, 11, 24)


class FakeSubmit:
    """Records every call; fails the first ``failures`` calls with ``error``."""

    def __init__(self, failures: int = 0, error: Exception | None = None) -> None:
        self.calls: list[CheckinSubmission] = []
        self.failures = failures
        self.error = error or RuntimeError("database away")

    def __call__(self, submission: CheckinSubmission) -> Any:
        self.calls.append(submission)
        if len(self.calls) <= self.failures:
            raise self.error
        return {"visit_id": 1, "submission_id": submission.submission_id}


@pytest.fixture
def fake_submit() -> FakeSubmit:
    return FakeSubmit()


@pytest.fixture
def themed() -> Iterator[Any]:
    """The real stylesheet and sizes (the bare style's small font fits the whole consent on
    one 1280x800 screen, so nothing would scroll); the application's sheet is restored."""
    from PySide6.QtWidgets import QApplication

    from ui.theme import Theme

    app = QApplication.instance()
    before = app.styleSheet()
    theme = Theme()
    theme.apply()
    yield theme
    app.setStyleSheet(before)


@pytest.fixture
def make_kiosk(qtbot) -> Iterator[Callable[..., Any]]:
    from ui.patient.kiosk_view import PatientKiosk

    made: list[PatientKiosk] = []

    def make(submit: Callable[[CheckinSubmission], Any] | None = None, **kwargs: Any):
        kwargs.setdefault("clinic_name", "Riverside Skin Clinic")
        kwargs.setdefault("today", lambda: TODAY)
        kiosk = PatientKiosk(load_content, submit or FakeSubmit(), **kwargs)
        qtbot.addWidget(kiosk)
        kiosk.resize(1280, 800)
        kiosk.show()
        made.append(kiosk)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.idle.stop()
        kiosk.idle.uninstall()
        kiosk.retry_timer.stop()
        kiosk.done_timer.stop()
        kiosk.switcher.set_language("en")
