"""Run slow work (database, PDF, printing) off the GUI thread, answering back on it.

Modelled on Anki's QueryOp: the caller gives a function and two callbacks; the function runs
on Qt's global thread pool and exactly one callback runs later on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        fn, relay = self._fn, self._relay
        # The pool keeps this runnable's Python side: hold the work and its relay no longer.
        del self._fn, self._relay
        try:
            result = fn()
        except Exception as exc:  # handed to the failure callback, never raised in the pool
            relay.failed.emit(exc)
        else:
            relay.succeeded.emit(result)


_live: set[_Relay] = set()


def _owner_of(callback: Callable[..., Any]) -> QObject | None:
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None


def run_task(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> None:
    """Run ``fn`` on a worker; then ``on_success(result)`` or ``on_failure(exc)`` on GUI thread."""
    relay = _Relay()  # created on the calling (GUI) thread, so its slots run there
    _live.add(relay)
    # The screen that asked may be gone by the time the work ends (signed out, closed, a test
    # torn down): then nobody is waiting for the answer and its widgets must not be touched.
    owner = owner or _owner_of(on_success) or _owner_of(on_failure)

    def done(callback: Callable[[Any], None], value: Any) -> None:
        _live.discard(relay)
        # The connections hold these closures and the closures hold the relay: a cycle
        # through Qt that Python's collector cannot see. Cut it, and free the relay.
        relay.succeeded.disconnect()
        relay.failed.disconnect()
        relay.deleteLater()
        if owner is not None and not shiboken6.isValid(owner):
            return
        callback(value)

    relay.succeeded.connect(lambda value: done(on_success, value))
    relay.failed.connect(lambda exc: done(on_failure, exc))
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))
