"""A station whose audit secret is missing or wrong explains it and starts no new chain."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import load_settings
from kiosk.services.audit import record_event
from kiosk.services.audit_secret import secret_path
from tests.ui.test_main_window import started
from ui.main_window import MainWindow, open_backend


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})


@pytest.mark.parametrize("damage", ["missing", "wrong"])
def test_a_missing_or_wrong_secret_is_a_start_up_problem(qtbot, settings, damage) -> None:
    backend = open_backend(settings)  # the first start makes the secret
    with backend.database.session_factory.begin() as session:
        record_event(session, actor="system", action="test.event", subject="x", details={})
    backend.database.dispose()
    secret = secret_path(settings.data_dir)
    if damage == "missing":
        secret.unlink()
    else:
        secret.write_bytes(bytes(32))

    window = started(qtbot, MainWindow(settings))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.problem, timeout=15000)
    text = window.problem.body.text()
    assert "audit secret" in text and "docs/record.md" in text and "Do not start a new log" in text
    assert "Traceback" not in text
    assert damage == "wrong" or not secret.exists()  # no new secret was made
