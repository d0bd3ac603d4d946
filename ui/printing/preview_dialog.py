"""The print preview: the PDF as it will print, with Print and Close.

The dialog does not know how to print: the caller hands it ``print_action``, a function run
on a worker through ``ui.tasks.run_task`` (typically ``print_document`` from
``kiosk.services.documents``), so the GUI thread never waits on the printer. A result with
``failed`` true (a PrintJobView) is shown as a failure with its ``error`` words; the nurse can
press Print again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Signal, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import run_task

PrintAction = Callable[[], Any]

PREFERRED = QSize(820, 1000)  # an A4 page at a readable size, where the screen allows
MARGIN = 24  # kept free around the dialog, so it reads as a dialog and its frame shows


class PrintPreviewDialog(QDialog):
    printed = Signal(object)  # the print action's result (e.g. a PrintJobView)
    print_failed = Signal(str)  # words for the nurse

    def __init__(
        self,
        pdf: bytes,
        print_action: PrintAction,
        parent: QWidget | None = None,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self._print_action = print_action
        self.setWindowTitle(title or self.tr("Print preview"))
        self.setAccessibleName(self.tr("Print preview"))
        self.setMinimumSize(320, 320)
        self.resize(self.fitting_size())

        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("The document as it will print"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Print status"))
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.print_button = QPushButton(self.tr("Print"), self)
        self.print_button.setAccessibleName(self.tr("Print"))
        self.print_button.setMinimumHeight(56)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setMinimumHeight(56)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.print_button.setEnabled(self.validate())

    def room(self) -> QRect:
        """Where the dialog must fit: its parent's window (the kiosk is full screen), else
        the screen's available area."""
        parent = self.parentWidget()
        if parent is not None:
            window = parent.window()
            return QRect(window.mapToGlobal(window.rect().topLeft()), window.size())
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry()

    def fitting_size(self) -> QSize:
        room = self.room()
        return QSize(
            max(self.minimumWidth(), min(PREFERRED.width(), room.width() - 2 * MARGIN)),
            max(self.minimumHeight(), min(PREFERRED.height(), room.height() - 2 * MARGIN)),
        )

    def showEvent(self, event: QShowEvent) -> None:
        """Sized and centred on the window each time it opens, whichever way it stands."""
        self.resize(self.fitting_size())
        room = self.room()
        frame = self.frameGeometry()
        extra = QSize(frame.width() - self.width(), frame.height() - self.height())
        self.move(
            room.x() + max(0, (room.width() - self.width() - extra.width()) // 2),
            room.y() + max(0, (room.height() - self.height() - extra.height()) // 2),
        )
        super().showEvent(event)

    def validate(self) -> bool:
        """Printing makes sense only for a document that opened and has pages."""
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0

    @Slot()
    def on_print_button_clicked(self) -> None:
        self.print_button.setEnabled(False)
        self.status.setText(self.tr("Printing…"))
        run_task(self._print_action, self.on_print_succeeded, self.on_print_failed)

    def on_print_succeeded(self, result: Any) -> None:
        if getattr(result, "failed", False):
            self.on_print_failed(str(getattr(result, "error", "") or self.tr("Printing failed.")))
            return
        self.print_button.setEnabled(True)
        self.status.setText(self.tr("Sent to the printer."))
        self.printed.emit(result)

    def on_print_failed(self, error: BaseException | str) -> None:
        words = error if isinstance(error, str) else _words(error)
        self.print_button.setEnabled(True)
        self.status.setText(
            self.tr("Not printed: {0} You can press Print to try again.").format(words)
        )
        self.print_failed.emit(words)


def _words(error: BaseException) -> str:
    """A service or print error carries readable words; anything else gets a calm sentence."""
    from kiosk.printing.backends import PrintError
    from kiosk.services.errors import ServiceError

    if isinstance(error, ServiceError | PrintError):
        return str(error)
    return "Something went wrong while printing."
