"""The patient kiosk fixtures, shared with tests/ui/patient, and a recorder of what the kiosk
announces (to a screen reader and to its own voice alike)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.ui.patient.conftest import fake_submit, make_kiosk, themed  # noqa: F401
from ui.widgets.announce import announcer


class Heard:
    """Every announcement since the fixture started: ``(text, kind)``."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []

    def __call__(self, text: str, kind: str) -> None:
        self.items.append((text, kind))

    def texts(self, kind: str | None = None) -> list[str]:
        return [t for t, k in self.items if kind is None or k == kind]

    def clear(self) -> None:
        self.items.clear()


@pytest.fixture
def heard() -> Iterator[Heard]:
    recorder = Heard()
    announcer().said.connect(recorder)
    yield recorder
    announcer().said.disconnect(recorder)
