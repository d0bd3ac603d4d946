"""Date entry (digit pad, month by name) and the signature pad (mouse and touch, PNG)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.domain.consent import validate_signature
from ui.widgets.date_entry import DateEntry
from ui.widgets.signature import SignaturePad


def test_digit_pad_types_into_the_field_last_tapped(qtbot):
    entry = DateEntry()
    qtbot.addWidget(entry)
    entry.show()
    for digit in "14":
        qtbot.mouseClick(entry.pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(entry.year, Qt.MouseButton.LeftButton)
    for digit in "1989":
        qtbot.mouseClick(entry.pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(entry.pad.delete_key, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(entry.pad.keys["7"], Qt.MouseButton.LeftButton)
    assert entry.value() == (14, None, 1987)
    entry.day.setText("")
    qtbot.keyClicks(entry.day, "3x")  # a hardware keyboard works; letters are refused
    assert entry.day.text() == "3"


def test_month_is_named_in_the_patients_language(qtbot):
    entry = DateEntry()
    qtbot.addWidget(entry)
    assert entry.month.label.text() == "Month"
    qtbot.mouseClick(entry.month.previous, Qt.MouseButton.LeftButton)
    assert entry.month.month == 12 and entry.month.label.text() == "December"
    qtbot.mouseClick(entry.month.next, Qt.MouseButton.LeftButton)
    assert entry.month.month == 1
    entry.set_language("es")
    assert entry.month.label.text() == "enero"
    qtbot.keyClick(entry.month.label, Qt.Key.Key_Up)
    assert entry.month.label.text() == "febrero"
    entry.clear()
    assert entry.value() == (None, None, None)


def draw(qtbot, pad):
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, 100))
    for i in range(1, 20):
        qtbot.mouseMove(pad, QPoint(20 + i * 15, 100 - (i % 4) * 15))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(320, 60))


def test_signature_strokes_are_vectors_and_render_to_png(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 220)
    pad.show()
    with qtbot.waitSignal(pad.changed):
        draw(qtbot, pad)
    strokes = pad.strokes()
    assert len(strokes) == 1 and len(strokes[0]) >= 19
    assert all(isinstance(x, float) and isinstance(y, float) for x, y in strokes[0])
    validate_signature(strokes)
    png = pad.to_png()
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (500, 220)
    inked = image.pixelColor(20, 100)
    assert inked.lightness() < 128  # the stroke's first point is drawn in dark ink
    assert image.pixelColor(480, 200).lightness() > 240  # the rest stays white
    pad.clear()
    assert pad.strokes() == ()


def test_touch_draws_like_a_finger(qtbot):
    from PySide6.QtGui import QPointingDevice
    from PySide6.QtTest import QTest

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 220)
    pad.show()
    qtbot.waitExposed(pad)
    device = QTest.createTouchDevice(QPointingDevice.DeviceType.TouchScreen)
    seq = QTest.touchEvent(pad, device)
    seq.press(0, QPoint(30, 120), pad).commit()
    for i in range(1, 10):
        QTest.touchEvent(pad, device).move(0, QPoint(30 + i * 20, 120 - i * 5), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(240, 60), pad).commit()
    QApplication.processEvents()
    strokes = pad.strokes()
    assert len(strokes) == 1 and len(strokes[0]) >= 10
    assert strokes[0][0] == (30.0, 120.0)
    assert QPointF(*strokes[0][-1]) == QPointF(240.0, 60.0)
