"""Idle handling shared by the patient kiosk and the nurse station.

An application-wide event filter sees every touch, click and key press and restarts a timer.
After ``timeout`` seconds without input the watcher warns (``warning`` with the seconds left,
then ``tick`` each second); after ``warning`` more seconds it emits ``expired``. Any input while
warning resumes (``resumed``). The patient side asks "Do you need more time?" and then wipes;
the nurse side signs out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ui.widgets.announce import announce
from ui.widgets.buttons import BigButton

ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    warning = Signal(int)  # seconds left before expiry
    tick = Signal(int)  # seconds left, once a second while warning
    resumed = Signal()  # input arrived while warning
    expired = Signal()

    def __init__(
        self, timeout: float = 90.0, warning: float = 30.0, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._timeout_ms = int(timeout * 1000)
        self._warning_ms = int(warning * 1000)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000 if warning >= 1 else max(int(warning * 1000), 1))
        self._countdown.timeout.connect(self._on_tick)
        self._remaining = 0
        self._active = False
        self._installed_on: QCoreApplication | None = None

    def set_timeouts(self, timeout: float, warning: float) -> None:
        """Change both spans (from settings, or short ones in tests); used from the next reset."""
        self._timeout_ms = int(timeout * 1000)
        self._warning_ms = int(warning * 1000)
        self._countdown.setInterval(1000 if warning >= 1 else max(int(warning * 1000), 1))

    @property
    def active(self) -> bool:
        return self._active

    @property
    def warning_shown(self) -> bool:
        return self._countdown.isActive()

    def install(self, app: QCoreApplication | None = None) -> None:
        """Watch every event of the application (once)."""
        app = app or QCoreApplication.instance()
        if app is not None and self._installed_on is None:
            app.installEventFilter(self)
            self._installed_on = app

    def uninstall(self) -> None:
        if self._installed_on is not None:
            self._installed_on.removeEventFilter(self)
            self._installed_on = None

    def start(self) -> None:
        """Begin watching (e.g. a patient started); idempotent."""
        self._active = True
        self.reset()

    def stop(self) -> None:
        self._active = False
        self._idle.stop()
        self._countdown.stop()

    def reset(self) -> None:
        if not self._active:
            return
        was_warning = self._countdown.isActive()
        self._countdown.stop()
        self._idle.start(self._timeout_ms)
        if was_warning:
            self.resumed.emit()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            self._active
            and kind in ACTIVITY_EVENTS
            and (kind != QEvent.Type.MouseMove or _pressed(event))
        ):
            self.reset()
        return False

    def _on_idle(self) -> None:
        if self._warning_ms <= 0:
            self._expire()
            return
        self._remaining = max(1, round(self._warning_ms / 1000))
        self._ticks_left = max(1, round(self._warning_ms / self._countdown.interval()))
        self._countdown.start()
        self.warning.emit(self._remaining)

    def _on_tick(self) -> None:
        self._ticks_left -= 1
        self._remaining = max(0, self._remaining - 1)
        if self._ticks_left <= 0:
            self._expire()
        else:
            self.tick.emit(self._remaining)

    def _expire(self) -> None:
        self._countdown.stop()
        self._active = False
        self.expired.emit()


def _pressed(event: QEvent) -> bool:
    buttons = getattr(event, "buttons", None)
    return bool(buttons and buttons() != Qt.MouseButton.NoButton)


CARD_WIDTH = 720


class IdlePrompt(QFrame):
    """ "Do you need more time?" laid over the screen, with a countdown and one big answer."""

    more_time = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("idleOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card = QFrame(self)
        card.setObjectName("idleCard")
        self.card = card
        self.title = QLabel()
        self.title.setObjectName("screenTitle")
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = QLabel()
        self.countdown.setWordWrap(True)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = BigButton(role="primary")
        self.button.clicked.connect(self.more_time)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(24)
        inner.addWidget(self.title)
        inner.addWidget(self.countdown)
        inner.addWidget(self.button)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        card.setMaximumWidth(CARD_WIDTH)
        self._seconds = 0
        self.retranslate()
        self.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A fixed width for the card: a centred box is given its width hint, and wrapped
        words need the width settled before their height is (else the countdown is cut)."""
        super().resizeEvent(event)
        self.fit_card()

    def fit_card(self) -> None:
        width = max(320, min(CARD_WIDTH, self.width() - 64))
        self.card.setFixedWidth(width)
        layout = self.card.layout()
        if layout is not None:
            self.card.setFixedHeight(layout.totalHeightForWidth(width))

    def show_countdown(self, seconds: int) -> None:
        self.set_seconds(seconds)
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()
        self.show()
        self.button.setFocus()
        # Said at once (a screen reader, the kiosk's own voice): one press of Enter extends.
        announce(self.button, f"{self.title.text()} {self.countdown.text()}", alert=True)

    def set_seconds(self, seconds: int) -> None:
        self._seconds = seconds
        self.retranslate()
        self.fit_card()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Do you need more time?"))
        self.countdown.setText(
            self.tr(
                "To keep your answers private, this screen will start again in {n} seconds."
            ).format(n=self._seconds)
        )
        self.button.setText(self.tr("Yes, I need more time"))
        self.button.describe(
            self.tr("Yes, I need more time"), self.tr("Keeps your answers and goes back to them")
        )
        self.setAccessibleName(self.tr("Do you need more time?"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
