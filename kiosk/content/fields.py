"""Typed reading of a parsed TOML document, every failure a :class:`ContentError`.

A :class:`Node` is one table of the file together with where it sits, so a missing or wrong
field is reported with the file, the line of the field (or of its table) and its dotted name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from kiosk.content.errors import ContentError
from kiosk.content.locate import Locator, PathPart

E = TypeVar("E", bound=StrEnum)

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")


def field_name(path: Sequence[PathPart]) -> str:
    """``("items", 2, "kind")`` -> ``items[3].kind`` (tables counted from 1, as in the file)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += f".{part}" if out else part
    return out or "(file)"


@dataclass(frozen=True, slots=True)
class Source:
    """One content file: where it is and how to find lines in it."""

    path: Path
    locator: Locator

    def error(self, path: Sequence[PathPart], message: str) -> ContentError:
        return ContentError(self.path, self.locator.line_of(path), field_name(path), message)


class Node:
    """One TOML table at ``path`` inside ``source``."""

    def __init__(self, source: Source, data: Mapping[str, Any], path: tuple[PathPart, ...] = ()):
        self.source = source
        self.data = data
        self.path = path

    def fail(self, key: PathPart | None, message: str) -> NoReturn:
        where = self.path if key is None else (*self.path, key)
        raise self.source.error(where, message)

    def only(self, allowed: Collection[str]) -> None:
        """Refuse fields this table does not have: a typo must not be silently ignored."""
        for key in self.data:
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                self.fail(key, f"unknown field (this table can have: {expected})")

    def _fail_entry(self, key: str, number: int, message: str) -> NoReturn:
        self.fail(key, f"entry {number}: {message}")

    def _get(self, key: str, optional: bool) -> Any:
        if key not in self.data:
            if optional:
                return None
            self.fail(key, "this field is missing")
        return self.data[key]

    def text(
        self, key: str, *, placeholders: Collection[str] = (), optional: bool = False
    ) -> str | None:
        value = self._get(key, optional)
        if value is None:
            return None
        check_text(value, placeholders, lambda message: self.fail(key, message))
        assert isinstance(value, str)  # check_text refused anything else
        return value

    def required_text(self, key: str, *, placeholders: Collection[str] = ()) -> str:
        value = self.text(key, placeholders=placeholders)
        assert value is not None
        return value

    def text_list(
        self, key: str, *, optional: bool = False, allow_empty: bool = False
    ) -> tuple[str, ...]:
        value = self._get(key, optional)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.fail(key, "must be a list of texts in [ ]")
        if not value and not allow_empty:
            self.fail(key, "the list is empty")
        for number, item in enumerate(value, start=1):
            check_text(item, (), functools.partial(self._fail_entry, key, number))
        return tuple(value)

    def integer(
        self, key: str, *, optional: bool = False, minimum: int | None = None
    ) -> int | None:
        value = self._get(key, optional)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"must be a whole number, not {_describe(value)}")
        if minimum is not None and value < minimum:
            self.fail(key, f"must be at least {minimum}, not {value}")
        return value

    def required_integer(self, key: str, *, minimum: int | None = None) -> int:
        value = self.integer(key, minimum=minimum)
        assert value is not None
        return value

    def choice(self, key: str, enum: type[E], *, optional: bool = False) -> E | None:
        value = self._get(key, optional)
        if value is None:
            return None
        allowed = [member.value for member in enum]
        if not isinstance(value, str) or value not in allowed:
            names = ", ".join(f'"{a}"' for a in allowed)
            self.fail(key, f"must be one of {names}, not {_describe(value)}")
        return enum(value)

    def identifier(self, key: str) -> str:
        value = self.required_text(key)
        if not KEY_PATTERN.match(value):
            self.fail(key, f'"{value}" must be lower-case letters, digits and _ (like "day_1")')
        return value

    def table(self, key: str) -> Node:
        value = self._get(key, False)
        if not isinstance(value, dict):
            self.fail(key, f"must be a table [{key}], not {_describe(value)}")
        return Node(self.source, value, (*self.path, key))

    def tables(self, key: str, *, optional: bool = False) -> list[Node]:
        """An array of tables (``[[key]]``), in file order."""
        value = self._get(key, optional)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail(key, f"must be written as [[{key}]] tables")
        if not value:
            self.fail(key, f"needs at least one [[{key}]] table")
        return [Node(self.source, v, (*self.path, key, n)) for n, v in enumerate(value)]


def check_text(value: Any, placeholders: Collection[str], fail: Callable[[str], NoReturn]) -> None:
    """A non-blank string whose ``{...}`` placeholders are all in ``placeholders``."""
    if not isinstance(value, str):
        fail(f"must be text in quotes, not {_describe(value)}")
    if not value.strip():
        fail("is empty")
    for name in _PLACEHOLDER.findall(value):
        if name not in placeholders:
            fail(f"unknown placeholder {{{name}}} ({_allowed(placeholders)})")
    rest = _PLACEHOLDER.sub("", value)
    if "{" in rest or "}" in rest:
        fail(f"has a {{ or }} that is not part of a placeholder ({_allowed(placeholders)})")


def unique_keys(nodes: Iterable[Node], key: str = "key") -> None:
    seen: set[str] = set()
    for node in nodes:
        value = node.data.get(key)
        if value in seen:
            node.fail(key, f'"{value}" is used twice; every {key} must be different')
        seen.add(str(value))


def _allowed(placeholders: Collection[str]) -> str:
    if not placeholders:
        return "no placeholders are allowed here"
    return "allowed here: " + ", ".join(f"{{{p}}}" for p in sorted(placeholders))


def _describe(value: Any) -> str:
    kinds = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "text",
        list: "a list",
        dict: "a table",
    }
    name = kinds.get(type(value), type(value).__name__)
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return f"{name} {value!r}"
    return name
