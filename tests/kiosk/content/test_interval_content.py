"""interval.toml: the clinic's thresholds with their source, in both languages, validated."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.content import ContentError, available_languages, loader
from kiosk.content.interval import clear_cache, load_interval
from kiosk.domain.interval import LEAFLET_RULES, IntervalCode, IntervalFlag
from kiosk.paths import content_dir


@pytest.fixture(autouse=True)
def fresh_cache():
    clear_cache()
    loader.clear_cache()
    yield
    clear_cache()
    loader.clear_cache()


def test_every_language_ships_the_leaflets_numbers_and_names_its_source() -> None:
    languages = available_languages()
    assert set(languages) >= {"en", "es"}
    for language in languages:
        texts = load_interval(language)
        assert texts.rules == LEAFLET_RULES
        assert "6-8" in texts.source and "1-3" in texts.source
        assert set(texts.reasons) == set(IntervalCode)


def test_reasons_fill_in_dates_and_thresholds() -> None:
    from datetime import date

    flag = IntervalFlag(
        IntervalCode.TOO_SOON, None, date(2026, 2, 24), 2, earliest=date(2026, 4, 7)
    )
    words = load_interval("es").reason(flag, lambda d: f"<{d.isoformat()}>")
    assert "<2026-02-24>" in words and "<2026-04-07>" in words and "6 semanas" in words
    assert "{" not in words


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    return root


def edit(root: Path, old: str, new: str, language: str = "en") -> Path:
    path = root / language / "interval.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("review_before_weeks = 8", "review_before_weeks = 5", "review_before_weeks"),
        ("advised_sessions = 3", "advised_sessions = 0", "advised_sessions"),
        ("advised_sessions = 3", 'advised_sessions = "three"', "advised_sessions"),
        ("{earliest}.", "{earliset}.", "reasons.too_soon"),
        ('refresher = "', 'refreshr = "', "reasons.refreshr"),
        ("reschedule_before_weeks = 6", "reschedule_before_weeks = 7", "reschedule_before_weeks"),
        ('source = "', 'sorce = "', "sorce"),
    ],
)
def test_a_bad_edit_names_file_line_and_field(content_copy, old, new, field) -> None:
    path = edit(content_copy, old, new)
    with pytest.raises(ContentError) as problem:
        load_interval("en", content_copy)
    assert problem.value.path == path
    assert problem.value.field == field
    assert problem.value.line > 0


def test_a_clinic_may_change_the_numbers_with_the_aftercare_sheet(content_copy) -> None:
    edit(content_copy, "reschedule_before_weeks = 6", "reschedule_before_weeks = 7")
    aftercare = content_copy / "en" / "aftercare.toml"
    text = aftercare.read_text(encoding="utf-8")
    aftercare.write_text(text.replace("next_session_weeks = [6, 8]", "next_session_weeks = [7, 8]"))
    assert load_interval("en", content_copy).rules.reschedule_before_weeks == 7


def test_a_missing_file_is_named(content_copy) -> None:
    (content_copy / "es" / "interval.toml").unlink()
    with pytest.raises(ContentError, match="missing"):
        load_interval("es", content_copy)


def test_check_content_validates_the_interval_files_too(content_copy) -> None:
    from kiosk.content import validate_all

    edit(content_copy, "advised_sessions = 3", "advised_sessions = -1", language="es")
    with pytest.raises(ContentError) as problem:
        validate_all(content_copy)
    assert problem.value.path == content_copy / "es" / "interval.toml"
