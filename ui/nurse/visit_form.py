"""What the decide and procedure pages share: a form that acts on the open visit.

A title naming the patient, the interval rule's findings under it, the page's own form in a
centred scroll column, a message line and Back. When the service refuses because the visit
changed elsewhere, the page says so through ``conflict`` and the station reloads the visit.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.services.errors import ConflictError
from kiosk.services.results.reading import VisitReading
from kiosk.services.results.visit import VisitDetail
from ui.nurse.common import MessageLine, button, isolate, lay_out_form_page, title_label
from ui.nurse.context import NurseContext
from ui.widgets.nurse_interval import IntervalPanel, show_interval


class VisitFormPage(QWidget):
    conflict = Signal(int, str)  # visit id, words: the visit changed elsewhere; reload it
    back_requested = Signal()

    def __init__(
        self, context: NurseContext, name: str, accessible: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.context = context
        self.detail: VisitDetail | None = None
        context.signed_out.connect(self.forget)
        self.title = title_label("")
        self.interval_panel = IntervalPanel()  # too soon after the last procedure, and such
        self.message = MessageLine()
        self.back_button = button(
            self.tr("Back to visit"), self.tr("Back to the visit"), self.back_requested.emit
        )
        self.body = QWidget()
        self.body.setMinimumWidth(560)
        self.body.setMaximumWidth(820)
        self.column = QVBoxLayout(self.body)
        self.column.addWidget(self.title)
        self.column.addWidget(self.interval_panel)

    def lay_out(self) -> None:
        """Once the form is in ``column``: centre it and put the message and Back below."""
        self.form_scroll = lay_out_form_page(self, self.body, self.message, self.back_button)

    def show_patient(self, detail: VisitDetail, title: str) -> None:
        """This visit now: ``title`` holds ``{name}`` for the patient's name."""
        self.detail = detail
        patient = detail.patient
        self.title.setText(title.format(name=isolate(f"{patient.first_name} {patient.last_name}")))
        self.title.setAccessibleName(self.title.text())
        show_interval(self.interval_panel, self.context.visit, detail)

    def reading(self) -> VisitReading | None:
        """The open visit in the nurse's language (None: not this visit's, or no content)."""
        bundle = self.context.visit
        if bundle is None or self.detail is None or bundle.detail.visit_id != self.detail.visit_id:
            return None
        return bundle.reading

    def forget(self) -> None:
        """Signed out: nothing of the patient stays on the page."""
        self.detail = None
        self.title.clear()
        self.message.clear_message()

    def sent_back_on_conflict(self, exc: BaseException) -> bool:
        """The visit changed elsewhere: ask for it to be read again (True), else False."""
        if isinstance(exc, ConflictError) and self.detail is not None:
            self.conflict.emit(self.detail.visit_id, self.context.words(exc))
            return True
        return False
