"""Settings: defaults, the TOML file, environment overrides, and errors that name file and key."""

from pathlib import Path

import pytest

from kiosk.config import EXAMPLE_CONFIG, ConfigError, load_settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    env = {"CLINIC_KIOSK_CONFIG": "", "CLINIC_KIOSK_DATA_DIR": str(tmp_path / "data")}
    settings = load_settings(None, env)
    assert settings.idle.patient_seconds == 90
    assert settings.staff.lockout_attempts == 3
    assert settings.staff.pin_min_length == 6
    assert settings.languages == ("en", "es")
    assert settings.database_url == f"sqlite:///{tmp_path / 'data' / 'clinic.sqlite3'}"
    assert settings.staff.pepper_path == tmp_path / "data" / "pepper.key"


def test_example_config_is_valid_and_read(tmp_path: Path) -> None:
    path = write(tmp_path, EXAMPLE_CONFIG.replace("Your Skin Clinic", "Clínica Sol"))
    settings = load_settings(path, {"CLINIC_KIOSK_DATA_DIR": str(tmp_path)})
    assert settings.clinic.name == "Clínica Sol"
    assert settings.clinic.timezone == "America/New_York"
    assert settings.printing.paper == "letter"
    assert settings.source == path


def test_environment_overrides_file(tmp_path: Path) -> None:
    path = write(tmp_path, 'database_url = "sqlite:////from/file.db"\n')
    env = {
        "CLINIC_KIOSK_DB": "postgresql+psycopg://kiosk@db/kiosk",
        "CLINIC_KIOSK_DATA_DIR": str(tmp_path / "elsewhere"),
    }
    settings = load_settings(path, env)
    assert settings.database_url == "postgresql+psycopg://kiosk@db/kiosk"
    assert settings.data_dir == tmp_path / "elsewhere"


def test_config_path_from_environment(tmp_path: Path) -> None:
    path = write(tmp_path, '[clinic]\nname = "Env Clinic"\n')
    settings = load_settings(None, {"CLINIC_KIOSK_CONFIG": str(path)})
    assert settings.clinic.name == "Env Clinic"


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ('[idle]\npatient_seconds = "soon"\n', "idle.patient_seconds", "whole number"),
        ("[idle]\npatient_seconds = 2\n", "idle.patient_seconds", "from 10 to 3600"),
        ('[clinic]\ntimezone = "Mars/Olympus"\n', "clinic.timezone", "IANA time zone"),
        ('[printing]\npaper = "A3"\n', "printing.paper", "letter, a4"),
        ('languages = ["en", "fr"]\n', "languages", "drawn from en, es"),
        ('clinic = "x"\n', "clinic", "a table"),
        ('station = "lobby"\n', "station", "kiosk, nurse"),
    ],
)
def test_bad_value_names_file_key_and_expectation(
    tmp_path: Path, text: str, key: str, expected: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as err:
        load_settings(path, {})
    message = str(err.value)
    assert str(path) in message
    assert key in message
    assert expected in message


def test_broken_toml_is_reported_with_its_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[clinic\nname = 1\n")
    with pytest.raises(ConfigError, match=r"not valid TOML.*line 1"):
        load_settings(path, {})


def test_missing_explicit_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_settings(tmp_path / "nope.toml", {})
