"""Welcome: the clinic's name, one big Start, the language, and reading for people waiting."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ui.i18n import LANGUAGE_NAMES
from ui.patient.screen import Screen
from ui.widgets.buttons import TOUCH_MIN, BigButton, ChoiceButton


class WelcomeScreen(Screen):
    start_requested = Signal()
    about_requested = Signal()
    language_chosen = Signal(str)
    staff_requested = Signal()
    voicing_requested = Signal()  # the marked control, F2 or the keypad's *: speech on/off

    def __init__(
        self,
        clinic_name: str,
        logo: Path | None = None,
        languages: tuple[str, ...] = ("en", "es"),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("welcome", parent, back=False)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo = QLabel()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if logo is not None and Path(logo).is_file():
            pixmap = QPixmap(str(logo))
            if not pixmap.isNull():
                self.logo.setPixmap(
                    pixmap.scaledToHeight(120, Qt.TransformationMode.SmoothTransformation)
                )
        self.logo.setVisible(self.logo.pixmap() is not None and not self.logo.pixmap().isNull())
        self.clinic = QLabel(clinic_name)
        self.clinic.setObjectName("clinicName")
        self.clinic.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clinic.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("lead")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.start = BigButton(role="hero")
        self.start.setMinimumSize(420, 112)
        self.start.clicked.connect(self.start_requested)
        self.language_label = QLabel()
        self.language_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.language_buttons: dict[str, ChoiceButton] = {}
        languages_row = QHBoxLayout()
        languages_row.setSpacing(16)
        languages_row.addStretch(1)
        for code in languages:
            # Not checkable: a checkable button is a check box to a screen reader, whose
            # default action only toggles; this one's default action picks the language.
            button = ChoiceButton(LANGUAGE_NAMES.get(code, code))
            button.setProperty("role", "language")
            button.setObjectName("languageButton")
            button.setMinimumHeight(TOUCH_MIN)
            button.setMinimumWidth(220)
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self.language_buttons[code] = button
            languages_row.addWidget(button)
        languages_row.addStretch(1)
        # Self-voicing: a clearly marked control, and a key (F2, or * on a 12-key keypad).
        self.voicing = BigButton(role="language")
        self.voicing.setObjectName("voicingButton")
        self.voicing.setMinimumWidth(220)
        self.voicing.clicked.connect(self.voicing_requested)
        self._voicing_on = False
        self.about = BigButton(role="link")
        self.about.clicked.connect(self.about_requested)
        self.staff = BigButton(role="staff")
        self.staff.clicked.connect(self.staff_requested)

        self.body.addStretch(2)
        self.body.addWidget(self.logo)
        self.body.addWidget(self.clinic)
        self.body.addWidget(self.subtitle)
        self.body.addSpacing(12)
        self.body.addWidget(self.start, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addSpacing(12)
        self.body.addWidget(self.language_label)
        self.body.addLayout(languages_row)
        self.body.addWidget(self.voicing, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(3)
        self.primary.hide()
        self.footer.insertWidget(0, self.about)
        self.footer.addWidget(self.staff)
        self.set_language("en")
        self.retranslate()

    def set_language(self, language: str) -> None:
        for code, button in self.language_buttons.items():
            button.set_chosen(code == language)
            button.setAccessibleDescription(self._language_description(button))

    def _language_description(self, button: ChoiceButton) -> str:
        said = self.tr("Shows the screens in this language")
        if button.chosen():
            said = self.tr("In use now. {said}").format(said=said)
        return said

    def set_voicing(self, on: bool) -> None:
        self._voicing_on = on
        self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F2, or * on a keypad, anywhere on the welcome: the kiosk starts speaking."""
        if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Asterisk) and self.voicing.isVisible():
            if not self._voicing_on:
                self.voicing_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focus_first(self) -> None:
        """Enter on arrival starts the check-in; it never switches the language by surprise."""
        self.start.setFocus()

    def retranslate(self) -> None:
        self.describe_base()
        self.title.setText(self.tr("Welcome"))
        self.subtitle.setText(
            self.tr("Please check in here for your treatment. It takes about three minutes.")
        )
        self.start.setText(self.tr("Start check-in"))
        self.start.describe(
            self.tr("Start check-in"), self.tr("Begins your check-in; you can go back at any time")
        )
        self.language_label.setText(self.tr("Language / Idioma"))
        for code, button in self.language_buttons.items():
            button.describe(LANGUAGE_NAMES.get(code, code), self._language_description(button))
        if self._voicing_on:
            self.voicing.setText(self.tr("Stop talking"))
            self.voicing.describe(
                self.tr("Stop talking"), self.tr("The kiosk stops reading the screens aloud")
            )
        else:
            self.voicing.setText(self.tr("Talking kiosk (F2 or *)"))
            self.voicing.describe(
                self.tr("Talking kiosk"),
                self.tr(
                    "Reads every screen aloud through the headphones; press F2, or the star "
                    "key on the keypad"
                ),
            )
        self.about.setText(self.tr("About your treatment"))
        self.about.describe(
            self.tr("About your treatment"),
            self.tr("Read about acne scars and micro-needling while you wait"),
        )
        self.staff.setText(self.tr("Staff"))
        self.staff.describe(
            self.tr("Staff only"), self.tr("Opens the nurse station; for clinic staff")
        )
        self.clinic.setAccessibleName(self.clinic.text())
