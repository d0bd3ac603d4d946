"""pyproject.toml ships every package of the source tree, and resources/ as kiosk_resources.

setuptools warns about every importable folder the packages list leaves out (the migrations,
each data folder of resources/), so every folder is declared, code or data.
"""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def declared() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["setuptools"]["package-dir"]["kiosk_resources"] == "resources"
    return set(config["tool"]["setuptools"]["packages"])


def source_packages() -> set[str]:
    found = set()
    for init in [*ROOT.glob("kiosk/**/__init__.py"), *ROOT.glob("ui/**/__init__.py")]:
        found.add(".".join(init.parent.relative_to(ROOT).parts))
    return found


def resource_folders() -> set[str]:
    resources = ROOT / "resources"
    folders = {p for p in resources.rglob("*") if p.is_dir() and p.name != "__pycache__"}
    return {"kiosk_resources"} | {
        ".".join(("kiosk_resources", *p.relative_to(resources).parts)) for p in folders
    }


def test_every_source_package_is_declared() -> None:
    missing = source_packages() - declared()
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
    assert "kiosk.storage.migrations.versions" in declared()


def test_every_resource_folder_is_declared() -> None:
    missing = resource_folders() - declared()
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
