"""resources_dir(): environment override, PyInstaller bundle, source tree, installed package."""

from __future__ import annotations

import importlib.machinery
import sys
from pathlib import Path

import pytest

import kiosk.paths as paths
from kiosk.paths import RESOURCES_ENV, ResourcesNotFound, content_dir, resources_dir

SOURCE = Path(paths.__file__).resolve().parent.parent / "resources"


def test_source_tree(monkeypatch):
    monkeypatch.delenv(RESOURCES_ENV, raising=False)
    assert resources_dir() == SOURCE
    assert content_dir() == SOURCE / "content"
    assert (content_dir() / "en" / "checklist.toml").is_file()


def test_environment_override_wins(tmp_path):
    assert resources_dir({RESOURCES_ENV: str(tmp_path)}) == tmp_path


def test_blank_override_is_ignored():
    assert resources_dir({RESOURCES_ENV: "  "}) == SOURCE


def test_pyinstaller_bundle(monkeypatch, tmp_path):
    (tmp_path / "resources" / "content").mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir({}) == tmp_path / "resources"


def fake_install(monkeypatch, tmp_path) -> Path:
    """No source tree; ``kiosk_resources`` installed in site-packages."""
    installed = tmp_path / "site-packages" / "kiosk_resources"
    (installed / "content").mkdir(parents=True)
    fake_module = tmp_path / "site-packages" / "kiosk" / "paths.py"
    monkeypatch.setattr(paths, "__file__", str(fake_module))
    return installed


def test_installed_package(monkeypatch, tmp_path):
    installed = fake_install(monkeypatch, tmp_path)
    spec = importlib.machinery.ModuleSpec("kiosk_resources", None, is_package=True)
    spec.submodule_search_locations.append(str(installed))
    monkeypatch.setattr(paths.importlib.util, "find_spec", {"kiosk_resources": spec}.get)
    assert resources_dir({}) == installed


def test_nothing_found_says_where_it_looked(monkeypatch, tmp_path):
    fake_install(monkeypatch, tmp_path)
    monkeypatch.setattr(paths.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ResourcesNotFound) as info:
        resources_dir({})
    assert RESOURCES_ENV in str(info.value)
    assert str(tmp_path / "site-packages" / "resources") in str(info.value)
