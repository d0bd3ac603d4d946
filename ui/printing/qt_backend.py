"""Printing through Qt: each PDF page rendered by QtPdf and painted onto a QPrinter.

The fallback for machines without CUPS (Windows) and the way to reach a printer Qt knows but
CUPS does not. ``submit`` prints synchronously, so call it from a worker (``ui.tasks.run_task``):
painting on a QPrinter from a non-GUI thread is allowed by Qt. With ``pdf_folder`` set the
"printer" is a PDF file written there (Qt's PdfFormat), which is also how it is tested.
"""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.printing.backends import JobState, JobStatus, PrintError

DPI = 300


def available_printers() -> list[str]:
    """The printer queues Qt sees (the first is the default when there is one)."""
    default = QPrinterInfo.defaultPrinterName()
    names = list(QPrinterInfo.availablePrinterNames())
    return sorted(names, key=lambda n: (n != default, n))


class QtPrintBackend:
    name = "qt"

    def __init__(self, pdf_folder: Path | None = None, dpi: int = DPI) -> None:
        self.pdf_folder = pdf_folder
        self.dpi = dpi
        self._jobs: dict[str, JobStatus] = {}
        self._lock = threading.Lock()
        self._numbers = itertools.count(1)

    def submit(self, pdf_path: Path, printer: str | None, title: str = "") -> str:
        ref = f"qt-{next(self._numbers)}"
        document = QPdfDocument()
        error = document.load(str(pdf_path))
        if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
            raise PrintError(f"The document {pdf_path.name} could not be opened for printing.")
        qprinter = self._printer(printer, title or pdf_path.stem, ref)
        self._paint(document, qprinter)
        document.close()
        with self._lock:
            self._jobs[ref] = JobStatus(JobState.COMPLETED)
        return ref

    def status(self, job_ref: str) -> JobStatus:
        with self._lock:
            found = self._jobs.get(job_ref)
        return found or JobStatus(JobState.FAILED, f"No Qt print job {job_ref} was sent.")

    def output_file(self, job_ref: str, title: str) -> Path | None:
        if self.pdf_folder is None:
            return None
        return self.pdf_folder / f"{title}-{job_ref}.pdf"

    def _printer(self, name: str | None, title: str, ref: str) -> QPrinter:
        qprinter = QPrinter(QPrinter.PrinterMode.HighResolution)
        qprinter.setDocName(title)
        qprinter.setFullPage(True)
        qprinter.setResolution(self.dpi)
        if self.pdf_folder is not None:
            self.pdf_folder.mkdir(parents=True, exist_ok=True)
            qprinter.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            qprinter.setOutputFileName(str(self.output_file(ref, title)))
            return qprinter
        chosen = name or QPrinterInfo.defaultPrinterName()
        if not chosen:
            raise PrintError("No printer is set up on this computer.")
        if chosen not in QPrinterInfo.availablePrinterNames():
            raise PrintError(f"That printer does not exist on this computer ({chosen}).")
        qprinter.setPrinterName(chosen)
        if not qprinter.isValid():
            raise PrintError(f"The printer {chosen} cannot be used right now.")
        return qprinter

    def _paint(self, document: QPdfDocument, qprinter: QPrinter) -> None:
        painter = QPainter()
        first = document.pagePointSize(0)
        qprinter.setPageLayout(_layout(first.width(), first.height()))
        if not painter.begin(qprinter):
            raise PrintError("The printer could not be started (is it switched on?).")
        try:
            for index in range(document.pageCount()):
                points = document.pagePointSize(index)
                if index:
                    qprinter.setPageLayout(_layout(points.width(), points.height()))
                    qprinter.newPage()
                area = QRectF(qprinter.pageRect(QPrinter.Unit.DevicePixel))
                size = QSize(
                    round(points.width() * self.dpi / 72), round(points.height() * self.dpi / 72)
                )
                image = document.render(index, size)
                if image.isNull():
                    raise PrintError(f"Page {index + 1} could not be rendered for printing.")
                image = image.convertToFormat(QImage.Format.Format_RGB32)
                target = _fit(area, image.width(), image.height())
                painter.drawImage(target, image)
        finally:
            painter.end()


def _layout(width_pt: float, height_pt: float) -> QPageLayout:
    size = QPageSize(
        QSize(round(width_pt), round(height_pt)), "", QPageSize.SizeMatchPolicy.FuzzyMatch
    )
    orientation = (
        QPageLayout.Orientation.Landscape
        if width_pt > height_pt
        else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))


def _fit(area: QRectF, width: int, height: int) -> QRectF:
    """The largest rectangle of the image's aspect ratio centred in ``area``."""
    scale = min(area.width() / width, area.height() / height)
    w, h = width * scale, height * scale
    return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h)
