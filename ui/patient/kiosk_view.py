"""The patient kiosk: one stack of screens driven by a CheckinFlow, embedded by the MainWindow.

Everything the screens need from the outside is injected: the content loader, the submit
call (bound to the database by :meth:`PatientKiosk.for_services`), the clock. Submission runs on
a worker through ``ui.tasks.run_task``; a failure keeps the draft and retries with backoff, and
the same ``submission_id`` makes every retry idempotent.

The flow's draft is the only state: each screen hands its edits to the flow as they happen and
is rendered from the draft when shown; the screen left behind is emptied. The kiosk confirms
nothing about who is a patient (no "welcome back"): matching is for the nurse.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.checkin import CheckinSubmission, SignatureMethod
from kiosk.domain.checklist import Answer
from kiosk.domain.consent import SignatureError, consent_identity
from kiosk.domain.text_rules import TextRuleError
from ui.i18n import LANGUAGE_NAMES, LanguageSwitcher
from ui.patient.flow import PRIVATE_STEPS, CheckinFlow, ConsentChanged, Step
from ui.patient.messages import consent_withdrawn_message, identity_message, signature_message
from ui.patient.screen import Screen
from ui.patient.welcome import WelcomeScreen
from ui.speech.engine import default_engine
from ui.speech.voice import SelfVoicing
from ui.tasks import run_task
from ui.theme import Theme, ThemeOptions
from ui.widgets.buttons import BigButton
from ui.widgets.idle import IdlePrompt, IdleWatcher
from ui.widgets.reflow import ReflowBox
from ui.widgets.signature import render_typed_png

if TYPE_CHECKING:
    from kiosk.content import ContentBundle
    from ui.patient.about import AboutScreen
    from ui.patient.birth import BirthDateScreen
    from ui.patient.consent import ConsentScreen
    from ui.patient.done import DoneScreen, SendingScreen
    from ui.patient.names import NamesScreen
    from ui.patient.question import QuestionScreen
    from ui.patient.review import ReviewScreen
    from ui.patient.sign import SignScreen

log = logging.getLogger(__name__)

RETRY_DELAYS = (2.0, 5.0, 10.0, 30.0, 60.0)  # seconds between automatic retries
VOICING_TIME_FACTOR = 3  # listening takes longer than reading: three times the idle spans


def _not_retryable(exc: BaseException) -> bool:
    """Bad input will be refused again however often it is sent: a person must look."""
    from kiosk.services.errors import ValidationError

    return isinstance(exc, ValidationError)


class PatientKiosk(QWidget):
    staff_requested = Signal()
    checkin_saved = Signal(object)  # the service's receipt
    step_changed = Signal(str)

    def __init__(
        self,
        content: Callable[[str], ContentBundle],
        submit: Callable[[CheckinSubmission], Any],
        *,
        clinic_name: str = "",
        logo: Path | None = None,
        station: str = "kiosk",
        languages: Sequence[str] = ("en", "es"),
        today: Callable[[], date] = date.today,
        idle_timeout: float = 90.0,
        idle_warning: float = 30.0,
        done_seconds: float = 10.0,
        retry_delays: Sequence[float] = RETRY_DELAYS,
        theme: Theme | None = None,
        switcher: LanguageSwitcher | None = None,
        voice: SelfVoicing | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("patientKiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._load_content = content
        self._submit = submit
        self._today = today
        self._retry_delays = tuple(retry_delays) or RETRY_DELAYS
        self.languages = tuple(languages)
        self.theme = theme or Theme()
        self.switcher = switcher or LanguageSwitcher(parent=self)
        self.flow = CheckinFlow(station, default_language=self.languages[0])
        # The content is read at the first tap, not to show the welcome (see ``content``).
        self._content: ContentBundle | None = None
        self._content_language = self.languages[0]
        self.attempts = 0
        self._sending = False
        # Set by the main window: what forwards check-ins kept in the outbox (ui/outbox_forwarding).
        self.outbox_forwarder: QObject | None = None

        self.voice = voice if voice is not None else SelfVoicing(default_engine(), self)
        self._idle_spans = (idle_timeout, idle_warning)

        self._build_top_bar(clinic_name)
        self.welcome = WelcomeScreen(clinic_name, logo, self.languages)
        self.welcome.voicing.setVisible(self.voice.available)  # offered where it can speak
        # The other screens are built the first time they are shown (:meth:`_screen`): the
        # welcome must paint quickly, and most of them wait for a patient's first tap.
        self.screens: dict[Step, Screen] = {Step.WELCOME: self.welcome}
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.currentChanged.connect(self.on_stack_current_changed)
        self.on_stack_current_changed(self.stack.currentIndex())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.stack, 1)

        self.prompt = IdlePrompt(self)
        self.idle = IdleWatcher(idle_timeout, idle_warning, self)
        self.idle.install()
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.send)
        self.done_timer = QTimer(self)
        self.done_timer.setSingleShot(True)
        self.done_timer.setInterval(int(done_seconds * 1000))
        self.done_timer.timeout.connect(self.wipe)
        self._connect()
        self.retranslate()
        self.show_step(Step.WELCOME)

    @classmethod
    def for_services(
        cls, session_factory: Callable[[], Any], *, zone: str, **kwargs: Any
    ) -> PatientKiosk:
        """The kiosk bound to the real check-in service and the shipped content.

        The session factory is asked for on the worker at each call, so the welcome can show
        while the database is still being opened; the service modules (and SQLAlchemy) are
        imported there too, off the path to the first paint, and the content modules at the
        first tap."""

        def load_content(language: str) -> ContentBundle:
            from kiosk.content import load_content as load

            return load(language)

        zones = [zone]  # the clinic's zone may arrive with the database (adopt_clinic)

        def submit(submission: CheckinSubmission) -> Any:
            from kiosk.services.checkin import submit_checkin

            bundle = load_content(submission.language)
            return submit_checkin(
                session_factory(),
                submission,
                checklist=lambda language: load_content(language).checklist,
                consent=bundle.consent,
                zone=zones[0],
            )

        kwargs.setdefault("today", lambda: datetime.now(ZoneInfo(zones[0])).date())
        kiosk = cls(load_content, submit, **kwargs)
        kiosk._zones = zones  # type: ignore[attr-defined]
        return kiosk

    def adopt_clinic(
        self, name: str, zone: str, logo_png: bytes | None, languages: tuple[str, ...]
    ) -> None:
        """The clinic as set up in the app (read once the database is open, and again when an
        administrator changes it on any station): its name and logo on screen, its time zone
        for today's date and the check-ins, its languages (a patient already checking in
        keeps the language chosen; the next one starts in the clinic's first)."""
        from PySide6.QtGui import QPixmap

        zones = getattr(self, "_zones", None)
        if zones is not None:
            zones[0] = zone
        self.clinic_label.setText(name)
        self.clinic_label.setAccessibleName(name)
        self.welcome.clinic.setText(name)
        pixmap = QPixmap()
        if logo_png and pixmap.loadFromData(logo_png):
            self.welcome.logo.setPixmap(
                pixmap.scaledToHeight(120, Qt.TransformationMode.SmoothTransformation)
            )
            self.welcome.logo.show()
        elif not logo_png:
            self.welcome.logo.hide()
        offered = tuple(code for code in languages if code in self.welcome.language_buttons)
        if not offered:
            return
        self.languages = offered
        self.flow.default_language = offered[0]
        for code, button in self.welcome.language_buttons.items():
            button.setVisible(code in offered)
        if self.flow.step is Step.WELCOME and self.switcher.language not in offered:
            self.set_language(offered[0])
        self.retranslate()

    # -- construction -----------------------------------------------------------------------

    def _build_top_bar(self, clinic_name: str) -> None:
        self.top_bar = QFrame()
        self.top_bar.setObjectName("topBar")
        self.clinic_label = QLabel(clinic_name)
        self.clinic_label.setObjectName("topClinic")
        self.clinic_label.setWordWrap(True)
        self.clinic_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.language_toggle = BigButton(role="toolbar")
        self.large_text_toggle = BigButton(role="toolbar")
        self.large_text_toggle.setCheckable(True)
        self.contrast_toggle = BigButton(role="toolbar")
        self.contrast_toggle.setCheckable(True)
        self.top_grid = QGridLayout(self.top_bar)
        self.top_grid.setContentsMargins(32, 8, 32, 8)
        self.top_grid.setHorizontalSpacing(12)
        self.top_grid.setVerticalSpacing(4)
        self.top_stacked: bool | None = None
        self._arrange_top_bar()

    def _top_toggles(self) -> tuple[BigButton, ...]:
        return (self.language_toggle, self.large_text_toggle, self.contrast_toggle)

    def _arrange_top_bar(self) -> None:
        """The clinic name beside the toggles when both fit, else on its own line above them:
        a portrait tablet must show the whole name, and the toggles keep their full words."""
        grid, toggles = self.top_grid, self._top_toggles()
        margins = grid.contentsMargins()
        needed = (
            self.clinic_label.fontMetrics().horizontalAdvance(self.clinic_label.text())
            + sum(t.sizeHint().width() for t in toggles if not t.isHidden())
            + grid.horizontalSpacing() * len(toggles)
            + margins.left()
            + margins.right()
        )
        stacked = needed > self.width()
        if stacked == self.top_stacked:
            return
        self.top_stacked = stacked
        side = 16 if stacked else 32  # narrow: room for the toggles' full words at large text
        grid.setContentsMargins(side, 8, side, 8)
        for widget in (self.clinic_label, *toggles):
            grid.removeWidget(widget)
        row = 1 if stacked else 0
        grid.addWidget(self.clinic_label, 0, 0, 1, 1 + len(toggles) if stacked else 1)
        for column, toggle in enumerate(toggles, start=1):
            grid.addWidget(toggle, row, column)
        grid.setColumnStretch(0, 1)

    def _connect(self) -> None:
        self.language_toggle.clicked.connect(self.on_language_toggle_clicked)
        self.large_text_toggle.toggled.connect(self.theme.set_large_text)
        self.contrast_toggle.toggled.connect(self.theme.set_high_contrast)
        self.switcher.language_changed.connect(self.on_switcher_language_changed)
        w = self.welcome
        w.start_requested.connect(self.on_welcome_start_requested)
        w.about_requested.connect(lambda: self.show_step(self.flow.show_about()))
        w.language_chosen.connect(self.set_language)
        w.staff_requested.connect(self.on_staff_requested)
        w.back_requested.connect(self.on_screen_back_requested)
        w.voicing_requested.connect(self.on_voicing_requested)
        self.idle.warning.connect(self.prompt.show_countdown)
        self.idle.tick.connect(self.prompt.set_seconds)
        self.idle.resumed.connect(self.prompt.hide)
        self.idle.expired.connect(self.on_idle_expired)
        self.prompt.more_time.connect(self.idle.reset)

    # -- screens, built on first use --------------------------------------------------------

    def _screen(self, step: Step) -> Screen:
        screen = self.screens.get(step)
        if screen is None:
            screen = self._build_screen(step)
            self.screens[step] = screen
            # Hidden screens do not count for the window's size (see on_stack_current_changed).
            screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.stack.addWidget(screen)
            screen.back_requested.connect(self.on_screen_back_requested)
            for box in screen.findChildren(ReflowBox):
                box.reflow()
        return screen

    def _build_screen(self, step: Step) -> Screen:
        """The screen for ``step``, its module imported now, connected to this kiosk."""
        flow = self.flow
        if step is Step.ABOUT:
            from ui.patient.about import AboutScreen

            return AboutScreen()
        if step is Step.NAMES:
            from ui.patient.names import NamesScreen

            names = NamesScreen()
            names.names_changed.connect(flow.keep_names)
            names.names_entered.connect(self.on_names_entered)
            return names
        if step is Step.BIRTH:
            from ui.patient.birth import BirthDateScreen

            birth = BirthDateScreen()
            birth.birth_changed.connect(flow.keep_birth)
            birth.birth_entered.connect(self.on_birth_entered)
            return birth
        if step is Step.QUESTION:
            from ui.patient.question import QuestionScreen

            question = QuestionScreen()
            question.pending_changed.connect(flow.keep_pending)
            question.answered.connect(self.on_question_answered)
            return question
        if step is Step.REVIEW:
            from ui.patient.review import ReviewScreen

            review = ReviewScreen()
            review.edit_requested.connect(lambda key: self.show_step(self.flow.edit(key)))
            review.confirmed.connect(lambda: self.show_step(self.flow.to_consent()))
            return review
        if step is Step.CONSENT:
            from ui.patient.consent import ConsentScreen

            consent = ConsentScreen()
            consent.reading_moved.connect(flow.keep_reading)
            consent.tick_changed.connect(self.on_consent_tick_changed)
            consent.acknowledged.connect(self.on_consent_acknowledged)
            return consent
        if step is Step.SIGN:
            from ui.patient.sign import SignScreen

            sign = SignScreen()
            sign.signature_changed.connect(flow.keep_signature)
            sign.signed.connect(self.on_sign_signed)
            sign.signed_typed.connect(self.on_sign_signed_typed)
            return sign
        if step is Step.SENDING:
            from ui.patient.done import SendingScreen

            sending = SendingScreen()
            sending.staff_requested.connect(self.on_staff_requested)
            sending.retry_requested.connect(self.on_sending_retry_requested)
            return sending
        if step is Step.DONE:
            from ui.patient.done import DoneScreen

            done = DoneScreen()
            done.finished.connect(self.wipe)
            return done
        raise ValueError(f"no screen for {step}")

    @property
    def about(self) -> AboutScreen:
        return cast("AboutScreen", self._screen(Step.ABOUT))

    @property
    def names(self) -> NamesScreen:
        return cast("NamesScreen", self._screen(Step.NAMES))

    @property
    def birth(self) -> BirthDateScreen:
        return cast("BirthDateScreen", self._screen(Step.BIRTH))

    @property
    def question(self) -> QuestionScreen:
        return cast("QuestionScreen", self._screen(Step.QUESTION))

    @property
    def review(self) -> ReviewScreen:
        return cast("ReviewScreen", self._screen(Step.REVIEW))

    @property
    def consent(self) -> ConsentScreen:
        return cast("ConsentScreen", self._screen(Step.CONSENT))

    @property
    def sign(self) -> SignScreen:
        return cast("SignScreen", self._screen(Step.SIGN))

    @property
    def sending(self) -> SendingScreen:
        return cast("SendingScreen", self._screen(Step.SENDING))

    @property
    def done(self) -> DoneScreen:
        return cast("DoneScreen", self._screen(Step.DONE))

    @property
    def content(self) -> ContentBundle:
        """The content in the patient's language, read from its files at the first tap that
        needs it (the welcome screen needs none)."""
        if self._content is None or self._content.language != self._content_language:
            self._content = self._load_content(self._content_language)
            self.flow.set_checklist(self._content.checklist)
        return self._content

    # -- showing ----------------------------------------------------------------------------

    def on_stack_current_changed(self, index: int) -> None:
        """Only the visible screen's size counts, so a hidden wide one cannot widen the window."""
        for i in range(self.stack.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            screen = self.stack.widget(i)
            if screen is not None:
                screen.setSizePolicy(policy, policy)
        self.stack.updateGeometry()

    @property
    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget()

    def show_step(self, step: Step) -> None:
        """Fill the screen for ``step`` from the flow and the content, show it, and empty the
        screen it replaces: a screen out of sight holds nothing of the patient."""
        screen = self._screen(step)
        left = self.stack.currentWidget()
        self.voice.hold()  # what the new screen announces is part of its words
        self._fill(step)
        for box in screen.findChildren(ReflowBox):
            box.reflow()  # before it counts for the window's size, not after
        self.stack.setCurrentWidget(screen)
        if left is not screen and isinstance(left, Screen):
            left.wipe()
        # The welcome has its own language buttons: one control for the language there, not
        # a second one with the same name.
        self.language_toggle.setVisible(step not in (Step.WELCOME, Step.SENDING, Step.DONE))
        self._arrange_top_bar()
        if step in PRIVATE_STEPS or step is Step.ABOUT:
            self.idle.start()
        else:
            self.idle.stop()
            self.prompt.hide()
        if step is Step.DONE:
            self.done_timer.start()
        focus = getattr(screen, "focus_first", None)
        if focus is not None:
            focus()
        self.voice.screen_shown(screen)
        self.step_changed.emit(step.value)

    def _fill(self, step: Step) -> None:
        """Render ``step``'s screen from the draft (and the content in the current language)."""
        flow, draft = self.flow, self.flow.draft
        if step is Step.WELCOME:
            self.welcome.set_language(self.switcher.language)
        elif step is Step.ABOUT:
            self.about.set_education(self.content.education)
        elif step is Step.NAMES and draft is not None:
            self.names.show_names(draft.first_name, draft.last_name)
        elif step is Step.BIRTH and draft is not None:
            self.birth.set_context(self.switcher.language, draft.procedure_date)
            self.birth.show_birth(
                draft.birth_day, draft.birth_month, draft.birth_year, draft.today_confirmed
            )
        elif step is Step.QUESTION and draft is not None:
            item = flow.current_item()
            self.question.show_item(
                self.content.checklist,
                flow.question_index,
                flow.answer_for(item.key),
                flow.pending_choice(),
            )
        elif step is Step.REVIEW and draft is not None:
            self.review.show_answers(
                self.content.checklist, dict(draft.checklist.answers), flow.evaluation()
            )
        elif step is Step.CONSENT and draft is not None:
            flow.show_consent(consent_identity(self.content.consent))
            self.consent.show_consent(
                self.content.consent,
                flow.ticked(),
                draft.consent_read_to_end,
                draft.consent_scroll,
            )
            if draft.consent_withdrawn:
                self.consent.show_notice(consent_withdrawn_message())
        elif step is Step.SIGN and draft is not None:
            self.sign.show_signature(draft.typed_name, draft.strokes)

    # -- language and theme -----------------------------------------------------------------

    def set_language(self, language: str) -> None:
        if language not in self.languages:
            return
        if language == self.switcher.language and self._content_language == language:
            self.welcome.set_language(language)
            return
        self.switcher.set_language(language)

    def on_language_toggle_clicked(self) -> None:
        others = [code for code in self.languages if code != self.switcher.language]
        if others:
            self.set_language(others[0])

    def on_switcher_language_changed(self, language: str) -> None:
        if language not in self.languages:
            return
        self.voice.language = language
        self._content_language = language
        self.welcome.set_language(language)  # before the first tap too (no content read yet)
        if self._content is not None:  # in use: read the new language's files now
            self.content  # noqa: B018
            step = self.flow.step
            if step in (Step.CONSENT, Step.SIGN) and self.flow.draft is not None:
                # What was ticked (and signed over) belongs to the text shown then, not this one.
                self.flow.show_consent(consent_identity(self.content.consent))
                self.show_step(self.flow.step)
            else:
                self._fill(step)
        self.retranslate()

    def retranslate(self) -> None:
        others = [code for code in self.languages if code != self.switcher.language]
        other = others[0] if others else self.switcher.language
        self.language_toggle.setText(LANGUAGE_NAMES.get(other, other))
        self.language_toggle.describe(
            LANGUAGE_NAMES.get(other, other), self.tr("Shows the screens in this language")
        )
        self.large_text_toggle.setText(self.tr("A+ Larger text"))
        self.large_text_toggle.describe(
            self.tr("Larger text"), self.tr("Makes all the writing bigger; tap again to undo")
        )
        self.contrast_toggle.setText(self.tr("◐ High contrast"))
        self.contrast_toggle.describe(
            self.tr("High contrast"), self.tr("Light writing on a dark background")
        )
        self.clinic_label.setAccessibleName(self.clinic_label.text())
        self.setAccessibleName(self.tr("Patient check-in"))
        self._arrange_top_bar()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._arrange_top_bar()  # larger text widens the toggles
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.prompt.setGeometry(self.rect())
        self._arrange_top_bar()
        for box in self.findChildren(ReflowBox):
            box.reflow()  # hidden screens too, so each is ready in the right shape

    # -- the steps --------------------------------------------------------------------------

    def on_screen_back_requested(self) -> None:
        step = self.flow.back()
        if step is Step.WELCOME:
            self.wipe(keep_preferences=True)  # the same person, most likely: keep their language
        else:
            self.show_step(step)

    # -- self-voicing -------------------------------------------------------------------------

    def on_voicing_requested(self) -> None:
        self.set_voicing(not self.voice.enabled)

    def set_voicing(self, on: bool) -> None:
        """The kiosk speaks for itself (headphones), and allows longer before asking "Do you
        need more time?" and before starting again (WCAG 2.2.1)."""
        if on == self.voice.enabled or (on and not self.voice.available):
            return
        timeout, warning = self._idle_spans
        if on:
            self.voice.start(self.switcher.language)
            self.idle.set_timeouts(timeout * VOICING_TIME_FACTOR, warning * VOICING_TIME_FACTOR)
            self.voice.say(
                self.tr(
                    "Talking kiosk on. Please use the headphones: what you type is spoken. "
                    "Tab or 8 moves on, Enter or 5 chooses, Escape or 4 goes back; "
                    "F5 or 0 repeats, F6 or 1 pauses, F7 and F8, or 7 and 9, change the speed."
                )
            )
        else:
            self.voice.stop()
            self.idle.set_timeouts(timeout, warning)
        self.idle.reset()
        self.welcome.set_voicing(self.voice.enabled)
        if on and self.current_screen is not None:
            self.voice.screen_shown(self.current_screen)

    def on_staff_requested(self) -> None:
        """Staff take over the tablet: whatever was on it is forgotten first."""
        self.wipe()
        self.staff_requested.emit()

    def on_welcome_start_requested(self) -> None:
        self.content  # noqa: B018  (the first tap reads the content: the flow needs its checklist)
        self.show_step(self.flow.begin(self._today()))

    def on_names_entered(self, first: str, last: str) -> None:
        try:
            step = self.flow.set_names(first, last)
        except TextRuleError as exc:  # IdentityError (dates) included
            self.names.show_error(exc.field, identity_message(exc.field, exc.code))
            return
        self.show_step(step)

    def on_birth_entered(self, day: object, month: object, year: object, confirmed: bool) -> None:
        try:
            step = self.flow.set_birth_date(day, month, year, confirmed, self._today())  # type: ignore[arg-type]
        except TextRuleError as exc:  # IdentityError (dates) included
            self.birth.show_error(exc.field, identity_message(exc.field, exc.code))
            return
        self.show_step(step)

    def on_question_answered(self, answer: Answer) -> None:
        self.show_step(self.flow.answer(answer))

    def on_consent_tick_changed(self, key: str, ticked: bool) -> None:
        shown = self.consent.content  # the text on screen is the one the box belongs to
        if shown is not None:
            self.flow.tick(key, ticked, consent_identity(shown))
            self.consent.show_notice("")  # ticking again: the explanation has done its work

    def on_consent_acknowledged(self, _keys: tuple[str, ...]) -> None:
        try:
            step = self.flow.acknowledge(self.content.consent)
        except ConsentChanged:
            self._ask_again()
            return
        self.show_step(step)

    def _ask_again(self) -> None:
        """The ticks belong to another text than the one shown: back to reading and ticking."""
        self.flow.withdraw_consent()
        self.show_step(self.flow.step)

    def on_sign_signed_typed(self, typed_name: str) -> None:
        """The typed name adopted as the signature: the kiosk renders it; no strokes."""
        png = render_typed_png(typed_name.strip(), self.sign.pad.size())
        self.on_sign_signed(typed_name, (), png, method="typed")

    def on_sign_signed(
        self, typed_name: str, strokes: tuple, png: bytes, method: SignatureMethod = "drawn"
    ) -> None:
        if self.flow.step is not Step.SIGN:
            return  # a tap that arrives after the screen changed (the consent was withdrawn)
        try:
            self.flow.sign(typed_name, strokes, png, self.content.consent, method)
        except TextRuleError as exc:  # IdentityError (dates) included
            self.sign.show_error(identity_message("typed_name", exc.code), on_name=True)
            return
        except SignatureError as exc:
            self.sign.show_error(signature_message(str(exc)), on_name=False)
            return
        except ConsentChanged:
            self._ask_again()
            return
        self.attempts = 0
        self.sending.set_state("saving")
        self.show_step(Step.SENDING)
        self.send()

    # -- submission -------------------------------------------------------------------------

    def send(self) -> None:
        """One attempt at storing the draft's submission; never two at once."""
        draft = self.flow.draft
        if self._sending or draft is None or draft.submission is None:
            return
        self.retry_timer.stop()
        self._sending = True
        submission, submit = draft.submission, self._submit
        run_task(
            lambda: submit(submission),
            lambda receipt: self.on_submit_succeeded(submission.submission_id, receipt),
            lambda exc: self.on_submit_failed(submission.submission_id, exc),
        )

    def on_submit_succeeded(self, submission_id: str, receipt: Any) -> None:
        self._sending = False
        draft = self.flow.draft
        if (
            draft is None
            or draft.submission_id != submission_id
            or self.flow.step is not Step.SENDING
        ):
            return
        self.checkin_saved.emit(receipt)
        self.show_step(self.flow.submitted())

    def on_submit_failed(self, submission_id: str, exc: BaseException) -> None:
        self._sending = False
        draft = self.flow.draft
        if draft is None or draft.submission_id != submission_id:
            return
        self.attempts += 1
        # The kind of failure only: an exception's words (and its traceback, which a log record
        # keeps) may hold what the patient entered.
        log.warning(
            "check-in %s not saved (attempt %d): %s",
            submission_id,
            self.attempts,
            type(exc).__name__,
        )
        if _not_retryable(exc):
            self.sending.set_state("needs_desk")
            return
        self.sending.set_state("retrying")
        delay = self._retry_delays[min(self.attempts - 1, len(self._retry_delays) - 1)]
        self.retry_timer.start(int(delay * 1000))

    def on_sending_retry_requested(self) -> None:
        self.sending.set_state("saving")
        self.send()

    # -- forgetting -------------------------------------------------------------------------

    def on_idle_expired(self) -> None:
        if self.flow.step in (Step.SENDING, Step.DONE):
            return  # a signed check-in is never thrown away by a timer
        self.wipe()

    def wipe(self, keep_preferences: bool = False) -> None:
        """Forget the patient: the draft, and with it every field, tick, scroll position, undo
        history and the signature; the clipboard too. The next person also gets the first
        language and the normal text, unless ``keep_preferences`` (Back to the welcome)."""
        self.done_timer.stop()
        self.retry_timer.stop()
        self.prompt.hide()
        self.flow.wipe()
        self.voice.forget()  # what was said (a name, a date) goes with the check-in
        for screen in self.screens.values():
            screen.wipe()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear(QClipboard.Mode.Clipboard)
            if clipboard.supportsSelection():
                clipboard.clear(QClipboard.Mode.Selection)
        self.attempts = 0
        if not keep_preferences:
            self.set_voicing(False)
            self.voice.forget()
            self.large_text_toggle.setChecked(False)
            self.contrast_toggle.setChecked(False)
            if self.theme.options != ThemeOptions():
                self.theme.apply(ThemeOptions())
            self.set_language(self.languages[0])
        self.show_step(Step.WELCOME)
