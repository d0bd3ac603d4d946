"""AfterFirstPaint: start-up work waits for the first frame, runs once, and never hangs."""

from PySide6.QtWidgets import QLabel, QWidget

from ui.first_paint import AfterFirstPaint, with_descendants


def test_runs_once_after_the_widget_painted(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    label = QLabel("Getting ready", page)
    painted: list[str] = []
    calls: list[int] = []
    label.paintEvent = lambda event: (painted.append("label"), QLabel.paintEvent(label, event))
    watcher = AfterFirstPaint(with_descendants(page), lambda: calls.append(len(painted)))
    assert calls == []
    page.show()
    qtbot.waitUntil(lambda: calls != [])
    assert calls[0] >= 1  # the label had painted before the callback ran
    label.update()
    qtbot.waitUntil(lambda: len(painted) >= 2)
    qtbot.wait(0)
    assert calls == [calls[0]] and watcher.done


def test_falls_back_when_nothing_is_ever_painted(qtbot) -> None:
    hidden = QWidget()
    qtbot.addWidget(hidden)
    calls: list[int] = []
    AfterFirstPaint([hidden], lambda: calls.append(1), fallback_ms=10, parent=hidden)
    qtbot.waitUntil(lambda: calls == [1])
    assert not hidden.isVisible()


def test_with_descendants_lists_the_page_and_its_children(qtbot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    child = QLabel(page)
    grandchild = QLabel(child)
    assert with_descendants(page)[0] is page
    assert {child, grandchild} <= set(with_descendants(page))
