"""A finger signature pad: strokes kept as vectors, drawn to PNG on request.

Handles touch (a tablet) and mouse (a stylus that reports as a mouse, and tests). Touch events
are accepted, so Qt does not also synthesise mouse events for the same finger.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.domain.consent import Point, Stroke

INK = QColor("#1b2a3a")


def strokes_path(strokes: tuple[Stroke, ...]) -> QPainterPath:
    path = QPainterPath()
    for stroke in strokes:
        if not stroke:
            continue
        path.moveTo(QPointF(*stroke[0]))
        if len(stroke) == 1:
            path.lineTo(QPointF(stroke[0][0] + 0.1, stroke[0][1]))
        for point in stroke[1:]:
            path.lineTo(QPointF(*point))
    return path


def render_png(strokes: tuple[Stroke, ...], size: QSize) -> bytes:
    """The strokes in dark ink on white, the size of the pad they were drawn on."""
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(_pen())
    painter.drawPath(strokes_path(strokes))
    painter.end()
    return _png(image)


def render_typed_png(name: str, size: QSize) -> bytes:
    """The typed name adopted as a signature, drawn by the kiosk in dark ink on white: what a
    record shows where a drawn signature would be (its ``method`` says "typed")."""
    size = size.expandedTo(QSize(400, 200))
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    font = QFont(painter.font())
    font.setItalic(True)
    font.setPixelSize(max(24, size.height() // 4))
    metrics = QFontMetrics(font)
    room = size.width() - 48
    while metrics.horizontalAdvance(name) > room and font.pixelSize() > 12:
        font.setPixelSize(font.pixelSize() - 2)  # a long name is made smaller, never cut
        metrics = QFontMetrics(font)
    painter.setFont(font)
    painter.setPen(INK)
    painter.drawText(
        QRectF(24, 0, room, size.height()),
        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        name,
    )
    painter.end()
    return _png(image)


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs lack QIODevice
    buffer.close()
    return bytes(data.data())


def _pen() -> QPen:
    pen = QPen(INK, 3.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setMinimumSize(400, 200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._strokes: list[list[Point]] = []
        self._drawing = False
        self.hint = ""

    # -- the vectors ------------------------------------------------------------------------

    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(tuple(stroke) for stroke in self._strokes)

    def is_empty(self) -> bool:
        return not self._strokes

    def set_strokes(self, strokes: tuple[Stroke, ...]) -> None:
        """Show these strokes (the draft's); ``changed`` is for the patient's own drawing."""
        self._strokes = [list(stroke) for stroke in strokes]
        self._drawing = False
        self.update()

    def clear(self) -> None:
        self._strokes = []
        self._drawing = False
        self.update()
        self.changed.emit()

    def to_png(self) -> bytes:
        return render_png(self.strokes(), self.size())

    def begin_stroke(self, point: QPointF) -> None:
        self._strokes.append([(round(point.x(), 1), round(point.y(), 1))])
        self._drawing = True
        self.update()

    def extend_stroke(self, point: QPointF) -> None:
        if self._drawing and self._strokes:
            self._strokes[-1].append((round(point.x(), 1), round(point.y(), 1)))
            self.update()

    def end_stroke(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    # -- input ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Delete or Backspace on the focused pad clears it (as the Clear button does)."""
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._strokes:
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.begin_stroke(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.extend_stroke(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.end_stroke()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd):
            points = event.points()  # type: ignore[attr-defined]
            if points:
                where = points[0].position()
                if kind == QEvent.Type.TouchBegin:
                    self.begin_stroke(where)
                elif kind == QEvent.Type.TouchUpdate:
                    self.extend_stroke(where)
                else:
                    self.extend_stroke(where)
                    self.end_stroke()
            event.accept()
            return True
        if kind == QEvent.Type.TouchCancel:
            self.end_stroke()
            event.accept()
            return True
        return super().event(event)

    # -- drawing ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#9aa9b8"), 2))
        painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 10, 10)
        baseline = int(self.height() * 0.75)
        painter.setPen(QPen(QColor("#9aa9b8"), 2, Qt.PenStyle.DashLine))
        painter.drawLine(24, baseline, self.width() - 24, baseline)
        if not self._strokes and self.hint:
            painter.setPen(QColor("#6b7c8d"))
            painter.drawText(
                self.rect().adjusted(24, 0, -24, -(self.height() - baseline) - 8),
                Qt.AlignmentFlag.AlignCenter,
                self.hint,
            )
        painter.setPen(_pen())
        painter.drawPath(strokes_path(self.strokes()))
        painter.end()
