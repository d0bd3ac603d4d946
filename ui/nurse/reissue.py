"""After a correction, the corrected documents one tap away.

A corrected procedure makes the aftercare sheet stale; a corrected name makes the sheet and
the signed consent record stale, a corrected date of birth the consent record (the sheet
does not print it). The bar offers those this visit has (a sheet once its procedure is
recorded, a consent record once signed), plus any that a correction elsewhere marked to be
made again; a tap opens the usual preview, where the nurse prints.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from kiosk.domain.visit import VisitStatus
from kiosk.services.documents import AFTERCARE, CONSENT_RECORD
from kiosk.services.results.visit import PatientSummary, VisitDetail
from ui.nurse.common import MessageLine, button


def stale_after_identity_change(before: PatientSummary, after: PatientSummary) -> set[str]:
    """The document kinds that printed what an identity change altered."""
    if (before.first_name, before.last_name) != (after.first_name, after.last_name):
        return {AFTERCARE, CONSENT_RECORD}
    if before.date_of_birth != after.date_of_birth:
        return {CONSENT_RECORD}
    return set()


def printable(detail: VisitDetail) -> set[str]:
    """The document kinds this visit can have made now."""
    kinds = set()
    if VisitStatus(detail.status) is VisitStatus.COMPLETED:
        kinds.add(AFTERCARE)
    if detail.consent is not None:
        kinds.add(CONSENT_RECORD)
    return kinds


class ReissueBar(QFrame):
    """What to print again after a correction, with one button per document."""

    print_requested = Signal(str)  # the document kind to preview and print

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nurseReissueBar")
        self.note = MessageLine()
        self.aftercare_button = button(
            self.tr("Print the corrected sheet"),
            self.tr("Preview and print the corrected aftercare sheet"),
            lambda: self.print_requested.emit(AFTERCARE),
            primary=True,
        )
        self.consent_button = button(
            self.tr("Print the corrected consent record"),
            self.tr("Preview and print the corrected signed consent record"),
            lambda: self.print_requested.emit(CONSENT_RECORD),
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.consent_button)
        row.addWidget(self.aftercare_button)
        self.kinds: set[str] = set()
        self.hide()

    def offer(self, kinds: set[str]) -> None:
        """Show the buttons for ``kinds`` (none: hide the bar)."""
        self.kinds = set(kinds)
        self.aftercare_button.setVisible(AFTERCARE in self.kinds)
        self.consent_button.setVisible(CONSENT_RECORD in self.kinds)
        if not self.kinds:
            self.note.clear_message()
            self.hide()
            return
        self.note.show_message(
            self.tr("The record was corrected: give the patient the corrected documents."),
            "info",
        )
        self.show()

    def withdraw(self, kind: str) -> None:
        """That document is being made again: offer the rest."""
        self.offer(self.kinds - {kind})
