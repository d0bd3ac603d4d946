"""Find the line of a table or field in a TOML text, which ``tomllib`` does not report.

Good enough for files people write by hand: headers (``[x]``, ``[[x]]``) and ``key =`` lines
are indexed, the inside of multi-line strings is skipped. A path such as
``("items", 2, "washout_days")`` means the ``washout_days =`` line of the third ``[[items]]``;
when the field is absent the table's header line is the answer, and 1 when nothing matches.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

PathPart = str | int

_KEY = re.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_\-]+)\s*=""")
_DELIMITERS = ('"""', "'''")


@dataclass(frozen=True, slots=True)
class _Entry:
    line: int
    kind: str  # "array" ([[x]]), "table" ([x]) or "key" (x = ...)
    name: str

    @property
    def is_header(self) -> bool:
        return self.kind != "key"


def _normalise(name: str) -> str:
    parts = [p.strip().strip('"').strip("'") for p in name.split(".")]
    return ".".join(parts)


def _index(text: str) -> list[_Entry]:
    entries: list[_Entry] = []
    open_delim: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if open_delim is not None:
            if line.count(open_delim) % 2 == 1:
                open_delim = None
            continue
        stripped = line.strip()
        if stripped.startswith("[["):
            end = stripped.find("]]")
            if end > 0:
                entries.append(_Entry(number, "array", _normalise(stripped[2:end])))
        elif stripped.startswith("["):
            end = stripped.find("]")
            if end > 0:
                entries.append(_Entry(number, "table", _normalise(stripped[1:end])))
        else:
            match = _KEY.match(line)
            if match:
                entries.append(_Entry(number, "key", _normalise(match.group(1))))
        for delim in _DELIMITERS:
            if line.count(delim) % 2 == 1:
                open_delim = delim
                break
    return entries


class Locator:
    """Line numbers for paths into one TOML text."""

    def __init__(self, text: str) -> None:
        self._entries = _index(text)

    def line_of(self, path: Sequence[PathPart]) -> int:
        entries = self._entries
        start, end, prefix, best = 0, len(entries), "", 1
        i = 0
        while i < len(path):
            part = path[i]
            if isinstance(part, int):  # an index not preceded by a name: nothing to narrow
                i += 1
                continue
            name = f"{prefix}.{part}" if prefix else part
            following = path[i + 1] if i + 1 < len(path) else None
            if following is None:
                return self._key_line(start, end, part, name, best)
            kind = "array" if isinstance(following, int) else "table"
            hits = [
                k for k in range(start, end) if entries[k].kind == kind and entries[k].name == name
            ]
            position = following if isinstance(following, int) else 0
            if position < len(hits):
                k = hits[position]
                best = entries[k].line
                start, end = k + 1, self._scope_end(k, end, name)
            elif kind == "array":
                return self._key_line(start, end, part, name, best)
            prefix = name
            i += 2 if kind == "array" else 1
        return best

    def _scope_end(self, header: int, end: int, name: str) -> int:
        for k in range(header + 1, end):
            entry = self._entries[k]
            if entry.is_header and not entry.name.startswith(name + "."):
                return k
            if entry.kind == "array" and entry.name == name:
                return k
        return end

    def _key_line(self, start: int, end: int, key: str, name: str, best: int) -> int:
        entries = self._entries
        for k in range(start, end):
            entry = entries[k]
            if entry.is_header:
                break
            if entry.name == key:
                return entry.line
        for k in range(start, end):  # a table written as [name] or [name.sub]
            entry = entries[k]
            if entry.is_header and (entry.name == name or entry.name.startswith(name + ".")):
                return entry.line
        return best
