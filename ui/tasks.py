"""Run slow work (database, PDF, printing) off the GUI thread, answering back on it.

Modelled on Anki's QueryOp: the caller gives a function and two callbacks; the function runs
on Qt's global thread pool and exactly one callback runs later on the GUI thread.

What a task captures (a patient's submission, a signature) must not outlive it. So no Python
object is held by a Qt connection that leads back to itself (the collector cannot see through
Qt, and such a cycle is never freed): each relay's signals are connected to the relay's own
methods, which PySide holds weakly, and the relay drops its callbacks, the job its function, as
soon as the answer is delivered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class _Relay(QObject):
    """Carries one task's answer to the thread that asked; kept alive by ``_live`` until then."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        owner: QObject | None,
    ) -> None:
        super().__init__()  # on the calling (GUI) thread, so its slots run there
        self._on_success: Callable[[Any], None] | None = on_success
        self._on_failure: Callable[[BaseException], None] | None = on_failure
        self._owner = owner
        self.succeeded.connect(self.on_succeeded)
        self.failed.connect(self.on_failed)

    def on_succeeded(self, value: object) -> None:
        callback = self._on_success
        self._release()
        if callback is not None and self._owner_alive():
            callback(value)

    def on_failed(self, exc: BaseException) -> None:
        callback = self._on_failure
        self._release()
        if callback is not None and self._owner_alive():
            callback(exc)

    def _owner_alive(self) -> bool:
        owner, self._owner = self._owner, None
        return owner is None or shiboken6.isValid(owner)

    def _release(self) -> None:
        """Forget the callbacks (and what they captured) and let the relay itself go."""
        self._on_success = self._on_failure = None
        _live.discard(self)
        self.deleteLater()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn: Callable[[], Any] | None = fn
        self._relay: _Relay | None = relay

    def run(self) -> None:
        fn, relay = self._fn, self._relay
        self._fn = self._relay = None  # the pool may keep the runnable; it keeps nothing of ours
        if fn is None or relay is None:
            return
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
    fn: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    pool: QThreadPool | None = None,
    owner: QObject | None = None,
) -> None:
    """Run ``fn`` on a worker; then ``on_success(result)`` or ``on_failure(exc)`` on GUI thread.

    The screen that asked may be gone by the time the work ends (signed out, closed, a test torn
    down): then nobody is waiting for the answer and its widgets must not be touched. ``owner``
    (by default the object a bound-method callback belongs to) says who that is.
    """
    owner = owner or _owner_of(on_success) or _owner_of(on_failure)
    relay = _Relay(on_success, on_failure, owner)
    _live.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))


def pending_tasks() -> int:
    """How many tasks have not answered yet (tests and shutdown use it)."""
    return len(_live)
