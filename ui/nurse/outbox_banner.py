"""A banner on the nurse station: check-ins that a station holds but that have not arrived.

A kiosk that cannot reach the clinic database keeps signed check-ins in its outbox
(kiosk.services.outbox) and reports what it holds whenever it can; a station that has not
reported for a while may hold some it cannot announce. The banner lists both, with times in
the clinic's zone, and hides itself when every check-in has arrived. Self-contained: the
station adds it with :func:`attach_outbox_banner`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QVBoxLayout, QWidget

from kiosk.services.outbox import StationHolding
from ui.nurse.formatting import format_datetime, format_time
from ui.tasks import run_task

REFRESH_MS = 30_000


class OutboxBanner(QFrame):
    loaded = Signal(object)  # the list of StationHolding shown (empty: hidden)

    def __init__(
        self,
        query: Callable[[], Sequence[StationHolding]],
        zone: str,
        parent: QWidget | None = None,
        refresh_ms: int = REFRESH_MS,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outboxBanner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(
            "#outboxBanner { background: #fff4ce; border: 1px solid #c19c00; }"
            " #outboxBanner QLabel { color: #3b2f00; font-size: 15pt; }"
        )
        self._query = query
        self._zone = ZoneInfo(zone)
        self._now = now
        self._holdings: list[StationHolding] = []
        self._loading = False
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # station names are typed by IT
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.label)
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)
        self.hide()

    def start(self) -> None:
        self.timer.start()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        run_task(lambda: list(self._query()), self.on_query_done, self.on_query_failed, owner=self)

    def on_query_done(self, holdings: list[StationHolding]) -> None:
        self._loading = False
        self._holdings = holdings
        self.retranslate()
        self.loaded.emit(holdings)

    def on_query_failed(self, _exc: BaseException) -> None:
        self._loading = False  # the nurse station already says when the database is away

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        lines = [self._line(h) for h in self._holdings]
        if not lines:
            self.hide()
            return
        title = self.tr("Check-ins not yet arrived at this database:")
        self.label.setText("\n".join([title, *lines]))
        self.setAccessibleName(title)
        self.show()

    def _line(self, h: StationHolding) -> str:
        if h.held == 1:
            text = self.tr("• %1 holds 1 check-in that has not arrived, since %2.")
            return text.replace("%1", h.station).replace(
                "%2", self._when(h.oldest_at or h.reported_at)
            )
        if h.held:
            text = self.tr("• %1 holds %3 check-ins that have not arrived, the oldest since %2.")
            return (
                text.replace("%2", self._when(h.oldest_at or h.reported_at))
                .replace("%3", str(h.held))
                .replace("%1", h.station)  # last: a station's name is never read as a marker
            )
        text = self.tr(
            "• %1 has not been heard from since %2; check-ins made there may not have arrived."
        )
        return text.replace("%2", self._when(h.reported_at)).replace("%1", h.station)

    def _when(self, at: datetime) -> str:
        """The clock time today, else the date and time, in the reader's style."""
        zone = self._zone.key
        if at.astimezone(self._zone).date() == self._now().astimezone(self._zone).date():
            return format_time(at, zone)
        return format_datetime(at, zone)


def holdings_query(session_factory: Any, now: Callable[[], datetime] = lambda: datetime.now(UTC)):
    """The service query, bound: stations holding check-ins or silent, as the banner wants."""
    from kiosk.services.outbox import stations_holding

    return lambda: stations_holding(session_factory, now())


def attach_outbox_banner(station: QWidget, session_factory: Any, zone: str) -> OutboxBanner:
    """Put the banner at the top of ``station`` and start it (one line in the station)."""
    banner = OutboxBanner(holdings_query(session_factory), zone, parent=station)
    layout = station.layout()
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(0, banner)
    elif layout is not None:
        layout.addWidget(banner)
    banner.start()
    return banner
