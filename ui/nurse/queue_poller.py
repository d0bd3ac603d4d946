"""Keeps the queue's table current: a cheap "has anything changed?" every few seconds.

Only when the day's marker moved does it re-read the rows already loaded (plus a page), and
it hands them to the model, which changes rows in place so the selection stays. A visit
changed on this station (``poll_now``) is asked about at once instead of at the next tick.

Every answer carries the generation it was asked in; ``follow`` and ``stop`` start a new one,
so a late answer for the day (or search) the nurse has left is dropped instead of overwriting
the rows, the marker or the busy flag of the one now shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.domain.visit import VisitStatus
from kiosk.services.results.queue import QueueMarker, QueueRow
from ui.nurse.context import NurseContext
from ui.nurse.queue_model import QueueTableModel

T = TypeVar("T")


class QueuePoller(QObject):
    day_rolled_over = Signal(object)  # the new clinic day (past midnight)
    failed = Signal(object)  # the exception, for the page to explain

    def __init__(
        self,
        context: NurseContext,
        model: QueueTableModel,
        interval_ms: int = 2000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = model
        self.day: date | None = None
        self.status: VisitStatus | None = None
        self._marker: QueueMarker | None = None
        self._busy = False
        self._again = False
        self._on_today = True
        self._generation = 0  # answers asked under an older generation are dropped
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll_now)

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    def follow(self, day: date, status: VisitStatus | None) -> None:
        """Show ``day``'s queue from its first page and keep it current."""
        self.day, self.status = day, status
        self._on_today = day == self.context.services.today()  # then it rolls over at midnight
        self._marker = None
        self._busy = False
        self._again = False
        self._generation += 1
        generation = self._generation
        services, actor = self.context.services, self.context.actor
        self.model.set_loader(
            lambda offset, limit: services.list_queue(day, status, offset, limit, actor=actor)
        )
        self.model.fetchMore()
        self.context.run(
            self,
            lambda: services.queue_changed_since(None, day, actor=actor),
            self._current(generation, self._first_marker),
            self._current(generation, self._fail),
        )
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._busy = False
        self._again = False
        self._marker = None
        self._generation += 1

    def _current(self, generation: int, then: Callable[[T], None]) -> Callable[[T], None]:
        """``then``, unless the answer was asked before the last ``follow`` or ``stop``."""

        def answer(value: T) -> None:
            if generation == self._generation:
                then(value)

        return answer

    def poll_now(self) -> None:
        if not self.active or self.day is None or self.context.staff is None:
            return
        if self._busy:
            self._again = True  # one more look once this one answers
            return
        today = self.context.services.today()
        if self._on_today and today != self.day:  # past midnight: today's queue is a new day
            self.follow(today, self.status)
            self.day_rolled_over.emit(today)
            return
        self._busy = True
        self._again = False
        services, marker, day = self.context.services, self._marker, self.day
        actor, generation = self.context.actor, self._generation
        self.context.run(
            self,
            lambda: services.queue_changed_since(marker, day, actor=actor),
            self._current(generation, self._on_answer),
            self._current(generation, self._fail),
        )

    def _first_marker(self, answer: tuple[bool, QueueMarker]) -> None:
        self._marker = answer[1]

    def _on_answer(self, answer: tuple[bool, QueueMarker]) -> None:
        changed, marker = answer
        if not changed or not self.active:
            self._done(marker)
            return
        services, day, status = self.context.services, self.day, self.status
        actor, limit = self.context.actor, self.model.refresh_limit()
        generation = self._generation
        assert day is not None

        def refreshed(rows: list[QueueRow]) -> None:
            self.model.update_rows(rows, asked=limit)
            self._done(marker)

        self.context.run(
            self,
            lambda: services.list_queue_first(day, status, limit, actor=actor),
            self._current(generation, refreshed),
            self._current(generation, self._fail),
        )

    def _done(self, marker: QueueMarker) -> None:
        self._marker = marker
        self._busy = False
        if self._again:
            self.poll_now()

    def _fail(self, exc: BaseException) -> None:
        self._busy = False
        self.failed.emit(exc)
