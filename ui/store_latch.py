"""The patient welcome shows before the database is open; work that needs it waits here.

A kiosk paints its welcome at once and opens the database behind it (SQLAlchemy alone takes
longer to import than a bare window takes to start). A patient who is quick enough to send
a check-in before the database is ready has it wait on a worker thread, never on the screen;
if the database cannot be opened, the waiting call fails with StorageUnavailable, and the
patient screens keep the draft and retry, as they do when a server goes away later.
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import TYPE_CHECKING

from kiosk.services.errors import StorageUnavailable

if TYPE_CHECKING:
    from ui.store import ClinicStore

WAIT_SECONDS = 30.0


class StoreLatch:
    """One attempt to open the store is one ``concurrent.futures.Future``: opened or failed on
    the GUI thread, waited on by workers; a retry after a failure starts a new one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._attempt: Future[ClinicStore] = Future()

    def _unsettled(self) -> Future[ClinicStore]:
        with self._lock:
            if self._attempt.done():
                self._attempt = Future()
            return self._attempt

    def open(self, store: ClinicStore) -> None:
        self._unsettled().set_result(store)

    def fail(self, exc: BaseException) -> None:
        self._unsettled().set_exception(exc)

    def retry(self) -> None:
        """A new attempt to open is under way: callers wait for it again."""
        with self._lock:
            if self._attempt.done() and self._attempt.exception() is not None:
                self._attempt = Future()

    def wait(self, timeout: float = WAIT_SECONDS) -> ClinicStore:
        """The open store; StorageUnavailable if opening failed or takes longer than
        ``timeout`` (the caller's own retry takes it from there)."""
        with self._lock:
            attempt = self._attempt
        try:
            return attempt.result(timeout)
        except Exception as exc:  # the opening's own failure, or TimeoutError
            raise StorageUnavailable() from exc
