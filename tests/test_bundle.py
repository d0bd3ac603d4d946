"""The PyInstaller bundle runs on its own: ``--self-check`` opens a database, validates the
content and renders the aftercare sheet from the built folder, with no source tree around.

A build takes minutes, so this runs only with CLINIC_KIOSK_TEST_BUNDLE=1.  It builds into a
temporary folder, or checks an already built one given as CLINIC_KIOSK_BUNDLE_DIR
(e.g. ``dist/clinic-kiosk`` after ``make bundle``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE = "clinic-kiosk.exe" if sys.platform == "win32" else "clinic-kiosk"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(2400),  # the first test builds the bundle (up to 30 minutes)
    pytest.mark.skipif(
        os.environ.get("CLINIC_KIOSK_TEST_BUNDLE") != "1",
        reason="builds the bundle (minutes); set CLINIC_KIOSK_TEST_BUNDLE=1",
    ),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("CLINIC_KIOSK_BUNDLE_DIR")
    if given:
        return Path(given)
    pytest.importorskip("PyInstaller", reason="pip install -e '.[bundle]'")
    work = tmp_path_factory.mktemp("pyinstaller")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(work / "dist"), "--workpath", str(work / "build")]
    build = subprocess.run(
        [*command, str(ROOT / "build.spec")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    return work / "dist" / "clinic-kiosk"


def run_bundled(bundle: Path, data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the built program away from the source tree, so nothing can come from it."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "CLINIC_KIOSK_", "VIRTUAL_ENV"))
    }
    env |= {"QT_QPA_PLATFORM": "offscreen", "CLINIC_KIOSK_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [str(bundle / EXE), *args],
        cwd=data_dir,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_bundle_passes_its_self_check(bundle: Path, tmp_path: Path) -> None:
    fresh = run_bundled(bundle, tmp_path, "--self-check")  # nothing set up: placeholders
    assert fresh.returncode == 1
    assert "FAIL clinic details: ClinicNotSetUp" in fresh.stdout
    config = tmp_path / "clinic.toml"
    config.write_text('[clinic]\nname = "Bundle Clinic"\nphone = "555-0100"\n', encoding="utf-8")
    result = run_bundled(bundle, tmp_path, "--config", str(config), "--self-check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok   clinic details: Bundle Clinic, phone set" in result.stdout
    assert "ok   database" in result.stdout
    assert "ok   content: valid in en, es" in result.stdout
    assert "ok   aftercare sheet" in result.stdout
    assert (tmp_path / "clinic.sqlite3").is_file()


def test_the_bundle_carries_its_resources_and_only_the_qt_it_uses(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "resources" / "content" / "en" / "checklist.toml").is_file()
    assert (internal / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert any((internal / "kiosk" / "storage" / "migrations" / "versions").glob("*.py"))
    qt_modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*")}
    assert {"QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPrintSupport"} <= qt_modules
    assert not qt_modules & {"QtWebEngineCore", "QtQml", "QtQuick", "QtMultimedia"}


def test_the_bundle_prints_one_line_for_an_unusable_config(bundle: Path, tmp_path: Path) -> None:
    config = tmp_path / "broken.toml"
    config.write_text("[clinic\n", encoding="utf-8")
    result = run_bundled(bundle, tmp_path, "--config", str(config), "init-db")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("clinic-kiosk:")
