"""pyproject.toml ships every package of the source tree, and resources/ as kiosk_resources."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def source_packages() -> set[str]:
    found = set()
    for init in [*ROOT.glob("kiosk/**/__init__.py"), *ROOT.glob("ui/**/__init__.py")]:
        rel = init.parent.relative_to(ROOT)
        if "migrations" not in rel.parts:
            found.add(".".join(rel.parts))
    return found


def test_every_source_package_is_declared() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = set(config["tool"]["setuptools"]["packages"])
    missing = source_packages() - declared
    assert not missing, f"add to [tool.setuptools] packages in pyproject.toml: {sorted(missing)}"
    assert "kiosk_resources" in declared
    assert config["tool"]["setuptools"]["package-dir"]["kiosk_resources"] == "resources"
