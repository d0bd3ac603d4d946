"""About your treatment: the clinic's education pages, one at a time, for people waiting."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.patient.screen import Screen
from ui.widgets.buttons import WrapButton
from ui.widgets.scrolling import kinetic


class AboutScreen(Screen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("about", parent)
        self.education = None
        self.page = 0
        self.page_title = QLabel()
        self.page_title.setObjectName("questionText")
        self.page_title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("readingText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        holder = QWidget()
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(0, 0, 16, 0)
        inner.addWidget(self.page_title)
        inner.addWidget(self.text)
        inner.addStretch(1)
        self.scroll_area = QScrollArea()
        kinetic(self.scroll_area)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(holder)
        self.scroll_area.setObjectName("readingArea")
        self.previous_page = WrapButton()
        self.next_page = WrapButton()
        self.position = QLabel()
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_page.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_page.clicked.connect(lambda: self.show_page(self.page + 1))
        row = QHBoxLayout()
        row.addWidget(self.previous_page)
        row.addWidget(self.position, 1)
        row.addWidget(self.next_page)
        self.body.addWidget(self.scroll_area, 1)
        self.body.addLayout(row)
        self.primary.clicked.connect(self.back_requested)
        self.retranslate()

    def set_education(self, education) -> None:
        self.education = education
        self.show_page(min(self.page, max(len(education.pages) - 1, 0)))

    def show_page(self, index: int) -> None:
        if self.education is None or not self.education.pages:
            return
        self.page = max(0, min(index, len(self.education.pages) - 1))
        page = self.education.pages[self.page]
        self.page_title.setText(page.title)
        self.text.setText("\n\n".join(page.paragraphs))
        self.text.setAccessibleName(page.title)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.describe_base()
        total = len(self.education.pages) if self.education else 0
        self.title.setText(
            self.education.title if self.education else self.tr("About your treatment")
        )
        self.position.setText(self.tr("Page {n} of {total}").format(n=self.page + 1, total=total))
        self.previous_page.setText(self.tr("‹ Previous page"))
        self.previous_page.describe(self.tr("Previous page"), self.tr("Shows the page before"))
        self.next_page.setText(self.tr("Next page ›"))
        self.next_page.describe(self.tr("Next page"), self.tr("Shows the next page"))
        self.previous_page.setEnabled(self.page > 0)
        self.next_page.setEnabled(self.page + 1 < total)
        self.primary.setText(self.tr("Done reading"))
        self.primary.describe(self.tr("Done reading"), self.tr("Goes back to the welcome screen"))
        self.scroll_area.setAccessibleName(self.tr("Reading"))
        self.scroll_area.setAccessibleDescription(self.tr("Scroll to read the whole page"))
