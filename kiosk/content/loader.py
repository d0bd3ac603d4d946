"""Read one language's content files, validate them, and keep the result.

Content is read once per (folder, language) and then served from memory: the kiosk asks for it
on every screen. :func:`clear_cache` forgets it (after an edit, or between tests).
"""

from __future__ import annotations

import functools
import hashlib
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from kiosk.content.bundle import ContentBundle
from kiosk.content.errors import ContentError
from kiosk.content.fields import Node, Source
from kiosk.content.locate import Locator
from kiosk.content.parsers import parse_aftercare, parse_checklist, parse_consent, parse_education
from kiosk.paths import content_dir

FILES = ("checklist", "consent", "aftercare", "education")
REFERENCE_LANGUAGE = "en"
_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_AT_END = "(at end of document)"

T = TypeVar("T")
Parser = Callable[[Node, str, str], T]


def resolve_root(root: Path | str | None) -> Path:
    """The folder holding one sub-folder per language; a ``resources/`` folder works too."""
    if root is None:
        return content_dir().resolve()
    path = Path(root).expanduser()
    if (path / "content").is_dir() and not (path / REFERENCE_LANGUAGE).is_dir():
        path = path / "content"
    return path.resolve()


def available_languages(root: Path | str | None = None) -> tuple[str, ...]:
    """Languages with a checklist, English first."""
    folder = resolve_root(root)
    if not folder.is_dir():
        return ()
    found = sorted(
        p.name
        for p in folder.iterdir()
        if _LANGUAGE.match(p.name) and (p / "checklist.toml").is_file()
    )
    return tuple(sorted(found, key=lambda lang: (lang != REFERENCE_LANGUAGE, lang)))


def load_content(language: str, root: Path | str | None = None) -> ContentBundle:
    """The validated content of ``language``; raises :class:`ContentError` on the first problem."""
    return _load_cached(resolve_root(root), language)


def clear_cache() -> None:
    _load_cached.cache_clear()


@functools.lru_cache(maxsize=32)
def _load_cached(root: Path, language: str) -> ContentBundle:
    folder = root / language
    if not _LANGUAGE.match(language) or not folder.is_dir():
        raise ContentError(folder, 0, "language", f'there is no content for language "{language}"')
    checklist, checklist_sha = _read(folder / "checklist.toml", language, parse_checklist)
    consent, consent_sha = _read(folder / "consent.toml", language, parse_consent)
    aftercare, aftercare_sha = _read(folder / "aftercare.toml", language, parse_aftercare)
    education, education_sha = _read(folder / "education.toml", language, parse_education)
    versions = dict(
        zip(
            FILES,
            (checklist.version, consent.version, aftercare.version, education.version),
            strict=True,
        )
    )
    hashes = dict(
        zip(FILES, (checklist_sha, consent_sha, aftercare_sha, education_sha), strict=True)
    )
    return ContentBundle(
        language=language,
        checklist=checklist,
        consent=consent,
        aftercare=aftercare,
        education=education,
        version=combined_version(versions),
        sha256=combined_sha256(language, hashes),
    )


def combined_version(versions: dict[str, str]) -> str:
    distinct = set(versions.values())
    if len(distinct) == 1:
        return distinct.pop()
    return ";".join(f"{name}={versions[name]}" for name in FILES)


def combined_sha256(language: str, hashes: dict[str, str]) -> str:
    digest = hashlib.sha256(f"language={language}\n".encode())
    for name in FILES:
        digest.update(f"{name}.toml={hashes[name]}\n".encode())
    return digest.hexdigest()


def read_source(path: Path) -> tuple[bytes, str, dict[str, Any]]:
    """The file's bytes, its text and its parsed TOML, or a :class:`ContentError`."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ContentError(path, 0, "file", "the file is missing") from None
    except OSError as exc:
        raise ContentError(path, 0, "file", f"cannot be read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError(path, line, "file", "is not UTF-8 text; save it as UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        match = _TOML_POSITION.search(message)
        if match:
            line = int(match.group(1))
        elif message.endswith(_AT_END):  # e.g. a string or list never closed
            line = max(1, len(text.splitlines()))
        else:
            line = 0
        detail = _TOML_POSITION.sub("", message).removesuffix(_AT_END).strip()
        raise ContentError(path, line, "syntax", f"not valid TOML: {detail}") from None
    return raw, text, data


def _read(path: Path, language: str, parse: Parser[T]) -> tuple[T, str]:
    raw, text, data = read_source(path)
    sha = hashlib.sha256(raw).hexdigest()
    node = Node(Source(path, Locator(text)), data)
    return parse(node, language, sha), sha
