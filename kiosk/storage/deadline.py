"""A client-side bound on one action's connection: past its deadline the socket is shut down.

The server's own timeouts (statement, lock, idle in transaction) free what a silent station
held, and TCP keepalives and ``tcp_user_timeout`` end a link whose packets vanish. What none of
them ends is a path that still acknowledges packets but forwards nothing (a stuck proxy,
router or pooler): psycopg would then wait for the server's answer forever. The watchdog shuts
the connection's socket down once the action's time is up; the waiting call then fails as a
lost connection, SQLAlchemy discards that connection, and the caller sees StorageUnavailable.
"""

from __future__ import annotations

import contextlib
import heapq
import logging
import socket
import threading
import time
from typing import Any

log = logging.getLogger(__name__)


class Watchdog:
    """One daemon thread per process, started on first use; arm/disarm are cheap."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._armed: dict[int, tuple[float, Any]] = {}  # id(dbapi connection) -> deadline, conn
        self._heap: list[tuple[float, int]] = []
        self._thread: threading.Thread | None = None
        self.cuts = 0

    def arm(self, dbapi_connection: Any, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        key = id(dbapi_connection)
        with self._cond:
            self._armed[key] = (deadline, dbapi_connection)
            earliest = self._heap[0][0] if self._heap else None
            heapq.heappush(self._heap, (deadline, key))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="db-watchdog", daemon=True)
                self._thread.start()
            elif earliest is None or deadline < earliest:
                self._cond.notify()

    def disarm(self, dbapi_connection: Any) -> None:
        with self._cond:
            self._armed.pop(id(dbapi_connection), None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                while self._heap and self._heap[0][0] <= now:
                    deadline, key = heapq.heappop(self._heap)
                    entry = self._armed.get(key)
                    if entry is not None and entry[0] == deadline:
                        del self._armed[key]
                        self._cut(entry[1])
                if not self._armed:
                    self._heap.clear()
                timeout = self._heap[0][0] - now if self._heap else None
                self._cond.wait(timeout)

    def _cut(self, dbapi_connection: Any) -> None:
        """Shut the socket down (under the lock: the connection cannot be closed meanwhile,
        since disarming comes first); the thread waiting on it wakes with an error."""
        try:
            fd = dbapi_connection.pgconn.socket
        except Exception:  # already closed: nothing is waiting on it
            return
        with contextlib.suppress(OSError):
            sock = socket.socket(fileno=_dup(fd))
            try:
                sock.shutdown(socket.SHUT_RDWR)
            finally:
                sock.close()
        self.cuts += 1
        log.warning("database: no answer within the action's time; connection abandoned")


def _dup(fd: int) -> int:
    import os

    return os.dup(fd)


WATCHDOG = Watchdog()
