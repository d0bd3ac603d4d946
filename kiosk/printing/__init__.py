"""Sending a finished PDF to a printer, behind one small interface (see backends.py)."""

from kiosk.printing.backends import JobState, JobStatus, PrintBackend, PrintError
from kiosk.printing.cups import CupsBackend
from kiosk.printing.folder import FolderBackend

__all__ = ["CupsBackend", "FolderBackend", "JobState", "JobStatus", "PrintBackend", "PrintError"]
