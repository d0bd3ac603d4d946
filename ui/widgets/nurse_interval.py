"""The leaflet's interval rule for one visit, in the nurse's words (visit, decide, procedure).

Each finding is an icon and words, never colour alone; the source line says where the rule
comes from. Hidden when there is nothing to say (a first visit, or well inside the interval).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from kiosk.domain.checklist import Outcome
from kiosk.services.results.reading import ReadInterval, VisitReading


def finding_title(item: ReadInterval) -> str:
    outcome = item.flag.outcome
    if outcome is Outcome.RESCHEDULE:
        return QCoreApplication.translate("NurseInterval", "Too soon: reschedule")
    if outcome is Outcome.NURSE_REVIEW:
        return QCoreApplication.translate("NurseInterval", "Interval: nurse review")
    if item.flag.code.value == "refresher":
        return QCoreApplication.translate("NurseInterval", "Yearly refresher")
    return QCoreApplication.translate("NurseInterval", "Advice")


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class IntervalPanel(QFrame):
    """Findings of the interval rule; ``show_reading`` fills it from a visit reading."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseIntervalPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Time since the last procedure"))
        self.rows = QVBoxLayout()
        self.source = _plain()
        self.source.setObjectName("nurseIntervalSource")
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        layout.addWidget(self.source)
        self.findings: list[tuple[str, str]] = []  # (title, reason) as shown
        self.hide()

    def clear(self) -> None:
        """Nothing shown (a sign-out leaves no patient data behind)."""
        self._clear_rows()
        self.findings = []
        self.source.clear()
        self.hide()

    def _clear_rows(self) -> None:
        while self.rows.count():
            taken = self.rows.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()

    def show_reading(self, reading: VisitReading) -> None:
        self._clear_rows()
        self.findings = [(finding_title(i), i.reason) for i in reading.interval]
        for item, (title, reason) in zip(reading.interval, self.findings, strict=True):
            self.rows.addWidget(self._row(item, title, reason))
        self.source.setText(self.tr("Source: {source}").format(source=reading.interval_source))
        self.setVisible(bool(self.findings))

    def _row(self, item: ReadInterval, title: str, reason: str) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        serious = item.flag.outcome is not None
        standard = (
            QStyle.StandardPixmap.SP_MessageBoxWarning
            if serious
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        icon.setPixmap(self.style().standardIcon(standard).pixmap(24, 24))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        heading = _plain(title)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        words.addWidget(heading)
        words.addWidget(_plain(reason))
        line.addWidget(icon)
        line.addLayout(words, 1)
        row.setAccessibleName(f"{title}. {reason}")
        return row


def show_interval(panel: IntervalPanel, bundle: object, detail: object) -> None:
    """Fill ``panel`` from the open visit's reading when it is this visit's, else clear it."""
    reading = getattr(bundle, "reading", None)
    opened = getattr(getattr(bundle, "detail", None), "visit_id", None)
    if reading is not None and opened == getattr(detail, "visit_id", None):
        panel.show_reading(reading)
    else:
        panel.clear()
