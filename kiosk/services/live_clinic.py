"""The clinic's settings as stored now, for a station that runs for days.

Stations share one database, and an administrator may change the clinic's time zone or
languages on any of them; a station must not need a restart to follow. This module is light
to import (the storage is imported at the first read), so the patient welcome can hold one
before the database is open.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.config import Settings
from kiosk.services.errors import StorageUnavailable

if TYPE_CHECKING:
    from kiosk.services.transactions import SessionFactory


class LiveSettings:
    """:meth:`refresh` (on a worker: one short read) reads the clinic as stored now;
    :attr:`latest` (no I/O, for the GUI thread) is what was read last. A store out of reach
    keeps the last read. The configuration file still wins (``settings.overridden``)."""

    def __init__(self, settings: Settings, session_factory: Callable[[], SessionFactory]) -> None:
        self._base = settings  # the file's: a logo removed in the app goes here too
        self._latest = settings
        self._session_factory = session_factory  # asked for at each read: it may wait to open
        self._lock = threading.Lock()

    @property
    def latest(self) -> Settings:
        return self._latest

    def zone(self) -> str:
        """The clinic's time zone as last read."""
        return self._latest.clinic.timezone

    def remember(self, settings: Settings) -> None:
        """Settings read elsewhere (the store's opening) are the latest."""
        with self._lock:
            self._latest = settings

    def refresh(self) -> Settings:
        """The settings with the clinic as stored now."""
        from kiosk.services.clinic import current_settings

        try:
            fresh = current_settings(self._session_factory(), self._base)
        except StorageUnavailable:
            return self._latest
        with self._lock:
            self._latest = fresh
        return fresh


ZONE_MAX_AGE = 30.0  # seconds a station may keep an old time zone: the kiosk's refresh period


class LiveZone:
    """The clinic's time zone for a station that runs for days, at most ``max_age`` seconds
    old. :meth:`current` answers from memory (no I/O: the GUI thread may ask); :meth:`follow`,
    called on a worker, re-reads the store when the last read is older than ``max_age``, so a
    station polling every two seconds reads the clinic at most once per ``max_age``."""

    def __init__(
        self,
        live: LiveSettings,
        max_age: float = ZONE_MAX_AGE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._live = live
        self._max_age = max_age
        self._clock = clock
        self._read_at: float | None = None  # never read: the first follow reads
        self._lock = threading.Lock()

    def current(self) -> str:
        """The zone as last read (at first, the settings' the station started with)."""
        return self._live.zone()

    def follow(self) -> str:
        """The zone, re-read first if the last read is too old (a store out of reach keeps
        the last one)."""
        now = self._clock()
        with self._lock:  # one worker reads; the others answer from memory meanwhile
            if self._read_at is not None and now - self._read_at < self._max_age:
                return self.current()
            self._read_at = now
        self._live.refresh()
        return self.current()
