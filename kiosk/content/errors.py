"""The one error a broken content file raises: it names the file, the line and the field."""

from __future__ import annotations

from pathlib import Path


class ContentError(ValueError):
    """A content file that cannot be used.

    ``line`` is 1-based; 0 means the file as a whole (missing, unreadable). ``field`` is a dotted
    path such as ``items[3].washout_days``, where ``[3]`` is the third ``[[items]]`` table of the
    file (counted from 1, as a person editing the file counts them).
    """

    def __init__(self, path: Path | str, line: int, field: str, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.field = field
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"

    def __reduce__(self) -> tuple[type[ContentError], tuple[object, ...]]:
        """Keep the four fields when pickled (e.g. across processes)."""
        return (type(self), (self.path, self.line, self.field, self.message))
