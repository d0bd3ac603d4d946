"""Staff names in a narrow place: literal, cut with an ellipsis, whole in tooltip and name."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.widgets.nurse_elided_label import ElidedLabel

LONG = "Signed in as Ben & <b>Jerry</b> Wiśniewska-Núñez de la Fuente y Castellanos (Nurse)"


def test_a_long_name_is_elided_with_the_whole_name_kept(qtbot):
    label = ElidedLabel(LONG)
    qtbot.addWidget(label)
    label.resize(200, 40)
    label.show()
    qtbot.waitExposed(label)
    assert label.textFormat() == Qt.TextFormat.PlainText  # <b> shows as typed
    assert label.text().endswith("…") and label.text()[:-1] in LONG
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.toolTip() == label.accessibleName() == LONG
    label.resize(2000, 40)
    qtbot.waitUntil(lambda: label.text() == LONG)
