"""Signing: the full name typed, and a finger signature; Clear starts the signature again."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.patient.names import name_field
from ui.patient.screen import Screen
from ui.widgets.buttons import BigButton, WrapButton
from ui.widgets.keyboard import OnScreenKeyboard
from ui.widgets.reflow import ReflowBox
from ui.widgets.signature import SignaturePad

# A tap or focus on a field makes it the one the on-screen keys type into.
TARGET_EVENTS = (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)


class SignScreen(Screen):
    """Shows the typed name and strokes the draft holds (``show_signature``) and hands every
    edit back to it."""

    signed = Signal(str, tuple, bytes)  # typed name, strokes, PNG
    signed_typed = Signal(str)  # the typed name, adopted as the signature with one action
    signature_changed = Signal(str, tuple)  # typed name, strokes: each edit, for the draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("sign", parent)
        self.name = name_field("typedName")
        self.name_label = QLabel()
        self.name_label.setObjectName("fieldLabel")
        self.name_label.setBuddy(self.name)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.set_target(self.name)
        self.pad = SignaturePad()
        self.pad_label = QLabel()
        self.pad_label.setObjectName("fieldLabel")
        self.clear = BigButton()
        self.clear.setMinimumWidth(150)
        self.pad_label.setWordWrap(True)
        self.clear.clicked.connect(self.on_clear_clicked)
        # Signing without sight and without dragging (WCAG 2.5.1, 2.5.7): one deliberate
        # action adopts the typed name as the signature; the record says it was typed.
        self.use_typed = WrapButton(role="secondary")
        self.use_typed.setObjectName("useTypedName")
        self.use_typed.clicked.connect(self.on_use_typed_clicked)
        self.message = self.message_label()
        self._filling = False
        left = QVBoxLayout()
        left.setSpacing(8)
        left.addWidget(self.name_label)
        left.addWidget(self.name)
        left.addWidget(self.use_typed)
        left.addSpacing(16)
        left.addWidget(self.keyboard)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(8)
        pad_head = QHBoxLayout()
        pad_head.addWidget(self.pad_label, 1)
        pad_head.addWidget(self.clear)
        right.addLayout(pad_head)
        right.addWidget(self.pad, 1)
        self.columns = ReflowBox()
        self.columns.box.addLayout(left, 3)
        self.columns.box.addLayout(right, 2)
        self.body.addWidget(self.columns, 1)
        self.body.addWidget(self.message)
        self.name.installEventFilter(self)
        self.name.textEdited.connect(lambda _: self.show_message(self.message, ""))
        self.name.returnPressed.connect(self.pad.setFocus)
        self.pad.changed.connect(lambda: self.show_message(self.message, ""))
        self.name.textChanged.connect(self.on_signature_edited)
        self.pad.changed.connect(self.on_signature_edited)
        self.pad.changed.connect(self.describe_pad)
        self.primary.clicked.connect(self.on_primary_clicked)
        self.setTabOrder(self.name, self.use_typed)
        self.setTabOrder(self.use_typed, self.pad)
        self.setTabOrder(self.pad, self.clear)
        self.setTabOrder(self.clear, self.primary)
        self.setTabOrder(self.primary, self.back_button)
        self.retranslate()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.name and event.type() in TARGET_EVENTS:
            self.keyboard.set_target(self.name)
        return False

    def show_signature(self, typed_name: str, strokes: tuple) -> None:
        """Render the draft's typed name and strokes; ``setText`` also forgets the undo history."""
        self._filling = True
        try:
            self.name.setText(typed_name)
            self.pad.set_strokes(strokes)
        finally:
            self._filling = False
        self.describe_pad()
        self.show_message(self.message, "")
        self.keyboard.reset(self.name)

    def on_signature_edited(self, *_: object) -> None:
        if not self._filling:
            self.signature_changed.emit(self.name.text(), self.pad.strokes())

    def on_clear_clicked(self) -> None:
        self.pad.clear()

    def on_use_typed_clicked(self) -> None:
        self.signed_typed.emit(self.name.text())

    def on_primary_clicked(self) -> None:
        self.signed.emit(self.name.text(), self.pad.strokes(), self.pad.to_png())

    def describe_pad(self) -> None:
        """The pad's state in its description: a screen reader cannot see the ink."""
        if self.pad.is_empty():
            state = self.tr("Empty.")
        else:
            state = self.tr("Signed, {n} strokes drawn.").format(n=len(self.pad.strokes()))
        self.pad.setAccessibleDescription(
            state
            + " "
            + self.tr(
                "Draw your signature with your finger; tap Clear to start again, or use "
                "your typed name as your signature instead"
            )
        )

    def show_error(self, text: str, on_name: bool) -> None:
        self.refuse(self.message, self.name if on_name else self.pad, text)

    def focus_first(self) -> None:
        self.name.setFocus()

    def wipe(self) -> None:
        self.show_signature("", ())

    def retranslate(self) -> None:
        self.describe_base()
        self.title.setText(self.tr("Please sign"))
        self.name_label.setText(self.tr("Your full name"))
        self.name.setAccessibleName(self.tr("Your full name"))
        self.name.setAccessibleDescription(self.tr("Type your first and last name to sign"))
        self.pad_label.setText(self.tr("Sign here with your finger"))
        self.pad.hint = self.tr("Sign here")
        self.pad.setAccessibleName(self.tr("Signature box"))
        self.describe_pad()
        self.use_typed.setText(self.tr("Use my typed name as my signature"))
        self.use_typed.describe(
            self.tr("Use my typed name as my signature"),
            self.tr(
                "Signs and finishes with the full name typed above, instead of drawing; "
                "it counts as your signature and your record says it was typed"
            ),
        )
        self.pad.update()
        self.clear.setText(self.tr("Clear"))
        self.clear.describe(
            self.tr("Clear signature"), self.tr("Removes the signature so you can sign again")
        )
        self.primary.setText(self.tr("Sign and finish ✓"))
        self.primary.describe(self.tr("Sign and finish"), self.tr("Saves your check-in"))
