"""Administration > Printer: choose from the printers the system offers, see how each is doing
in plain words, choose the paper, and print a test page.

The printers come from CUPS (or Qt's printer list on the Qt backend) through the page's own
service binding; a printer's trouble (paused, out of paper, jammed, offline) reads as what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.staff import SignedIn
from kiosk.printing.backends import JobState, JobStatus
from kiosk.printing.problems import explain
from kiosk.services.clinic_admin import ClinicAdmin, ClinicForm, PrinterChoice
from ui.nurse.clinic_form import nurse_language
from ui.nurse.common import TOUCH_HEIGHT, MessageLine, button, title_label
from ui.nurse.errors import friendly_message
from ui.tasks import run_task

ActorId = Callable[[], "SignedIn | None"]  # the signed-in staff member (None: first run)
DEFAULT = ""  # the list item standing for "the computer's default printer"


def printer_state_text(choice: PrinterChoice) -> str:
    """The printer's state in plain words; nothing when the backend cannot tell (Qt)."""
    if choice.status.problem:
        return explain(choice.status.problem, nurse_language(), choice.name)
    if choice.status.state == "unknown":
        return ""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("PrinterPage", "Ready.")


class PrinterPage(QWidget):
    saved = Signal(object)  # ClinicDetails

    def __init__(
        self, services: ClinicAdmin, actor: ActorId, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.choices: list[PrinterChoice] = []
        self.chosen: str | None = None
        self.setObjectName("nursePrinterPage")
        self.setAccessibleName(self.tr("Printer"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Printers on this computer"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.currentItemChanged.connect(self.on_list_current_item_changed)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setAccessibleName(self.tr("Printer state"))
        self.paper = QComboBox()
        self.paper.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.paper.setMinimumHeight(TOUCH_HEIGHT)
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.pinned = QLabel()
        self.pinned.setWordWrap(True)
        self.pinned.hide()
        self.message = MessageLine()
        self.refresh_button = button(
            self.tr("Look again"), self.tr("Look for printers again"), self.load
        )
        self.test_button = button(
            self.tr("Print a test page"), self.tr("Print a test page"), self.on_test_button_clicked
        )
        self.save_button = button(
            self.tr("Use this printer"),
            self.tr("Use the chosen printer and paper for documents"),
            self.on_save_button_clicked,
            primary=True,
        )
        form = QFormLayout()
        form.addRow(self.tr("Paper"), self.paper)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.addWidget(title_label(self.tr("Printer")))
        intro = QLabel(
            self.tr(
                "Choose where aftercare sheets and consent records print. Print a test page to"
                " check that the paper size is right and nothing is cut off."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.state)
        layout.addLayout(form)
        layout.addWidget(self.pinned)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        self.message.show_message(self.tr("Looking for printers…"), "info")
        self._busy(True)
        run_task(
            lambda: (self.services.form(), self.services.printers()),
            self.on_loaded,
            self.on_failed,
        )

    def on_loaded(self, result: tuple[ClinicForm, list[PrinterChoice]]) -> None:
        form, choices = result
        self.choices = choices
        self.chosen = form.details.printer
        self.list.clear()
        default_item = QListWidgetItem(self.tr("The computer's default printer"))
        default_item.setData(Qt.ItemDataRole.UserRole, DEFAULT)
        default_item.setSizeHint(default_item.sizeHint().expandedTo(_row_size()))
        self.list.addItem(default_item)
        for choice in choices:
            label = choice.name + (self.tr(" (default)") if choice.default else "")
            state = printer_state_text(choice)
            label += f"\n{state}" if state else ""
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, choice.name)
            item.setSizeHint(item.sizeHint().expandedTo(_row_size()))
            self.list.addItem(item)
        wanted = self.chosen or DEFAULT
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == wanted:
                self.list.setCurrentRow(row)
                break
        else:
            self.list.setCurrentRow(0)
        self.paper.setCurrentIndex(max(self.paper.findData(form.details.paper), 0))
        pinned = {"printer", "paper"} & form.pinned
        self.list.setEnabled("printer" not in pinned)
        self.paper.setEnabled("paper" not in pinned)
        if pinned:
            self.pinned.setText(
                self.tr("IT set the printer or paper in the configuration file; it applies here.")
            )
            self.pinned.show()
        self._busy(False)
        if not choices:
            self.message.show_message(
                self.tr(
                    "No printer was found on this computer. Switch the printer on and connect it,"
                    " or ask IT to add it; then press Look again."
                ),
                "error",
            )
        else:
            self.message.clear_message()

    def selected_printer(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item else DEFAULT
        return value or None

    def on_list_current_item_changed(self, current: Any, previous: Any) -> None:
        name = self.selected_printer()
        found = next((c for c in self.choices if c.name == name), None)
        if found is None and name is None:
            default = next((c for c in self.choices if c.default), None)
            self.state.setText(
                printer_state_text(default) if default else explain("no_printer", nurse_language())
            )
        elif found is not None:
            self.state.setText(printer_state_text(found))

    # -- actions ---------------------------------------------------------------------------

    def on_save_button_clicked(self) -> None:
        printer, paper = self.selected_printer(), self.paper.currentData()
        actor = self.actor()
        self._busy(True)
        run_task(
            lambda: self.services.save_printer(printer, paper, actor=actor),
            self.on_saved,
            self.on_failed,
        )

    def on_saved(self, details: Any) -> None:
        self._busy(False)
        self.message.show_message(self.tr("Documents will print there from now on."), "ok")
        self.saved.emit(details)

    def on_test_button_clicked(self) -> None:
        from kiosk.documents.test_page import TestPageData, render_test_page

        printer, paper = self.selected_printer(), self.paper.currentData()
        actor, language = self.actor(), nurse_language()
        self._busy(True)
        self.message.show_message(self.tr("Printing a test page…"), "info")

        def send() -> JobStatus:
            clinic = self.services.current().clinic.name
            pdf = render_test_page(
                TestPageData(clinic, printer or self.tr("default printer"), paper, language)
            )
            return self.services.print_test_page(printer, paper, pdf, actor=actor)

        run_task(send, self.on_test_done, self.on_failed)

    def on_test_done(self, status: JobStatus) -> None:
        self._busy(False)
        if status.state is JobState.COMPLETED:
            self.message.show_message(
                self.tr(
                    "The test page has printed. Check it: all four sides of the frame visible?"
                ),
                "ok",
            )
            return
        code = status.code or "job_failed"
        self.message.show_message(explain(code, nurse_language(), self.selected_printer()), "error")

    def on_failed(self, exc: BaseException) -> None:
        from kiosk.services.clinic import ClinicSettingsInvalid
        from ui.nurse.clinic_form import problem_text

        self._busy(False)
        if isinstance(exc, ClinicSettingsInvalid):  # the clinic itself was never set up
            words = [problem_text(p.field, p.code) for p in exc.problems]
            self.message.show_message(" ".join(dict.fromkeys(words)), "error")
            return
        self.message.show_message(friendly_message(exc), "error")

    def _busy(self, busy: bool) -> None:
        for widget in (self.refresh_button, self.test_button, self.save_button):
            widget.setEnabled(not busy)


def _row_size() -> QSize:
    return QSize(0, TOUCH_HEIGHT + 8)
