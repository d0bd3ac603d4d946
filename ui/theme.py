"""The one stylesheet, with its large-text and high-contrast variants, set on the application.

The variants are small overlay files appended to ``kiosk.qss``, so a clinic edits colours in
one place. The composed sheet is set once on the ``QApplication``; a toggle sets it again.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from kiosk.paths import resources_dir

BASE = "kiosk.qss"
LARGE_TEXT = "kiosk-large.qss"
HIGH_CONTRAST = "kiosk-contrast.qss"


def style_dir() -> Path:
    return resources_dir() / "style"


@dataclass(frozen=True, slots=True)
class ThemeOptions:
    large_text: bool = False
    high_contrast: bool = False


def compose_stylesheet(options: ThemeOptions, folder: Path | None = None) -> str:
    """Base sheet plus the chosen overlays, in a fixed order (contrast wins over size).

    ``{style}`` in a sheet stands for the style folder, since Qt resolves ``url()`` against
    the working directory rather than the sheet's own place.
    """
    folder = folder or style_dir()
    names = [BASE]
    if options.large_text:
        names.append(LARGE_TEXT)
    if options.high_contrast:
        names.append(HIGH_CONTRAST)
    text = "\n".join((folder / name).read_text(encoding="utf-8") for name in names)
    return text.replace("{style}", folder.resolve().as_posix())


class Theme(QObject):
    """Holds the current options and sets the composed sheet on the application."""

    changed = Signal(object)  # ThemeOptions

    def __init__(self, app: QApplication | None = None, folder: Path | None = None) -> None:
        super().__init__()
        self._app = app
        self._folder = folder
        self.options = ThemeOptions()

    def apply(self, options: ThemeOptions | None = None) -> None:
        if options is not None:
            self.options = options
        app = self._app or QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(compose_stylesheet(self.options, self._folder))
        self.changed.emit(self.options)

    def set_large_text(self, on: bool) -> None:
        if on != self.options.large_text:
            self.apply(replace(self.options, large_text=on))

    def set_high_contrast(self, on: bool) -> None:
        if on != self.options.high_contrast:
            self.apply(replace(self.options, high_contrast=on))
