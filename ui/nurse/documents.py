"""Render a visit's document on a worker, preview it, print it on a worker; all audited.

Shared by the visit page (aftercare sheet, signed consent record) and the procedure page
(aftercare sheet). One preview is open at a time, and each is deleted once it closes: a
preview holds the PDF, a QPdfDocument and its render thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from kiosk.services.binding import NurseServices
from kiosk.services.results.documents import RenderedDocument
from kiosk.services.results.printing import PrintJobView
from ui.nurse.common import MessageLine
from ui.nurse.context import NurseContext

# (pdf, print_action, parent, title) -> a QDialog with ``printed(result)`` and
# ``print_failed(words)`` signals that runs print_action through run_task when asked.
PreviewFactory = Callable[[bytes, Callable[[], Any], QWidget, str], Any]


def find_preview() -> PreviewFactory | None:
    """The documents room's print preview dialog (``ui.printing``), when it can load."""
    try:
        from ui.printing.preview_dialog import PrintPreviewDialog
    except ImportError:  # QtPdf missing from this installation
        return None
    return lambda pdf, action, parent, title: PrintPreviewDialog(pdf, action, parent, title)


class DocumentPrinter(QObject):
    def __init__(
        self,
        context: NurseContext,
        preview: PreviewFactory | None,
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.context = context
        self.preview = preview
        self.window = window
        self.preview_dialog: Any = None
        self.last_document: RenderedDocument | None = None
        context.signed_out.connect(self.close_preview)

    @property
    def available(self) -> bool:
        return self.preview is not None and self.context.services.can_print

    def print_aftercare(self, message: MessageLine) -> None:
        self._print(
            message,
            NurseServices.render_aftercare,
            {
                "title": self.tr("Aftercare sheet"),
                "preparing": self.tr("Preparing the aftercare sheet…"),
                "not_configured": self.tr(
                    "Printing isn't configured on this station yet, so the aftercare sheet"
                    " cannot be shown. Please ask IT to set up documents and printing."
                ),
                "failed": self.tr("The aftercare sheet did not print: {error}"),
                "printed": self.tr("The aftercare sheet was printed."),
                "printing": self.tr(
                    "The aftercare sheet was sent to the printer; it is still printing."
                ),
            },
        )

    def print_consent(self, message: MessageLine) -> None:
        self._print(
            message,
            NurseServices.render_consent_record,
            {
                "title": self.tr("Signed consent record"),
                "preparing": self.tr("Preparing the signed consent record…"),
                "not_configured": self.tr(
                    "Printing isn't configured on this station yet, so the signed consent"
                    " record cannot be shown. Please ask IT to set up documents and printing."
                ),
                "failed": self.tr("The signed consent record did not print: {error}"),
                "printed": self.tr("The signed consent record was printed."),
                "printing": self.tr(
                    "The signed consent record was sent to the printer; it is still printing."
                ),
            },
        )

    def _print(
        self,
        message: MessageLine,
        render: Callable[..., RenderedDocument],
        words: dict[str, str],
    ) -> None:
        context = self.context
        if context.visit is None or context.staff is None:
            return
        if not self.available:
            message.show_message(words["not_configured"], "error")
            return
        services, actor = context.services, context.actor
        visit_id = context.visit.detail.visit_id
        message.show_message(words["preparing"], "info")

        def rendered(document: RenderedDocument) -> None:
            assert self.preview is not None
            self.close_preview()
            self.last_document = document
            message.show_message(self.tr("Check the preview, then press Print."), "info")
            dialog = self.preview(
                document.pdf,
                lambda: services.print_document(document, actor=actor),
                self.window,
                words["title"],
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.printed.connect(lambda job: self._show_print_result(message, words, job))
            dialog.print_failed.connect(
                lambda error: message.show_message(words["failed"].format(error=error), "error")
            )
            dialog.finished.connect(lambda _result: self._forget(dialog))
            self.preview_dialog = dialog
            dialog.open()

        context.run(
            self,
            lambda: render(services, visit_id, actor=actor),
            rendered,
            lambda exc: message.show_message(context.words(exc), "error"),
        )

    def _forget(self, dialog: Any) -> None:
        if self.preview_dialog is dialog:
            self.preview_dialog = None
        dialog.deleteLater()  # WA_DeleteOnClose covers close(); done()/reject() too

    def close_preview(self) -> None:
        dialog, self.preview_dialog = self.preview_dialog, None
        if dialog is not None:
            dialog.close()

    def _show_print_result(
        self, message: MessageLine, words: dict[str, str], job: PrintJobView
    ) -> None:
        if job.failed:
            error = job.error or self.tr("the printer gave no reason")
            message.show_message(words["failed"].format(error=error), "error")
        elif job.status == "completed":
            message.show_message(words["printed"], "ok")
        else:
            message.show_message(words["printing"], "ok")
