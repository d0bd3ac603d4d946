"""The clinic's details: asked at first run (after the first administrator) and changed later
by an administrator (Administration > Clinic). Stored in the database, audited by the service.

The page calls its own service (``ClinicAdmin``, made once where the station is assembled)
through ``run_task`` and emits ``saved(ClinicDetails)``; it keeps no rule of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.domain.staff import SignedIn
from kiosk.services.clinic import ClinicSettingsInvalid
from kiosk.services.clinic_admin import ClinicAdmin, ClinicForm
from ui.nurse.clinic_form import ClinicFormWidget, problem_text
from ui.nurse.common import MessageLine, button, title_label
from ui.nurse.errors import friendly_message
from ui.tasks import run_task

ActorId = Callable[[], "SignedIn | None"]  # the signed-in staff member (None: first run)


class ClinicSettingsPage(QWidget):
    """``first_run``: the setup step after the first administrator, with "Save and continue"."""

    saved = Signal(object)  # ClinicDetails

    def __init__(
        self,
        services: ClinicAdmin,
        actor: ActorId,
        *,
        first_run: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.actor = actor
        self.first_run = first_run
        # (words, kind) saying why the page was opened, shown once it has loaded
        self.notice: tuple[str, str] | None = None
        self.setObjectName("nurseClinicSetupPage" if first_run else "nurseClinicSettingsPage")
        self.setAccessibleName(self.tr("Clinic details"))
        self.form = ClinicFormWidget(with_printer=True)
        intro = QLabel(
            self.tr(
                "These details print on every aftercare sheet and consent record: patients call"
                " this phone number with questions. Choose the printer the documents go to."
            )
            if first_run
            else self.tr(
                "What documents print about the clinic. Changes apply to the next document on"
                " every station and are kept in the audit log."
            )
        )
        intro.setWordWrap(True)
        self.message = MessageLine()
        self.save_button = button(
            self.tr("Save and continue") if first_run else self.tr("Save"),
            self.tr("Save the clinic's details"),
            self.on_save_button_clicked,
            primary=True,
        )
        self.refresh_button = button(
            self.tr("Look for printers"), self.tr("Look for printers again"), self.load
        )
        column = QWidget()
        column.setMaximumWidth(760)
        inner = QVBoxLayout(column)
        inner.addWidget(
            title_label(self.tr("Set up your clinic") if first_run else self.tr("Clinic details"))
        )
        inner.addWidget(intro)
        inner.addSpacing(8)
        inner.addWidget(self.form)
        inner.addStretch(1)
        holder = QWidget()
        QHBoxLayout(holder).addWidget(column, 1, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        footer = QHBoxLayout()
        footer.addWidget(self.refresh_button)
        footer.addStretch(1)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read the details in force and the printers the system offers (on a worker)."""
        self.save_button.setEnabled(False)

        def fetch() -> tuple[ClinicForm, list[str]]:
            form = self.services.form()
            try:
                names = [choice.name for choice in self.services.printers()]
            except Exception:  # no printing system: the default printer stays choosable
                names = []
            return form, names

        run_task(fetch, self.on_loaded, self.on_failed)

    def on_loaded(self, result: tuple[ClinicForm, list[str]]) -> None:
        form, names = result
        self.form.set_printers(names, form.details.printer)
        self.form.load(form)
        self.save_button.setEnabled(True)
        if self.notice:
            self.message.show_message(*self.notice)
            self.notice = None
        elif not names:
            self.message.show_message(
                self.tr(
                    "No printer was found on this computer. You can save now and choose one"
                    " later in Administration > Printer."
                ),
                "info",
            )
        else:
            self.message.clear_message()

    # -- saving ----------------------------------------------------------------------------

    def on_save_button_clicked(self) -> None:
        details = self.form.details()
        self.save_button.setEnabled(False)
        self.message.show_message(self.tr("Saving…"), "info")
        actor = self.actor()
        run_task(
            lambda: self.services.save(details, actor=actor),
            self.on_save_done,
            self.on_save_failed,
        )

    def on_save_done(self, details: Any) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message(self.tr("The clinic's details are saved."), "ok")
        self.saved.emit(details)

    def on_save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ClinicSettingsInvalid):
            words = [problem_text(p.field, p.code) for p in exc.problems]
            self.message.show_message(" ".join(dict.fromkeys(words)), "error")
            self.form.field_widget(exc.problems[0].field).setFocus()
            return
        self.message.show_message(friendly_message(exc), "error")

    def on_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.show_message(friendly_message(exc), "error")
