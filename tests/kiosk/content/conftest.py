"""Broken copies of the shipped content, written into ``tmp_path``."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.content import clear_cache
from kiosk.paths import content_dir


class ContentCopy:
    """A private copy of ``resources/content`` that a test may break."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, language: str, name: str) -> Path:
        return self.root / language / f"{name}.toml"

    def text(self, language: str, name: str) -> str:
        return self.path(language, name).read_text(encoding="utf-8")

    def replace(self, language: str, name: str, old: str, new: str, count: int = 1) -> Path:
        """Replace the first ``count`` occurrences of ``old``; fails loudly if it is absent."""
        path = self.path(language, name)
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {path}"
        path.write_text(text.replace(old, new, count), encoding="utf-8")
        return path

    def line_of(self, language: str, name: str, needle: str, occurrence: int = 1) -> int:
        """1-based line of the ``occurrence``-th line that starts with ``needle``."""
        seen = 0
        for number, line in enumerate(self.text(language, name).splitlines(), start=1):
            if line.startswith(needle):
                seen += 1
                if seen == occurrence:
                    return number
        raise AssertionError(f"{needle!r} #{occurrence} not in {name}")


@pytest.fixture
def content_copy(tmp_path: Path) -> Iterator[ContentCopy]:
    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    yield ContentCopy(root)
    clear_cache()
