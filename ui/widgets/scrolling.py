"""Kinetic swipe scrolling for every scrolling area a patient sees.

``QScroller`` turns a press-drag-release on the viewport (a finger reported as a mouse, or a
touch) into a flick with momentum; the scroll bar moves as usual, so anything that watches the
bar (the consent's "read to the end") sees a swipe like any other scroll.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties


def kinetic(area: QAbstractScrollArea) -> QAbstractScrollArea:
    """Let ``area`` scroll by swiping with a finger (touch) or a pressed mouse; returns it."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.TouchGesture)
    scroller = QScroller.scroller(viewport)
    props = scroller.scrollerProperties()
    # No rubber band past the ends: the text should not bounce away from a slow reader.
    never = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, never)
    props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, never)
    # A tap goes to the button under the finger at once (Qt would hold it back 0.25 s).
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    scroller.setScrollerProperties(props)
    return area
