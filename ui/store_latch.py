"""The patient welcome shows before the database is open; work that needs it waits here.

A kiosk paints its welcome at once and opens the database behind it (SQLAlchemy alone takes
longer to import than a bare window takes to start). A patient who is quick enough to send
a check-in before the database is ready has it wait on a worker thread, never on the screen;
if the database cannot be opened, the waiting call fails with StorageUnavailable, and the
patient screens keep the draft and retry, as they do when a server goes away later.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from kiosk.services.errors import StorageUnavailable

if TYPE_CHECKING:
    from ui.store import ClinicStore

WAIT_SECONDS = 30.0


class StoreLatch:
    """Thread-safe: opened or failed on the GUI thread, waited on by workers."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._store: ClinicStore | None = None
        self._failure: BaseException | None = None

    def open(self, store: ClinicStore) -> None:
        with self._changed:
            self._store, self._failure = store, None
            self._changed.notify_all()

    def fail(self, exc: BaseException) -> None:
        with self._changed:
            self._failure = exc
            self._changed.notify_all()

    def retry(self) -> None:
        """A new attempt to open is under way: callers wait for it again."""
        with self._changed:
            self._failure = None

    def wait(self, timeout: float = WAIT_SECONDS) -> ClinicStore:
        """The open store; StorageUnavailable if opening failed or takes longer than
        ``timeout`` (the caller's own retry takes it from there)."""
        with self._changed:
            self._changed.wait_for(
                lambda: self._store is not None or self._failure is not None, timeout
            )
            if self._store is not None:
                return self._store
            raise StorageUnavailable() from self._failure
