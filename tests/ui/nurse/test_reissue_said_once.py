"""A correction made since the documents were printed is said in one place: the re-issue bar
with its buttons. The history keeps the correction itself (its reason), not a second call to
print again."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.ui.nurse.test_reissue import corrected_elsewhere


def test_the_reissue_bar_is_the_one_place_that_asks_to_print_again(
    qtbot, printing_station, nurse, session_factory
) -> None:
    page = corrected_elsewhere(qtbot, printing_station, nurse, session_factory).visit_page

    assert "Forgot the eyes" in page.history_text.text()  # the correction stays in the history
    asking = [
        label
        for label in page.findChildren(QLabel)
        if label.isVisible() and any(w in label.text().lower() for w in ("print", "documents"))
    ]
    assert asking == [page.reissue_bar.note]
