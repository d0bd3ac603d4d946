"""Where the shipped ``resources/`` folder lives: source tree, installed package or bundle.

Looked up on every call (it is cheap) so that ``CLINIC_KIOSK_RESOURCES`` set by a test or by IT
staff takes effect without restarting anything.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from collections.abc import Mapping
from pathlib import Path

RESOURCES_ENV = "CLINIC_KIOSK_RESOURCES"
_MARKER = "content"  # every real resources folder holds content/<lang>/


class ResourcesNotFound(FileNotFoundError):
    """No resources folder could be found; the message says where we looked."""


def resources_dir(environ: Mapping[str, str] | None = None) -> Path:
    """The ``resources/`` folder, first match of: environment override, PyInstaller bundle,
    source checkout, installed ``kiosk_resources`` package."""
    env = os.environ if environ is None else environ
    override = env.get(RESOURCES_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    candidates = _candidates()
    for candidate in candidates:
        if (candidate / _MARKER).is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates) or "nowhere"
    raise ResourcesNotFound(
        f"the kiosk's resources folder was not found (looked in: {looked});"
        f" set {RESOURCES_ENV} to its path"
    )


def content_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``resources/content``: one sub-folder per language."""
    return resources_dir(environ) / "content"


def _candidates() -> list[Path]:
    found: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        found.append(Path(bundle) / "resources")
    found.append(Path(__file__).resolve().parent.parent / "resources")
    installed = _installed_package_dir()
    if installed is not None:
        found.append(installed)
    return found


def _installed_package_dir() -> Path | None:
    """The folder pyproject maps ``resources/`` to when installed (``kiosk_resources``)."""
    try:
        spec = importlib.util.find_spec("kiosk_resources")
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))
