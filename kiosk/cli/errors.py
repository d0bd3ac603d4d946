"""The one failure every command may raise: one line for the operator, never a traceback."""

from __future__ import annotations


class CommandError(Exception):
    """A failure worth one line to the operator; exit status 2 unless given."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.status = status
