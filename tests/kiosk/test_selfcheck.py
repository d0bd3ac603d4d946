"""``clinic-kiosk --self-check``: every check runs and reports; exit 0 only when all pass."""

import dataclasses
import io
import shutil
from pathlib import Path

import pytest

from kiosk.config import load_settings
from kiosk.paths import resources_dir
from kiosk.selfcheck import run_self_check


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(None, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")})


def test_a_working_installation_passes(settings) -> None:
    out = io.StringIO()
    assert run_self_check(settings, out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("ok   database: opened and migrated; audit secret ")
    assert lines[0].endswith(" fits the log")
    assert lines[1].startswith("ok   content: valid in en")
    assert lines[2].startswith("ok   aftercare sheet: en ")
    assert lines[-1] == "self-check passed"
    assert (settings.data_dir / "clinic.sqlite3").is_file()


def test_an_unreachable_database_fails_but_the_other_checks_still_run(settings) -> None:
    away = dataclasses.replace(
        settings, database_url="postgresql+psycopg://kiosk@127.0.0.1:1/clinic?connect_timeout=2"
    )
    out = io.StringIO()
    assert run_self_check(away, out) == 1
    text = out.getvalue()
    assert "FAIL database: DatabaseUnavailable" in text
    assert "ok   content" in text and "ok   aftercare sheet" in text
    assert text.rstrip().endswith("self-check FAILED (1)")


def test_broken_content_is_named(settings, tmp_path: Path, monkeypatch) -> None:
    from kiosk.content import loader

    broken = tmp_path / "resources"
    shutil.copytree(resources_dir(), broken)
    (broken / "content" / "en" / "checklist.toml").write_text("[[item]\n", encoding="utf-8")
    monkeypatch.setenv("CLINIC_KIOSK_RESOURCES", str(broken))
    loader.clear_cache()
    out = io.StringIO()
    try:
        assert run_self_check(settings, out) == 1
    finally:
        loader.clear_cache()
    text = out.getvalue()
    assert "FAIL content:" in text and "checklist.toml" in text
    assert "ok   database" in text


def test_a_missing_audit_secret_fails_the_database_check(settings) -> None:
    from kiosk.services.audit import record_event
    from kiosk.services.audit_secret import attach_audit_key, secret_path
    from kiosk.storage import open_database

    settings.data_dir.mkdir(parents=True)
    db = open_database(settings.database_url)
    attach_audit_key(db, settings.data_dir)
    with db.session_factory.begin() as session:
        record_event(session, actor="system", action="test.event", subject="x", details={})
    db.dispose()
    secret_path(settings.data_dir).unlink()
    out = io.StringIO()
    assert run_self_check(settings, out) == 1
    assert "FAIL database: AuditSecretProblem: The audit secret file" in out.getvalue()
