"""One visit, read-only: every answer with its flag in plain words, the consent, the history.

The page reads the visit itself (an audited view, through the services binding on a worker),
reloads it when the station says the visit changed, and prints its documents.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.checklist import Checklist, Flag, ItemKind, Outcome
from kiosk.domain.visit import OPEN_STATUSES, VisitStatus
from kiosk.services.documents import AFTERCARE, CONSENT_RECORD
from kiosk.services.results.identity import IdentityChangeView
from kiosk.services.results.queue import QueueRow
from kiosk.services.results.reading import VisitReading
from kiosk.services.results.visit import (
    AnswerView,
    PatientSummary,
    ProcedureView,
    VisitBundle,
    VisitDetail,
)
from ui.nurse import labels
from ui.nurse.common import (
    MessageLine,
    button,
    isolate,
    plain_label,
    section_label,
    separator,
    title_label,
)
from ui.nurse.context import NurseContext
from ui.nurse.documents import DocumentPrinter
from ui.nurse.formatting import (
    format_date,
    format_datetime,
    format_time,
    language_name,
    parse_search,
    reader_language,
    short_hash,
)
from ui.nurse.reissue import ReissueBar, printable, stale_after_identity_change
from ui.widgets.nurse_close_visit import CloseVisitDialog
from ui.widgets.nurse_corrections import (
    CorrectIdentityDialog,
    CorrectProcedureDialog,
    MergePatientDialog,
    UndoIdentityDialog,
)
from ui.widgets.nurse_interval import IntervalPanel


def _label(text: str = "", *, wrap: bool = True, name: str | None = None) -> QLabel:
    label = plain_label(text, wrap=wrap, name=name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def flag_badge(flag: Flag | None) -> QWidget:
    """Icon and words together, never colour alone."""
    return outcome_badge(flag.outcome if flag else None)


def outcome_badge(outcome: Outcome | None) -> QWidget:
    """Icon and words together, never colour alone."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    icon = QLabel()
    icon.setPixmap(labels.outcome_icon(outcome).pixmap(20, 20))
    text = plain_label(
        labels.outcome_text(outcome)
        if outcome
        else QCoreApplication.translate("NurseVisit", "Not flagged"),
        wrap=False,
        name="flagWords",
    )
    text.setProperty("outcome", outcome.value if outcome else "none")
    row.addWidget(icon)
    row.addWidget(text)
    row.addStretch(1)
    box.setAccessibleName(text.text())
    return box


class VisitPage(QWidget):
    loaded = Signal(object)  # VisitBundle: the visit read (and its view audited)
    load_failed = Signal(object)  # the exception (already explained on the page)
    back_requested = Signal()
    decide_requested = Signal()
    procedure_requested = Signal()

    def __init__(
        self, context: NurseContext, printer: DocumentPrinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("nurseVisitPage")
        self.setAccessibleName(self.tr("Visit"))
        self.context = context
        self.printer = printer
        self.detail: VisitDetail | None = None
        self._loading: int | None = None  # the visit being read: a second ask is the same
        # Documents a correction made here left stale, for the visit they belong to; and the
        # patient as they were before an identity change, to see what it altered.
        self._stale: tuple[int | None, set[str]] = (None, set())
        self._identity_before: tuple[int, PatientSummary] | None = None
        context.visit_changed.connect(self.on_visit_changed)
        context.signed_out.connect(self.forget)
        self.title = title_label("")
        self.summary = _label(name="visitSummary")
        self.flag_summary = MessageLine()
        self.message = MessageLine()

        self.answers_grid = QGridLayout()
        self.answers_grid.setHorizontalSpacing(16)
        self.answers_grid.setVerticalSpacing(10)
        self.answers_grid.setColumnStretch(0, 3)
        self.answers_grid.setColumnStretch(1, 2)
        self.answers_grid.setColumnStretch(2, 4)
        answers = QWidget()
        answers_layout = QVBoxLayout(answers)
        answers_layout.setContentsMargins(0, 0, 0, 0)
        # The answers in the nurse's language; the patient's own words one tap away.
        self.patient_words_button = button(
            self.tr("Patient's words"),
            self.tr("Show each question and answer as the patient read them"),
        )
        self.patient_words_button.setCheckable(True)
        self.patient_words_button.toggled.connect(self.on_patient_words_button_toggled)
        self.patient_words_button.hide()
        self.patient_words: list[QLabel] = []
        self.reading: VisitReading | None = None
        self.reading_visit_id: int | None = None
        answers_layout.addWidget(section_label(self.tr("Answers")))
        # A widget straight in the column (a row layout here upset the grid's heights).
        answers_layout.addWidget(self.patient_words_button, 0, Qt.AlignmentFlag.AlignLeft)
        answers_layout.addLayout(self.answers_grid)
        answers_layout.addStretch(1)

        self.consent_text = _label()
        self.signature = QLabel()
        self.signature.setAccessibleName(self.tr("Patient's signature"))
        self.signature.setFrameShape(QFrame.Shape.StyledPanel)
        self.signature.setMinimumHeight(90)
        self.signature.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature.setObjectName("consentSignature")
        self.history_text = _label()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(section_label(self.tr("Consent")))
        side_layout.addWidget(self.consent_text)
        side_layout.addWidget(self.signature)
        side_layout.addSpacing(8)
        side_layout.addWidget(section_label(self.tr("History")))
        side_layout.addWidget(self.history_text)
        side_layout.addStretch(1)

        columns = QWidget()
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, columns)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.setSpacing(24)
        self.columns.addWidget(answers, 3)
        self.columns.addWidget(side, 2)
        body = QWidget()
        self.body = body
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.title)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(self.flag_summary)
        self.interval_panel = IntervalPanel()
        body_layout.addWidget(self.interval_panel)
        body_layout.addWidget(separator())
        body_layout.addWidget(columns)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.back_button = button(
            self.tr("Back to queue"), self.tr("Back to the queue"), self.back_requested.emit
        )
        self.decide_button = button(
            self.tr("Decide…"),
            self.tr("Clear or defer this visit"),
            self.decide_requested.emit,
            primary=True,
        )
        self.procedure_button = button(
            self.tr("Record procedure…"),
            self.tr("Record the procedure for this visit"),
            self.procedure_requested.emit,
        )
        self.aftercare_button = button(
            self.tr("Aftercare sheet"),
            self.tr("Preview and print the aftercare sheet"),
            lambda: self.print_document(AFTERCARE),
        )
        self.consent_button = button(
            self.tr("Consent record"),
            self.tr("Preview and print the signed consent record"),
            lambda: self.print_document(CONSENT_RECORD),
        )
        self.close_button = button(
            self.tr("Cancel or no-show…"),
            self.tr("End this visit without a procedure"),
            self.on_close_button_clicked,
        )
        self.correct_procedure_button = button(
            self.tr("Correct procedure…"),
            self.tr("Correct the recorded procedure"),
            self.on_correct_procedure_button_clicked,
        )
        self.correct_identity_button = button(
            self.tr("Correct name or birth date…"),
            self.tr("Correct the patient's name or date of birth"),
            self.on_correct_identity_button_clicked,
        )
        self.merge_button = button(
            self.tr("Merge with another record…"),
            self.tr("Merge another record of this same person into this one"),
            self.on_merge_button_clicked,
        )
        self.reissue_bar = ReissueBar()
        self.reissue_bar.print_requested.connect(self.print_document)
        self.undo_identity_button = button(
            self.tr("Undo…"),
            self.tr("Undo a correction of the name or birth date, or a merge"),
            self.on_undo_identity_button_clicked,
        )
        identity_row = QHBoxLayout()  # its own row: five buttons do not fit a portrait width
        identity_row.addStretch(1)
        identity_row.addWidget(self.undo_identity_button)
        identity_row.addWidget(self.merge_button)
        identity_row.addWidget(self.correct_identity_button)
        corrections = QHBoxLayout()
        corrections.addStretch(1)
        corrections.addWidget(self.correct_procedure_button)
        corrections.addWidget(self.close_button)
        actions = QHBoxLayout()
        actions.addWidget(self.back_button)
        actions.addStretch(1)
        actions.addWidget(self.consent_button)
        actions.addWidget(self.aftercare_button)
        actions.addWidget(self.procedure_button)
        actions.addWidget(self.decide_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.reissue_bar)
        layout.addLayout(identity_row)
        layout.addLayout(corrections)
        layout.addLayout(actions)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Answers beside the consent when wide; stacked when the station stands upright."""
        wide = event.size().width() >= 1000
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            body_layout = self.body.layout()
            if body_layout is not None:
                body_layout.invalidate()
        super().resizeEvent(event)

    # -- reading ---------------------------------------------------------------------------

    def load(self, visit_id: int, notice: str | None = None) -> None:
        """Read the visit (the service audits the view), show it, then emit ``loaded``."""
        if self.context.staff is None or self._loading == visit_id:
            return
        self._loading = visit_id
        services, actor = self.context.services, self.context.actor

        def shown(bundle: VisitBundle) -> None:
            self._loading = None
            self.context.set_visit(bundle)
            self.show_reading(bundle.reading, bundle.detail.visit_id)
            self.show_visit(bundle.detail, bundle.checklist)
            if notice:
                self.message.show_message(notice, "error")
            self.loaded.emit(bundle)

        def failed(exc: BaseException) -> None:
            self._loading = None
            self.message.show_message(self.context.words(exc), "error")
            self.load_failed.emit(exc)

        self.context.run(
            self,
            lambda: services.visit(visit_id, actor=actor, language=reader_language()),
            shown,
            failed,
        )

    def on_visit_changed(self, visit_id: int) -> None:
        if self.detail is not None and self.detail.visit_id == visit_id:
            self.load(visit_id)

    # -- filling ---------------------------------------------------------------------------

    def show_visit(self, detail: VisitDetail, checklist: Checklist | None) -> None:
        self.detail = detail
        patient = detail.patient
        self.title.setText(f"{patient.first_name} {patient.last_name}")
        self.title.setAccessibleName(self.title.text())
        zone = detail.zone
        self.summary.setText(
            self.tr(
                "Born {dob} · checked in {time} at {station} · procedure date {day} ·"
                " language {lang} · status: {status}"
            ).format(
                dob=format_date(patient.date_of_birth),
                time=format_time(detail.checked_in_at, zone),
                station=isolate(detail.station),
                day=format_date(detail.procedure_date),
                lang=language_name(detail.language),
                status=labels.status_text(detail.status),
            )
        )
        self._show_flag_summary(detail)
        self._show_answers(detail, checklist)
        self._show_consent(detail)
        self._show_history(detail)
        status = VisitStatus(detail.status)
        self.decide_button.setEnabled(status in OPEN_STATUSES)
        self.procedure_button.setEnabled(status is VisitStatus.CLEARED)
        self.aftercare_button.setEnabled(status is VisitStatus.COMPLETED)
        self.consent_button.setEnabled(detail.consent is not None)
        self.close_button.setEnabled(status in OPEN_STATUSES)
        self.correct_procedure_button.setEnabled(self._current_procedure() is not None)
        self.correct_identity_button.setEnabled(True)
        self.merge_button.setEnabled(True)
        self.undo_identity_button.setEnabled(True)
        self.message.clear_message()
        self._offer_reissue(detail)

    def forget(self) -> None:
        """Wipe the patient's details from the screen (on sign-out)."""
        self.detail = None
        self._loading = None
        for label in (self.title, self.summary, self.consent_text, self.history_text):
            label.clear()
        self.signature.clear()
        self.flag_summary.clear_message()
        self.message.clear_message()
        self._clear_grid()
        self.interval_panel.clear()
        self._stale, self._identity_before = (None, set()), None
        self.reissue_bar.offer(set())
        self.reading = None
        self.patient_words = []
        self.patient_words_button.hide()

    def _show_flag_summary(self, detail: VisitDetail) -> None:
        evaluation = detail.evaluation
        parts = []
        if evaluation.flags:
            flagged = (
                self.tr("1 answer flagged")
                if len(evaluation.flags) == 1
                else self.tr("{n} answers flagged").format(n=len(evaluation.flags))
            )
            parts.append(
                self.tr("{flagged}; most serious: {outcome}.").format(
                    flagged=flagged, outcome=labels.outcome_text(evaluation.outcome)
                )
            )
        else:
            parts.append(self.tr("Nothing flagged in the checklist."))
        if detail.earliest_eligible:  # the checklist's and the interval rule's
            parts.append(
                self.tr("Earliest safe procedure date: {day}.").format(
                    day=format_date(detail.earliest_eligible)
                )
            )
        if evaluation.missing:
            parts.append(
                self.tr("Questions without a complete answer ({n}): ask the patient.").format(
                    n=len(evaluation.missing)
                )
            )
        if getattr(detail, "content_changed", False):
            parts.append(
                self.tr(
                    "The checklist was edited after the patient answered; flags use the"
                    " current wording."
                )
            )
        kind = "error" if evaluation.flags or evaluation.missing else "ok"
        self.flag_summary.show_message(" ".join(parts), kind)

    def _clear_grid(self) -> None:
        while self.answers_grid.count():
            item = self.answers_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _show_answers(self, detail: VisitDetail, checklist: Checklist | None) -> None:
        self._clear_grid()
        for column, header in enumerate(
            (self.tr("Question"), self.tr("Answer"), self.tr("Flag and reason"))
        ):
            head = _label(header, name="answersHeading")
            self.answers_grid.addWidget(head, 0, column)
        if self.reading is not None and self.reading_visit_id == detail.visit_id:
            self._show_read_answers(self.reading)
            return
        for number, answer in enumerate(detail.answers, start=1):
            question, said = self._wording(answer, checklist, detail)
            self.answers_grid.addWidget(_label(question), number, 0, Qt.AlignmentFlag.AlignTop)
            self.answers_grid.addWidget(_label(said), number, 1, Qt.AlignmentFlag.AlignTop)
            reason = QWidget()
            reason_layout = QVBoxLayout(reason)
            reason_layout.setContentsMargins(0, 0, 0, 0)
            reason_layout.setSpacing(2)
            reason_layout.addWidget(flag_badge(answer.flag))
            if answer.flag is not None:
                reason_layout.addWidget(_label(answer.flag.nurse_text(format_date)))
            reason.setAccessibleName(
                answer.flag.nurse_text(format_date) if answer.flag else labels.outcome_text(None)
            )
            self.answers_grid.addWidget(reason, number, 2, Qt.AlignmentFlag.AlignTop)

    def _wording(
        self, answer: AnswerView, checklist: Checklist | None, detail: VisitDetail
    ) -> tuple[str, str]:
        question, said = answer.item_key, str(answer.choice)
        item = None
        if checklist is not None:
            try:
                item = checklist.item(answer.item_key)
            except KeyError:
                item = None
            if item is not None:
                question, said = item.question, checklist.label(item, answer.choice)
        if answer.days_ago is not None:
            used = detail.procedure_date - timedelta(days=answer.days_ago)
            if item is not None and item.kind is ItemKind.YES_NO:  # a sunburn is had, not used
                said = self.tr("{said} (on {day})").format(said=said, day=format_date(used))
            else:
                said = self.tr("{said} (last used {day})").format(said=said, day=format_date(used))
        return question, said

    def _show_consent(self, detail: VisitDetail) -> None:
        consent = detail.consent
        if consent is None:
            self.consent_text.setText(self.tr("No signed consent is stored for this visit."))
            self.signature.clear()
            return
        self.consent_text.setText(
            self.tr(
                "Signed by “{name}” on {at} at {station}.\nConsent version {version},"
                " text SHA-256 {sha}…"
            ).format(
                name=isolate(consent.typed_name),
                at=format_datetime(consent.signed_at, detail.zone),
                station=isolate(consent.station),
                version=consent.version,
                sha=short_hash(consent.text_sha256),
            )
            + (
                "\n"
                + self.tr("Warning: the typed signing name is not the checked-in patient's name.")
                if getattr(consent, "name_differs", False)
                else ""
            )
        )
        self.consent_text.setToolTip(consent.text_sha256)
        pixmap = QPixmap()
        if consent.signature_png and pixmap.loadFromData(consent.signature_png):
            self.signature.setPixmap(
                pixmap.scaled(
                    360,
                    120,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.signature.setText(self.tr("(signature image unavailable)"))

    def show_reading(self, reading: VisitReading | None, visit_id: int | None = None) -> None:
        """Read the visit in the nurse's language: the interval findings and, before the
        answers are shown, their words (see :meth:`_show_answers`)."""
        self.reading = reading
        self.reading_visit_id = visit_id
        self.patient_words_button.setVisible(reading is not None)
        if reading is None:
            self.interval_panel.clear()
        else:
            self.interval_panel.show_reading(reading)

    def _show_read_answers(self, reading: VisitReading) -> None:
        """The answers in the nurse's words; under each, the patient's (hidden until asked)."""
        shown = self.patient_words_button.isChecked()
        self.patient_words = []
        for number, answer in enumerate(reading.answers):
            row = 1 + 2 * number  # the answer's row, then the patient's words under it
            self.answers_grid.addWidget(_label(answer.question), row, 0, Qt.AlignmentFlag.AlignTop)
            self.answers_grid.addWidget(_label(answer.answer), row, 1, Qt.AlignmentFlag.AlignTop)
            reason = QWidget()
            reason_layout = QVBoxLayout(reason)
            reason_layout.setContentsMargins(0, 0, 0, 0)
            reason_layout.setSpacing(2)
            reason_layout.addWidget(outcome_badge(answer.outcome))
            if answer.reason:
                reason_layout.addWidget(_label(answer.reason))
            reason.setAccessibleName(answer.reason or labels.outcome_text(None))
            self.answers_grid.addWidget(reason, row, 2, Qt.AlignmentFlag.AlignTop)
            # One label per column, no span: a spanning item turns off the grid's
            # height-for-width, and wrapped words get cut on an upright screen.
            theirs = (answer.patient_question, answer.patient_answer, answer.patient_reason or "")
            for column, words in enumerate(theirs):
                original = _label(words, name="patientWords")
                original.setVisible(shown)
                self.patient_words.append(original)
                self.answers_grid.addWidget(original, row + 1, column, Qt.AlignmentFlag.AlignTop)

    def on_patient_words_button_toggled(self, shown: bool) -> None:
        for label in self.patient_words:
            label.setVisible(shown)

    def _current_procedure(self) -> ProcedureView | None:
        current = [p for p in (self.detail.procedures if self.detail else []) if not p.superseded]
        return current[-1] if current else None

    # -- re-issue after a correction --------------------------------------------------------

    def _offer_reissue(self, detail: VisitDetail) -> None:
        """Offer the documents a correction left stale: one made here (what it altered on
        this visit) or anywhere (superseded and not made again since)."""
        visit_id, stale = self._stale
        if visit_id != detail.visit_id:
            stale = set()
        before = self._identity_before
        self._identity_before = None
        if before is not None and before[0] == detail.visit_id:
            stale |= stale_after_identity_change(before[1], detail.patient)
        self._stale = (detail.visit_id, stale)
        self.reissue_bar.offer((stale | set(detail.to_reissue)) & printable(detail))

    def _mark_stale(self, visit_id: int, kinds: set[str]) -> None:
        self._stale = (visit_id, (self._stale[1] if self._stale[0] == visit_id else set()) | kinds)

    def _remember_identity(self, detail: VisitDetail) -> None:
        self._identity_before = (detail.visit_id, detail.patient)

    def print_document(self, kind: str) -> None:
        """Preview (then print) this visit's aftercare sheet or signed consent record; once
        made again it is no longer offered as stale."""
        self._stale[1].discard(kind)
        self.reissue_bar.withdraw(kind)
        if kind == AFTERCARE:
            self.printer.print_aftercare(self.message)
        else:
            self.printer.print_consent(self.message)

    # -- actions -----------------------------------------------------------------------------

    def _act(
        self,
        work: Callable[[], object],
        done: str,
        then: Callable[[VisitDetail], None] | None = None,
    ) -> None:
        """Run a service call for this visit; on success say so and refresh every page
        (``then`` first notes what the change leaves to do, e.g. a document to re-issue)."""
        detail = self.detail
        if detail is None:
            return

        def succeeded(_result: object) -> None:
            if then is not None:
                then(detail)
            self.context.visit_changed.emit(detail.visit_id)
            self.message.show_message(done, "ok")

        def failed(exc: BaseException) -> None:
            self.message.show_message(self.context.words(exc), "error")

        self.context.run(self, work, succeeded, failed)

    def on_close_button_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        name = f"{detail.patient.first_name} {detail.patient.last_name}"
        dialog = CloseVisitDialog(name, self)
        services, actor = self.context.services, self.context.actor
        dialog.chosen.connect(
            lambda closure, reason: self._act(
                lambda: services.close_visit(
                    detail.visit_id,
                    actor=actor,
                    closure=closure,
                    expected_version=detail.version,
                    reason=reason or None,
                ),
                self.tr("The visit was ended."),
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_correct_procedure_button_clicked(self) -> None:
        detail, procedure = self.detail, self._current_procedure()
        if detail is None or procedure is None:
            return
        dialog = CorrectProcedureDialog(procedure, self)
        services, actor = self.context.services, self.context.actor
        dialog.chosen.connect(
            lambda areas, session, notes, reason: self._act(
                lambda: services.correct_procedure(
                    procedure.procedure_id,
                    actor=actor,
                    areas=areas,
                    session_number=session,
                    notes=notes,
                    reason=reason,
                    expected_version=detail.version,
                ),
                self.tr("The procedure record was corrected; print the aftercare sheet again."),
                lambda seen: self._mark_stale(seen.visit_id, {AFTERCARE}),
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_correct_identity_button_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        dialog = CorrectIdentityDialog(detail.patient, self)
        services, actor = self.context.services, self.context.actor
        dialog.chosen.connect(
            lambda first, last, born, reason: self._act(
                lambda: services.correct_identity(
                    detail.patient.patient_id,
                    actor=actor,
                    first_name=first,
                    last_name=last,
                    date_of_birth=born,
                    reason=reason,
                ),
                self.tr("The patient's record was corrected; documents must be printed again."),
                self._remember_identity,
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_merge_button_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        services, actor = self.context.services, self.context.actor

        def search(text: str, reply: Callable[[Sequence[QueueRow]], None]) -> None:
            text_part, born = parse_search(text)  # a name, or a birth date as the nurse types it
            self.context.run(
                dialog,
                lambda: services.search_visits(text_part, born, 0, 50, actor=actor),
                reply,
                lambda exc: dialog.hint.setText(self.context.words(exc)),
            )

        dialog = MergePatientDialog(detail.patient, search, self)
        dialog.chosen.connect(
            lambda duplicate, reason: self._act(
                lambda: services.merge_patients(
                    duplicate_id=duplicate,
                    keep_id=detail.patient.patient_id,
                    actor=actor,
                    reason=reason,
                ),
                self.tr("The records were merged; documents must be printed again."),
                self._remember_identity,
            )
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def on_undo_identity_button_clicked(self) -> None:
        detail = self.detail
        if detail is None:
            return
        services, actor = self.context.services, self.context.actor

        def loaded(changes: list[IdentityChangeView]) -> None:
            if not changes:
                self.message.show_message(
                    self.tr("Nothing to undo: this record was never corrected.")
                )
                return
            dialog = UndoIdentityDialog(changes, detail.zone, self)
            dialog.chosen.connect(
                lambda change_id, reason: self._act(
                    lambda: services.revert_identity_change(change_id, actor=actor, reason=reason),
                    self.tr("The change was undone; documents must be printed again."),
                    self._remember_identity,
                )
            )
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()

        self.context.run(
            self,
            lambda: services.identity_changes(detail.patient.patient_id, actor=actor),
            loaded,
            lambda exc: self.message.show_message(self.context.words(exc), "error"),
        )

    def _show_history(self, detail: VisitDetail) -> None:
        lines = [self.tr("Completed sessions for this patient: {n}").format(n=detail.session_count)]
        for review in detail.reviews:
            verb = self.tr("Cleared") if review.decision == "clear" else self.tr("Deferred")
            line = self.tr("{verb} by {who} at {at}").format(
                verb=verb,
                who=isolate(review.staff_name),
                at=format_datetime(review.at, detail.zone),
            )
            if review.reason:
                line += self.tr(": {reason}").format(reason=isolate(review.reason))
            if review.suggested_date:
                line += self.tr(" (suggested {day})").format(day=format_date(review.suggested_date))
            if review.note:
                line += self.tr(" — note: {note}").format(note=isolate(review.note))
            lines.append(line)
        for procedure in detail.procedures:
            lines.append(
                self.tr("Procedure (session {n}) by {who} at {at}: {areas}").format(
                    n=procedure.session_number,
                    who=isolate(procedure.staff_name),
                    at=format_datetime(procedure.at, detail.zone),
                    areas=", ".join(labels.area_text(a) for a in sorted(procedure.areas)),
                )
            )
        for procedure in detail.procedures:
            if procedure.supersedes_id is not None:
                lines.append(
                    self.tr("Corrected record: {reason}").format(
                        reason=isolate(procedure.correction_reason or "")
                    )
                )
            if procedure.notes and not procedure.superseded:
                lines.append(self.tr("Notes: {notes}").format(notes=isolate(procedure.notes)))
        if detail.closure is not None:
            closure = (
                self.tr("Cancelled") if detail.closure.kind == "cancelled" else self.tr("No-show")
            )
            line = self.tr("{what} by {who} at {at}").format(
                what=closure,
                who=isolate(detail.closure.staff_name),
                at=format_datetime(detail.closure.at, detail.zone),
            )
            if detail.closure.reason:
                line += self.tr(": {reason}").format(reason=isolate(detail.closure.reason))
            lines.append(line)
        if detail.history:
            lines.append(self.tr("Earlier procedures:"))
            for earlier in detail.history[:5]:
                text = self.tr("{day}: session {n}, {areas}").format(
                    day=format_date(earlier.procedure_date or earlier.at.date()),
                    n=earlier.session_number,
                    areas=", ".join(labels.area_text(a) for a in sorted(earlier.areas)),
                )
                if earlier.notes:
                    text += self.tr(" — notes: {notes}").format(notes=isolate(earlier.notes))
                lines.append("  • " + text)
        if detail.earlier_visits:
            lines.append(self.tr("Earlier visits:"))
            for row in detail.earlier_visits:
                lines.append(
                    "  • "
                    + self.tr("{day}: {status}, {flags}").format(
                        day=format_date(row.procedure_date),
                        status=labels.status_text(row.status),
                        flags=labels.flags_text(row.flag_count, row.worst_outcome),
                    )
                )
        else:
            lines.append(self.tr("No earlier visits."))
        self.history_text.setText("\n".join(lines))
