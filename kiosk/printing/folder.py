"""Printing to a folder: the PDF is copied there (a print room, a shared drive, a USB stick)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from kiosk.files import create_private
from kiosk.printing.backends import JobState, JobStatus, PrintError


class FolderBackend:
    """Copies each PDF into ``folder``; ``printer`` is ignored. Never overwrites a file."""

    name = "folder"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def submit(self, pdf_path: Path, printer: str | None, title: str = "") -> str:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self._copy_to_free_name(pdf_path)
        except OSError as exc:
            raise PrintError(
                f"The PDF could not be saved in {self.folder}: {exc.strerror or exc}"
            ) from exc
        return str(target)

    def status(self, job_ref: str) -> JobStatus:
        if Path(job_ref).is_file():
            return JobStatus(JobState.COMPLETED)
        return JobStatus(JobState.FAILED, f"The saved file {job_ref} is missing.")

    def _copy_to_free_name(self, source: Path) -> Path:
        """Exclusive creation, so two stations saving the same name never clobber each other."""
        stem, suffix = source.stem, source.suffix
        n = 1
        while True:
            target = self.folder / (source.name if n == 1 else f"{stem}-{n}{suffix}")
            try:
                fd = create_private(target)  # exclusive, and owner-only whatever the umask
            except FileExistsError:
                n += 1
                continue
            with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
                shutil.copyfileobj(src, dst)
            return target
