"""The clinic's details as a form: used by the first-run setup and by Administration > Clinic.

Holds no rules: ``details()`` returns what is typed, the service validates, and
:func:`problem_text` turns the service's codes into words in the nurse's language. A field IT
pinned in the configuration file is shown read-only with a note saying so.
"""

from __future__ import annotations

import zoneinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.domain.clinic import MAX_ADDRESS, MAX_LOGO_BYTES, MAX_NAME, MAX_PHONE, ClinicDetails
from kiosk.services.clinic_admin import ClinicForm
from ui.nurse.common import TOUCH_HEIGHT, button
from ui.printing.language import screen_language

PAPERS = ("letter", "a4")


def nurse_language() -> str:
    """The language the nurse screens are shown in ("es" or "en")."""
    return screen_language()


def problem_text(field: str, code: str) -> str:
    """A clinic-details problem (kiosk.domain.clinic codes) in the nurse's language."""
    words = {
        ("name", "missing"): QCoreApplication.translate(
            "ClinicForm", "Please type the clinic's name."
        ),
        ("name", "placeholder"): QCoreApplication.translate(
            "ClinicForm", "Please type the clinic's real name; documents would print it."
        ),
        ("phone", "missing"): QCoreApplication.translate(
            "ClinicForm", "Please type the clinic's phone number: patients call it with questions."
        ),
        ("phone", "bad_phone"): QCoreApplication.translate(
            "ClinicForm", "The phone number may hold digits, spaces and + - ( ) . only."
        ),
        ("timezone", "unknown"): QCoreApplication.translate(
            "ClinicForm", "Please choose the time zone from the list (for example Europe/Madrid)."
        ),
        ("languages", "invalid"): QCoreApplication.translate(
            "ClinicForm", "Please choose at least one language."
        ),
        ("logo", "too_big"): QCoreApplication.translate(
            "ClinicForm", "The logo file is larger than 2 MB."
        ),
        ("logo", "not_png"): QCoreApplication.translate(
            "ClinicForm", "The logo must be a PNG image."
        ),
    }
    found = words.get((field, code))
    if found:
        return found
    if code == "too_long":
        return QCoreApplication.translate("ClinicForm", "That is too long; please shorten it.")
    if code == "bad_character":
        return QCoreApplication.translate(
            "ClinicForm", "That holds an invisible or control character; please retype it."
        )
    return QCoreApplication.translate("ClinicForm", "Please check the clinic's details.")


class ClinicFormWidget(QWidget):
    """Name, address, phone, time zone, languages, logo (and, when asked, printer and paper)."""

    changed = Signal()

    def __init__(self, *, with_printer: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo_png: bytes | None = None
        self.pinned: frozenset[str] = frozenset()
        self.name = self._line(self.tr("Clinic name"), MAX_NAME, self.tr("e.g. Bright Skin Clinic"))
        self.address = self._line(self.tr("Address"), MAX_ADDRESS, self.tr("Street, town"))
        self.phone = self._line(self.tr("Phone"), MAX_PHONE, self.tr("e.g. +1 555 0100"))
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.timezone.model(), self.timezone)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.timezone.setCompleter(completer)
        self.timezone.setMinimumHeight(TOUCH_HEIGHT)
        self.timezone.setAccessibleName(self.tr("Time zone"))
        self.english = QCheckBox(self.tr("English"))
        self.spanish = QCheckBox(self.tr("Spanish"))
        for box in (self.english, self.spanish):
            box.setMinimumHeight(TOUCH_HEIGHT)
        languages = QHBoxLayout()
        languages.setSpacing(32)
        languages.addWidget(self.english)
        languages.addWidget(self.spanish)
        languages.addStretch(1)
        self.logo_preview = QLabel(self.tr("No logo"))
        self.logo_preview.setMinimumSize(64, 64)
        self.logo_preview.setAccessibleName(self.tr("Logo preview"))
        self.logo_button = button(
            self.tr("Choose logo…"),
            self.tr("Choose the clinic's logo"),
            self.on_logo_button_clicked,
        )
        self.remove_logo = button(
            self.tr("Remove"), self.tr("Remove the logo"), self.on_remove_logo_clicked
        )
        logo = QHBoxLayout()
        logo.setSpacing(12)  # the preview's words ("No logo") apart from the button
        logo.addWidget(self.logo_preview)
        logo.addWidget(self.logo_button)
        logo.addWidget(self.remove_logo)
        logo.addStretch(1)
        self.form = QFormLayout(self)
        self.form.setVerticalSpacing(10)
        self.form.addRow(self.tr("Clinic name"), self.name)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Time zone"), self.timezone)
        self.form.addRow(self.tr("Languages"), languages)
        self.form.addRow(self.tr("Logo (optional)"), logo)
        self.printer = QComboBox()
        self.paper = QComboBox()
        self.paper.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        for combo, name in ((self.printer, self.tr("Printer")), (self.paper, self.tr("Paper"))):
            combo.setMinimumHeight(TOUCH_HEIGHT)
            combo.setAccessibleName(name)
        self.with_printer = with_printer
        if with_printer:
            self.form.addRow(self.tr("Printer"), self.printer)
            self.form.addRow(self.tr("Paper"), self.paper)
        self.pinned_note = QLabel()
        self.pinned_note.setWordWrap(True)
        self.pinned_note.hide()
        self.form.addRow(self.pinned_note)

    def _line(self, accessible: str, limit: int, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setMaxLength(limit)
        field.setMinimumHeight(TOUCH_HEIGHT)
        field.setAccessibleName(accessible)
        field.setPlaceholderText(placeholder)
        field.textChanged.connect(self.changed)
        return field

    # -- in and out ------------------------------------------------------------------------

    def set_printers(self, names: list[str], chosen: str | None) -> None:
        self.printer.clear()
        self.printer.addItem(self.tr("The computer's default printer"), None)
        for name in names:
            self.printer.addItem(name, name)
        if chosen and chosen not in names:  # chosen before, gone now: keep it visible
            self.printer.addItem(self.tr("{name} (not found now)").format(name=chosen), chosen)
        index = self.printer.findData(chosen) if chosen else 0
        self.printer.setCurrentIndex(max(index, 0))

    def load(self, form: ClinicForm) -> None:
        details = form.details
        self.name.setText(details.name)
        self.address.setText(details.address)
        self.phone.setText(details.phone)
        self.timezone.setCurrentText(details.timezone)
        self.english.setChecked("en" in details.languages)
        self.spanish.setChecked("es" in details.languages)
        self.paper.setCurrentIndex(max(self.paper.findData(details.paper), 0))
        if self.printer.count() == 0:
            self.set_printers([], details.printer)
        self._show_logo(details.logo_png)
        self.pinned = form.pinned
        widgets = {
            "name": self.name,
            "address": self.address,
            "phone": self.phone,
            "timezone": self.timezone,
            "logo": self.logo_button,
            "printer": self.printer,
            "paper": self.paper,
        }
        for key, widget in widgets.items():
            widget.setEnabled(key not in form.pinned)
        for box in (self.english, self.spanish):
            box.setEnabled("languages" not in form.pinned)
        if form.pinned:
            self.pinned_note.setText(
                self.tr(
                    "Greyed-out fields are set by IT in the configuration file and cannot be"
                    " changed here."
                )
            )
            self.pinned_note.show()
        else:
            self.pinned_note.hide()

    def details(self) -> ClinicDetails:
        languages = tuple(
            code for code, box in (("en", self.english), ("es", self.spanish)) if box.isChecked()
        )
        return ClinicDetails(
            name=self.name.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            timezone=self.timezone.currentText().strip(),
            languages=languages,
            printer=self.printer.currentData() if self.with_printer else None,
            paper=self.paper.currentData() or "letter",
            logo_png=self.logo_png,
        )

    def field_widget(self, field: str) -> QWidget:
        return {
            "name": self.name,
            "address": self.address,
            "phone": self.phone,
            "timezone": self.timezone,
            "languages": self.english,
            "logo": self.logo_button,
            "printer": self.printer,
            "paper": self.paper,
        }.get(field, self.name)

    # -- logo ------------------------------------------------------------------------------

    def on_logo_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the clinic's logo"),
            str(Path.home()),
            self.tr("PNG images (*.png)"),
        )
        if path:
            self.use_logo_file(Path(path))

    def use_logo_file(self, path: Path) -> bool:
        """Read the file; the service validates it (PNG, at most 2 MB)."""
        try:
            if path.stat().st_size > MAX_LOGO_BYTES:
                self.logo_png = path.read_bytes()[: MAX_LOGO_BYTES + 1]
            else:
                self.logo_png = path.read_bytes()
        except OSError:
            return False
        self._show_logo(self.logo_png)
        self.changed.emit()
        return True

    def on_remove_logo_clicked(self) -> None:
        self._show_logo(None)
        self.changed.emit()

    def _show_logo(self, png: bytes | None) -> None:
        self.logo_png = png
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    64,
                    64,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        self.remove_logo.setEnabled(png is not None and "logo" not in self.pinned)
