"""Who you are (1): first and last name, typed on the on-screen keyboard or a real one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from ui.patient.screen import Screen
from ui.widgets.buttons import TOUCH_MIN
from ui.widgets.keyboard import OnScreenKeyboard

SENSITIVE = Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText


def name_field(object_name: str) -> QLineEdit:
    """A line edit no keyboard learns from; right-to-left names lay out by their own script."""
    field = QLineEdit()
    field.setObjectName(object_name)
    field.setInputMethodHints(SENSITIVE)
    field.setMinimumHeight(TOUCH_MIN + 8)
    field.setClearButtonEnabled(False)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # no copy/paste of names
    return field


# A tap or focus on a field makes it the one the on-screen keys type into.
TARGET_EVENTS = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)


class NamesScreen(Screen):
    """Shows the names the draft holds (``show_names``) and hands every edit back to it."""

    names_entered = Signal(str, str)
    names_changed = Signal(str, str)  # each edit, for the draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("names", parent)
        self.first = name_field("firstName")
        self.last = name_field("lastName")
        self.first_label = QLabel()
        self.first_label.setBuddy(self.first)
        self.last_label = QLabel()
        self.last_label.setBuddy(self.last)
        for label in (self.first_label, self.last_label):
            label.setObjectName("fieldLabel")
        self.message = self.message_label()
        self.keyboard = OnScreenKeyboard()
        self._filling = False
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        grid.addWidget(self.first_label, 0, 0)
        grid.addWidget(self.last_label, 0, 1)
        grid.addWidget(self.first, 1, 0)
        grid.addWidget(self.last, 1, 1)
        self.body.addLayout(grid)
        self.body.addWidget(self.message)
        self.body.addStretch(1)
        self.body.addWidget(self.keyboard)
        for field in (self.first, self.last):
            field.installEventFilter(self)
            field.textEdited.connect(lambda _=None: self.show_message(self.message, ""))
            field.textChanged.connect(self.on_field_text_changed)
        self.first.returnPressed.connect(self.last.setFocus)
        self.last.returnPressed.connect(self.primary.click)
        self.primary.clicked.connect(self.on_primary_clicked)
        self.setTabOrder(self.first, self.last)
        self.setTabOrder(self.last, self.primary)
        self.setTabOrder(self.primary, self.back_button)
        self.keyboard.set_target(self.first)
        self.retranslate()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in TARGET_EVENTS and isinstance(obj, QLineEdit):
            self.keyboard.set_target(obj)
        return False

    def on_primary_clicked(self) -> None:
        self.names_entered.emit(self.first.text(), self.last.text())

    def on_field_text_changed(self, _text: str) -> None:
        if not self._filling:
            self.names_changed.emit(self.first.text(), self.last.text())

    def show_names(self, first: str, last: str) -> None:
        """Render the draft's names; ``setText`` also forgets each field's undo history."""
        self._filling = True
        try:
            self.first.setText(first)
            self.last.setText(last)
        finally:
            self._filling = False
        self.show_message(self.message, "")
        self.keyboard.reset(self.first)

    def show_error(self, field: str, text: str) -> None:
        target = self.last if field == "last_name" else self.first
        self.refuse(self.message, target, text)
        target.selectAll()
        self.keyboard.set_target(target)

    def focus_first(self) -> None:
        self.first.setFocus()
        self.keyboard.set_target(self.first)

    def wipe(self) -> None:
        self.show_names("", "")

    def retranslate(self) -> None:
        self.describe_base()
        self.title.setText(self.tr("What is your name?"))
        self.first_label.setText(self.tr("First name"))
        self.last_label.setText(self.tr("Last name"))
        self.first.setAccessibleName(self.tr("First name"))
        self.first.setAccessibleDescription(self.tr("Type your first name as on your appointment"))
        self.last.setAccessibleName(self.tr("Last name"))
        self.last.setAccessibleDescription(self.tr("Type your last name, or family names"))
        self.primary.setText(self.tr("Continue ›"))
        self.primary.describe(self.tr("Continue"), self.tr("Goes on to your date of birth"))
