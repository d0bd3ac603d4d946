"""Every way out of a check-in leaves nothing of the patient behind: not on a screen, not in a
scroll position or an undo history, not on the clipboard, not in any Python object the kiosk's
code can reach (its modules, its objects, its slots, every widget), and never in the next
patient's submission.

The patient's values are sentinels made at run time (so this module's own constants cannot
match them) and held only by one ``Sentinels`` object, which the memory scan leaves out.
"""

from __future__ import annotations

import gc
import secrets
import string
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from types import FunctionType, MethodType
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)

from kiosk.content import load_content
from kiosk.domain.checkin import CheckinSubmission
from kiosk.domain.checklist import Choice
from kiosk.domain.consent import consent_identity
from kiosk.services.errors import ValidationError
from tests.ui.patient.walk import tap, type_text
from ui.patient.flow import Step
from ui.widgets.signature import SignaturePad


def _word(length: int = 9) -> str:
    return secrets.choice(string.ascii_uppercase) + "".join(
        secrets.choice(string.ascii_lowercase) for _ in range(length - 1)
    )


@dataclass
class Sentinels:
    """One patient's values; nothing else in the test keeps a reference to them."""

    first: str
    last: str
    typed: str  # the name typed to sign, distinct from the check-in names
    dob: date
    year: str  # the year as typed
    strokes: tuple[tuple[tuple[float, float], ...], ...] = ()
    png: bytes = b""
    years_before: frozenset[int] = frozenset()  # strings equal to the year before the patient

    @classmethod
    def make(cls) -> Sentinels:
        year = 1941 + secrets.randbelow(29) * 2  # a plausible age; 17 November in any year
        made = cls(_word(), _word(), f"{_word()} {_word()}", date(year, 11, 17), str(year))
        # A year is a short string a library may hold for its own reasons (a constant, say):
        # only a new one counts.
        made.years_before = frozenset(
            id(o) for o in _every_live_object() if type(o) is str and o == made.year
        )
        return made

    def own_ids(self) -> set[int]:
        """Every object this holder reaches, so the scan does not find the test's own copy."""
        ids: set[int] = {id(self), id(self.__dict__)}
        todo: list[Any] = list(vars(self).values())
        while todo:
            obj = todo.pop()
            ids.add(id(obj))
            if isinstance(obj, tuple):
                todo.extend(obj)
        return ids


# -- what could still hold them --------------------------------------------------------------

PROJECT_PACKAGES = frozenset({"kiosk", "ui"})
CALLABLE_KINDS = (FunctionType, MethodType, partial)


def _ours(module: object) -> bool:
    return isinstance(module, str) and module.partition(".")[0] in PROJECT_PACKAGES


def _defined_by_us(obj: Any) -> bool:
    """An instance of one of our classes, or a function, method or partial of ours."""
    kind = type(obj)
    if _ours(kind.__module__):
        return True
    if kind in CALLABLE_KINDS:
        func = getattr(obj, "func", None) or getattr(obj, "__func__", None) or obj
        return _ours(getattr(func, "__module__", None))
    return False


def _roots() -> list[Any]:
    """Everywhere the kiosk's code can leave a patient's words: its modules' globals (caches,
    module-level lists), every live object of its classes, every function it made (a slot
    connected to a Qt signal is held by C++ and reached from nothing else), every widget
    alive, and the interpreter's last error."""
    roots: list[Any] = [m for name, m in sys.modules.items() if _ours(name)]
    roots += [obj for obj in gc.get_objects() if _defined_by_us(obj)]
    roots += QApplication.allWidgets()
    roots += [getattr(sys, name, None) for name in ("last_exc", "last_value", "last_traceback")]
    return roots


def _walls() -> set[int]:
    """Other projects' modules and their globals: the walk does not enter them, so it reads
    what the kiosk reaches rather than the whole interpreter (every library's state)."""
    walls: set[int] = set()
    for name, module in list(sys.modules.items()):
        if module is not None and not _ours(name):
            walls |= {id(module), id(getattr(module, "__dict__", None))}
    return walls


def _every_live_object() -> Iterator[Any]:
    """Every object the kiosk's code reaches, down to the strings, bytes, dates and tuples
    that hold a patient's words; other projects' classes and modules are not entered."""
    walls = _walls()
    seen: set[int] = set()
    todo = _roots()
    while todo:
        obj = todo.pop()
        if id(obj) in seen or id(obj) in walls:
            continue
        seen.add(id(obj))
        yield obj
        if isinstance(obj, type) and not _ours(obj.__module__):
            continue
        todo.extend(gc.get_referents(obj))


def objects_holding(s: Sentinels, *, names: bool = True) -> list[str]:
    """What in the interpreter still holds a sentinel (after a collection). The scan's own
    needles are left out like the holder's; what it reports names no sentinel itself."""
    gc.collect()
    texts = [s.typed, *s.typed.split()]
    if names:
        texts += [s.first, s.last]
    strokes = s.strokes
    stroke = strokes[0] if strokes else None
    stroke_list = list(stroke) if stroke else None
    png_part = s.png[40:240] if s.png else None
    found: list[str] = []
    own = s.own_ids() | {id(texts), id(stroke_list), id(png_part), id(found)}
    own |= {id(t) for t in texts}
    for obj in _every_live_object():
        if id(obj) in own:
            continue
        kind = type(obj)
        if kind is str:
            if any(t in obj for t in texts) or (
                names and obj == s.year and id(obj) not in s.years_before
            ):
                found.append(f"a str of {len(obj)} characters")
        elif kind is bytes and png_part is not None:
            if len(obj) >= len(png_part) and png_part in obj:
                found.append(f"bytes of {len(obj)}: the signature image")
        elif kind is tuple and stroke is not None:
            if obj in (strokes, stroke):
                found.append("a tuple: the signature strokes")
        elif kind is list and stroke_list is not None:
            if obj == stroke_list:
                found.append("a list: the signature strokes")
        elif kind is date and names and obj == s.dob:
            found.append("the date of birth")
    return found


def widget_texts(widget: QWidget) -> list[str]:
    texts = [widget.accessibleName(), widget.accessibleDescription(), widget.toolTip()]
    if isinstance(widget, QLineEdit):
        texts += [widget.text(), widget.displayText(), widget.placeholderText()]
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    return texts


def traces_on_screen(kiosk, s: Sentinels, *, names: bool = True) -> list[str]:
    """Widget text, undo histories, scroll positions, the pad and the clipboard."""
    needles = [s.typed, *s.typed.split()] + ([s.first, s.last, s.year] if names else [])
    found = [
        f"{type(w).__name__} {w.objectName()}: {text[:40]!r}"
        for w in kiosk.findChildren(QWidget)
        for text in widget_texts(w)
        if any(n in text for n in needles)
    ]
    for field in kiosk.findChildren(QLineEdit):
        if field.isUndoAvailable() or field.isRedoAvailable():
            found.append(f"undo history in {field.objectName()}")
    for area in kiosk.findChildren(QAbstractScrollArea):
        bars = (area.verticalScrollBar(), area.horizontalScrollBar())
        if area.isVisible() is False and any(bar.value() for bar in bars):
            found.append(f"scroll position kept in {area.objectName() or type(area).__name__}")
    found += [
        f"strokes on {p.objectName()}" for p in kiosk.findChildren(SignaturePad) if p.strokes()
    ]
    clipboard = QGuiApplication.clipboard()
    if any(n in clipboard.text() for n in needles):
        found.append("the clipboard")
    return found


# -- a patient, by the kiosk's own buttons ----------------------------------------------------


class Recorder:
    """A submit that keeps each submission until the test takes it (and can refuse)."""

    def __init__(self) -> None:
        self.calls: list[CheckinSubmission] = []
        self.refuse = False

    def __call__(self, submission: CheckinSubmission) -> dict[str, Any]:
        self.calls.append(submission)
        if self.refuse:
            raise ValidationError("consent", "invalid")  # a fresh one: no traceback kept here
        return {"visit_id": len(self.calls)}


def type_names(qtbot, kiosk, s: Sentinels) -> None:
    tap(qtbot, kiosk.welcome.start)
    assert kiosk.flow.step is Step.NAMES
    type_text(kiosk.names.first, s.first)
    type_text(kiosk.names.last, s.last)
    kiosk.names.last.selectAll()
    kiosk.names.last.copy()  # a hardware keyboard's Ctrl+C, say
    assert QGuiApplication.clipboard().text() == s.last


def type_birth(qtbot, kiosk, s: Sentinels) -> None:
    entry = kiosk.birth.entry
    qtbot.mouseClick(entry.day, Qt.MouseButton.LeftButton)
    for digit in str(s.dob.day):
        tap(qtbot, entry.pad.keys[digit])
    for _ in range(s.dob.month):
        tap(qtbot, entry.month.next)
    qtbot.mouseClick(entry.year, Qt.MouseButton.LeftButton)
    for digit in s.year:
        tap(qtbot, entry.pad.keys[digit])
    kiosk.birth.today_box.box.click()


def answer_everything(qtbot, kiosk) -> None:
    while kiosk.flow.step is Step.QUESTION:
        buttons = kiosk.question.choice_buttons
        if kiosk.question.item.key == "retinoids":
            tap(qtbot, buttons[Choice.WITHIN_WINDOW])
            tap(qtbot, kiosk.question.day_buttons[1])
            continue
        tap(qtbot, buttons[Choice.NEVER] if Choice.NEVER in buttons else buttons[Choice.NO])


def read_and_tick(qtbot, kiosk) -> None:
    kiosk.consent.scroll_to_end()
    qtbot.waitUntil(lambda: kiosk.consent.read_to_end)
    for box in kiosk.consent.checks.values():
        box.box.click()


def draw(qtbot, pad: SignaturePad, wobble: int) -> None:
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(31, 117))
    for i in range(1, 26):
        qtbot.mouseMove(pad, QPoint(31 + i * 11, 117 - (i % (3 + wobble)) * 9))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(320, 100))


def up_to_sign(qtbot, kiosk, s: Sentinels) -> None:
    type_names(qtbot, kiosk, s)
    tap(qtbot, kiosk.names.primary)
    type_birth(qtbot, kiosk, s)
    tap(qtbot, kiosk.birth.primary)
    answer_everything(qtbot, kiosk)
    tap(qtbot, kiosk.review.primary)
    read_and_tick(qtbot, kiosk)
    tap(qtbot, kiosk.consent.primary)
    assert kiosk.flow.step is Step.SIGN


def sign_here(qtbot, kiosk, s: Sentinels) -> None:
    """Type the signing name and draw; the sentinels learn the strokes and image drawn."""
    type_text(kiosk.sign.name, s.typed)
    draw(qtbot, kiosk.sign.pad, wobble=2)
    s.strokes = kiosk.sign.pad.strokes()
    s.png = kiosk.sign.pad.to_png()


def back_to_welcome(qtbot, kiosk) -> list[Step]:
    """Back, and back again, to the welcome: every back path on the way."""
    walked = []
    while kiosk.flow.step is not Step.WELCOME:
        walked.append(kiosk.flow.step)
        tap(qtbot, kiosk.current_screen.back_button)
    return walked


def idle_out(qtbot, kiosk) -> None:
    kiosk.idle.set_timeouts(0.05, 0.05)
    with qtbot.waitSignal(kiosk.idle.expired, timeout=3000):
        kiosk.idle.reset()


# -- the ways out -----------------------------------------------------------------------------


def exit_back_from_names(qtbot, kiosk, s, recorder) -> None:
    type_names(qtbot, kiosk, s)
    tap(qtbot, kiosk.names.keyboard.accent_key)  # the keyboard left on its accents page
    tap(qtbot, kiosk.names.back_button)


def exit_back_from_birth(qtbot, kiosk, s, recorder) -> None:
    type_names(qtbot, kiosk, s)
    tap(qtbot, kiosk.names.primary)
    type_birth(qtbot, kiosk, s)
    assert back_to_welcome(qtbot, kiosk) == [Step.BIRTH, Step.NAMES]


def exit_back_from_sign(qtbot, kiosk, s, recorder) -> None:
    up_to_sign(qtbot, kiosk, s)
    sign_here(qtbot, kiosk, s)
    walked = back_to_welcome(qtbot, kiosk)
    assert walked[:3] == [Step.SIGN, Step.CONSENT, Step.REVIEW]
    assert walked[-2:] == [Step.BIRTH, Step.NAMES]


def exit_back_from_which_day(qtbot, kiosk, s, recorder) -> None:
    type_names(qtbot, kiosk, s)
    tap(qtbot, kiosk.names.primary)
    type_birth(qtbot, kiosk, s)
    tap(qtbot, kiosk.birth.primary)
    tap(qtbot, kiosk.question.choice_buttons[Choice.WITHIN_WINDOW])
    assert kiosk.question.day_buttons
    assert back_to_welcome(qtbot, kiosk) == [Step.QUESTION, Step.QUESTION, Step.BIRTH, Step.NAMES]


def exit_idle_on_names(qtbot, kiosk, s, recorder) -> None:
    type_names(qtbot, kiosk, s)
    assert kiosk.idle.active  # the names screen is watched like every other
    idle_out(qtbot, kiosk)


def exit_idle_on_sign(qtbot, kiosk, s, recorder) -> None:
    up_to_sign(qtbot, kiosk, s)
    sign_here(qtbot, kiosk, s)
    idle_out(qtbot, kiosk)


def exit_done(qtbot, kiosk, s, recorder) -> None:
    up_to_sign(qtbot, kiosk, s)
    sign_here(qtbot, kiosk, s)
    tap(qtbot, kiosk.sign.primary)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE)
    sent = recorder.calls.pop()
    assert sent.identity.first_name == s.first and sent.consent.typed_name == s.typed
    del sent
    tap(qtbot, kiosk.done.primary)


def exit_done_by_itself(qtbot, kiosk, s, recorder) -> None:
    kiosk.done_timer.setInterval(50)
    up_to_sign(qtbot, kiosk, s)
    sign_here(qtbot, kiosk, s)
    tap(qtbot, kiosk.sign.primary)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE)
    recorder.calls.clear()
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.WELCOME)


def exit_staff(qtbot, kiosk, s, recorder) -> None:
    recorder.refuse = True
    up_to_sign(qtbot, kiosk, s)
    sign_here(qtbot, kiosk, s)
    tap(qtbot, kiosk.sign.primary)
    qtbot.waitUntil(lambda: kiosk.sending.staff.isVisible())
    recorder.calls.clear()
    recorder.refuse = False
    with qtbot.waitSignal(kiosk.staff_requested, timeout=2000):
        tap(qtbot, kiosk.sending.staff)


EXITS: dict[str, Callable[..., None]] = {
    "back-from-names": exit_back_from_names,
    "back-from-birth": exit_back_from_birth,
    "back-from-which-day": exit_back_from_which_day,
    "back-from-sign": exit_back_from_sign,
    "idle-on-names": exit_idle_on_names,
    "idle-on-sign": exit_idle_on_sign,
    "done": exit_done,
    "done-by-itself": exit_done_by_itself,
    "staff": exit_staff,
}


# -- the next patient -------------------------------------------------------------------------


def next_patient_finds_nothing(qtbot, kiosk, recorder, s: Sentinels) -> CheckinSubmission:
    """Walk the next patient through every screen, checking each is empty on arrival."""
    bravo = Sentinels.make()
    tap(qtbot, kiosk.welcome.start)
    assert (kiosk.names.first.text(), kiosk.names.last.text()) == ("", "")
    keyboard = kiosk.names.keyboard
    assert not keyboard.showing_accents and keyboard.target is kiosk.names.first
    type_text(kiosk.names.first, bravo.first)
    type_text(kiosk.names.last, bravo.last)
    tap(qtbot, kiosk.names.primary)
    assert kiosk.birth.entry.value() == (None, None, None)
    assert not kiosk.birth.today_box.isChecked()
    type_birth(qtbot, kiosk, bravo)
    tap(qtbot, kiosk.birth.primary)
    assert not any(b.chosen() for b in kiosk.question.choice_buttons.values())
    assert kiosk.question.pages.currentWidget() is kiosk.question.choice_page
    answer_everything(qtbot, kiosk)
    tap(qtbot, kiosk.review.primary)
    consent = kiosk.consent
    qtbot.waitUntil(lambda: consent.scroll_area.verticalScrollBar().maximum() > 0)
    assert consent.scroll_area.verticalScrollBar().value() == 0
    assert not consent.read_to_end and not consent.primary.isEnabled()
    assert consent.ticked() == ()
    read_and_tick(qtbot, kiosk)
    tap(qtbot, consent.primary)
    assert kiosk.sign.name.text() == "" and kiosk.sign.pad.is_empty()
    assert not kiosk.sign.keyboard.showing_accents
    type_text(kiosk.sign.name, bravo.typed)
    draw(qtbot, kiosk.sign.pad, wobble=0)
    tap(qtbot, kiosk.sign.primary)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE)
    sent = recorder.calls.pop()
    assert sent.identity.first_name == bravo.first and sent.identity.last_name == bravo.last
    assert sent.identity.date_of_birth == bravo.dob
    assert sent.consent.typed_name == bravo.typed
    assert sent.consent.strokes != s.strokes and sent.consent.signature_png != s.png
    shown = consent_identity(load_content("en").consent)
    assert {a.text_sha256 for a in sent.consent.acknowledgements} == {shown.text_sha256}
    assert not any(text in repr(sent) for text in (s.first, s.last, s.typed, s.dob.isoformat()))
    return sent


@pytest.mark.parametrize("way_out", list(EXITS))
def test_every_way_out_leaves_nothing_behind(qtbot, make_kiosk, themed, way_out: str) -> None:
    recorder = Recorder()
    kiosk = make_kiosk(recorder, theme=themed)
    s = Sentinels.make()
    EXITS[way_out](qtbot, kiosk, s, recorder)

    assert kiosk.flow.step is Step.WELCOME and kiosk.flow.draft is None
    assert kiosk.current_screen is kiosk.welcome
    assert recorder.calls == []
    assert traces_on_screen(kiosk, s) == []
    assert objects_holding(s) == []

    next_patient_finds_nothing(qtbot, kiosk, recorder, s)
    tap(qtbot, kiosk.done.primary)
    assert objects_holding(s) == []


def test_the_scan_finds_what_is_still_held(qtbot, make_kiosk) -> None:
    """The checks above can fail: mid check-in the draft and the screens hold everything, and
    a kept submission holds the signature image too."""
    recorder = Recorder()
    kiosk = make_kiosk(recorder)
    s = Sentinels.make()
    up_to_sign(qtbot, kiosk, s)
    sign_here(qtbot, kiosk, s)
    held = objects_holding(s)
    for what in ("the signature strokes", "the date of birth", "a str"):
        assert any(what in line for line in held), (what, held)
    names_only = Sentinels(s.first, s.last, _word(), s.dob, s.year)
    assert any("a str" in line for line in objects_holding(names_only))
    assert any(s.typed in line for line in traces_on_screen(kiosk, s))
    tap(qtbot, kiosk.sign.back_button)  # the sign screen is emptied once out of sight
    assert kiosk.sign.name.text() == "" and kiosk.sign.pad.is_empty()
    assert kiosk.flow.draft.typed_name == s.typed  # and the draft keeps it for coming back
    tap(qtbot, kiosk.consent.primary)
    assert kiosk.sign.name.text() == s.typed and kiosk.sign.pad.strokes() == s.strokes
    tap(qtbot, kiosk.sign.primary)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE)
    assert any("the signature image" in line for line in objects_holding(s))
    tap(qtbot, kiosk.done.primary)
    assert any("the signature image" in line for line in objects_holding(s))  # the recorder's
    recorder.calls.clear()
    assert objects_holding(s) == []


def test_a_check_in_stored_in_a_real_database_leaves_nothing_in_memory(
    qtbot, database, nurse, themed
) -> None:
    """The same with the real check-in service on a SQLite file (and PostgreSQL when
    CLINIC_KIOSK_TEST_PG is set): once the kiosk is back at the welcome, no session, cache or
    relay keeps the patient (the database row does, of course)."""
    from kiosk.services.name_search import search_visits
    from ui.patient.kiosk_view import PatientKiosk

    kiosk = PatientKiosk.for_services(
        lambda: database.session_factory,
        zone="America/New_York",
        clinic_name="Riverside Skin Clinic",
        station="tablet-1",
        theme=themed,
    )
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    try:
        s = Sentinels.make()
        up_to_sign(qtbot, kiosk, s)
        sign_here(qtbot, kiosk, s)
        tap(qtbot, kiosk.sign.primary)
        qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE, timeout=10000)
        tap(qtbot, kiosk.done.primary)
        assert objects_holding(s) == []
        assert traces_on_screen(kiosk, s) == []
        rows = search_visits(database.session_factory, actor=nurse, text=s.last.lower())
        assert len(rows) == 1  # it was stored: the scan above looked after a real write
        del rows
    finally:
        kiosk.idle.stop()
        kiosk.idle.uninstall()
        kiosk.done_timer.stop()
