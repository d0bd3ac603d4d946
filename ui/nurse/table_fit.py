"""Sizing table columns to their words: the queue and the print-jobs page fit every cell and
column title whole from the first paint, wrapping at spaces as Qt's word wrap does."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView


def title_font(table: QTableView) -> QFont:
    """The column titles' font: the nurse sheet sets them in bold."""
    font = table.horizontalHeader().font()
    font.setBold(True)
    return font


def wrapped_width(text: str, metrics: QFontMetrics, lines: int) -> int:
    """The narrowest width that shows ``text`` whole on at most ``lines`` lines, broken at
    spaces as Qt's word wrap breaks it (greedily, never inside a word)."""
    words = text.split(" ")
    whole = metrics.horizontalAdvance(text)
    if lines < 2 or len(words) < 2:
        return whole
    widest_word = max(metrics.horizontalAdvance(word) for word in words)
    runs = {
        metrics.horizontalAdvance(" ".join(words[start:end]))
        for start in range(len(words))
        for end in range(start + 1, len(words) + 1)
    }
    for width in sorted(w for w in runs if w >= widest_word):
        if _line_count(words, metrics, width) <= lines:
            return width
    return whole


def _line_count(words: list[str], metrics: QFontMetrics, width: int) -> int:
    """How many lines greedy word wrap takes for ``words`` in ``width``."""
    count, line = 1, ""
    for word in words:
        trial = f"{line} {word}" if line else word
        if not line or metrics.horizontalAdvance(trial) <= width:
            line = trial
        else:
            count, line = count + 1, word
    return count
