"""Words and colours for statuses, outcomes and areas, translated through Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from kiosk.domain.aftercare import Area
from kiosk.domain.checklist import Outcome
from kiosk.domain.visit import VisitStatus


def status_text(status: VisitStatus | str) -> str:
    words = {
        VisitStatus.SUBMITTED: QCoreApplication.translate("NurseLabels", "Waiting for review"),
        VisitStatus.CLEARED: QCoreApplication.translate("NurseLabels", "Cleared"),
        VisitStatus.DEFERRED: QCoreApplication.translate("NurseLabels", "Deferred"),
        VisitStatus.COMPLETED: QCoreApplication.translate("NurseLabels", "Completed"),
        VisitStatus.CANCELLED: QCoreApplication.translate("NurseLabels", "Cancelled"),
    }
    try:
        return words[VisitStatus(status)]
    except ValueError:
        return str(status)


def outcome_text(outcome: Outcome | None) -> str:
    if outcome is None:
        return QCoreApplication.translate("NurseLabels", "No flags")
    return {
        Outcome.PREPARE_ON_ARRIVAL: QCoreApplication.translate("NurseLabels", "Prepare on arrival"),
        Outcome.NURSE_REVIEW: QCoreApplication.translate("NurseLabels", "Nurse review"),
        Outcome.RESCHEDULE: QCoreApplication.translate("NurseLabels", "Reschedule"),
    }[Outcome(outcome)]


def flags_text(count: int, outcome: Outcome | None) -> str:
    """Always words, never colour alone: "2 flags · Reschedule" or "No flags"."""
    if not count:
        return QCoreApplication.translate("NurseLabels", "No flags")
    counted = (
        QCoreApplication.translate("NurseLabels", "1 flag")
        if count == 1
        else QCoreApplication.translate("NurseLabels", "{n} flags").format(n=count)
    )
    return f"{counted} · {outcome_text(outcome)}"


def area_text(area: Area) -> str:
    return {
        Area.FACE: QCoreApplication.translate("NurseLabels", "Face"),
        Area.NECK: QCoreApplication.translate("NurseLabels", "Neck"),
        Area.HANDS: QCoreApplication.translate("NurseLabels", "Hands"),
        Area.EYES: QCoreApplication.translate("NurseLabels", "Around the eyes"),
    }[area]


# Calm colours with enough contrast on white; always paired with text and an icon shape.
_OUTCOME_COLOURS = {
    None: QColor("#2e7d32"),
    Outcome.PREPARE_ON_ARRIVAL: QColor("#1565c0"),
    Outcome.NURSE_REVIEW: QColor("#b26a00"),
    Outcome.RESCHEDULE: QColor("#c62828"),
}
_OUTCOME_TINTS = {
    None: QColor("#ffffff"),
    Outcome.PREPARE_ON_ARRIVAL: QColor("#e8f1fb"),
    Outcome.NURSE_REVIEW: QColor("#fff4e0"),
    Outcome.RESCHEDULE: QColor("#fdecea"),
}


def outcome_colour(outcome: Outcome | None) -> QColor:
    return QColor(_OUTCOME_COLOURS[None if outcome is None else Outcome(outcome)])


def outcome_tint(outcome: Outcome | None) -> QColor:
    return QColor(_OUTCOME_TINTS[None if outcome is None else Outcome(outcome)])


_icon_cache: dict[Outcome | None, QIcon] = {}


def outcome_icon(outcome: Outcome | None) -> QIcon:
    """A distinct shape per outcome (check, circle, diamond, triangle), not just a colour."""
    key = None if outcome is None else Outcome(outcome)
    if key in _icon_cache:
        return _icon_cache[key]
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = outcome_colour(key)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if key is None:
        pen = QPen(colour, 4)
        painter.setPen(pen)
        painter.drawPolyline(QPolygonF([QPointF(6, 17), QPointF(13, 24), QPointF(26, 9)]))
    elif key is Outcome.PREPARE_ON_ARRIVAL:
        painter.drawEllipse(6, 6, 20, 20)
    elif key is Outcome.NURSE_REVIEW:
        painter.drawPolygon(
            QPolygonF([QPointF(16, 3), QPointF(29, 16), QPointF(16, 29), QPointF(3, 16)])
        )
    else:
        painter.drawPolygon(QPolygonF([QPointF(16, 3), QPointF(30, 28), QPointF(2, 28)]))
        painter.setPen(QPen(QColor("white"), 3))
        painter.drawLine(QPointF(16, 11), QPointF(16, 19))
        painter.drawPoint(QPointF(16, 24))
    painter.end()
    icon = QIcon(pixmap)
    _icon_cache[key] = icon
    return icon
