"""The self-voicing mode: the spoken stream of a whole check-in with the keyboard only, in
English and in Spanish, through the real espeak-ng engine (recording each utterance to a WAV
file instead of a speaker); repeat, pause and rate; and one real utterance that is not silence."""

from __future__ import annotations

import io
import math
import shutil
import struct
import wave

import pytest
from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QApplication

from kiosk.content import load_content
from ui.patient.flow import Step
from ui.speech.engine import EspeakEngine, synthesize_wav
from ui.speech.voice import RATES, SelfVoicing

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None,
    reason="espeak-ng is not installed (Debian: apt-get install espeak-ng; "
    "scripts/bootstrap.sh test installs it)",
)


def rms(wav_bytes: bytes) -> tuple[float, float]:
    """Root mean square of the samples (16-bit mono) and the duration in seconds."""
    with wave.open(io.BytesIO(wav_bytes)) as w:
        assert w.getsampwidth() == 2 and w.getnchannels() == 1
        frames = w.readframes(w.getnframes())  # --stdout's header claims "as long as it is"
        seconds = len(frames) / 2 / w.getframerate()
    samples = struct.unpack(f"<{len(frames) // 2}h", frames)
    return math.sqrt(sum(s * s for s in samples) / max(len(samples), 1)), seconds


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Please check in here."), ("es", "Regístrese aquí, por favor.")],
)
def test_the_engine_makes_real_speech(language, text):
    loud, seconds = rms(synthesize_wav(text, language))
    assert 0.5 < seconds < 10
    assert loud > 300  # speech, not silence (16-bit samples; silence is 0)
    # the measure can fail: the same length of silence measures 0
    silent = io.BytesIO()
    with wave.open(silent, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(b"\0\0" * int(22050 * seconds))
    assert rms(silent.getvalue())[0] == 0


def press(qtbot, key, text: str = "") -> None:
    """A key on the focused control, as a keyboard or keypad sends it."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key) if not text else qtbot.keyClicks(widget, text)


def keypad(qtbot, keys: str) -> None:
    for key in keys:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClicks(widget, key)


@pytest.fixture
def voiced(qtbot, make_kiosk, tmp_path):
    """A kiosk whose voice records each utterance to a WAV file (no sound card needed)."""

    voices = []

    def make(**kwargs):
        engine = EspeakEngine(record_to=tmp_path / "speech")
        voice = SelfVoicing(engine)
        voices.append((voice, engine))
        kiosk = make_kiosk(voice=voice, **kwargs)
        with qtbot.waitActive(kiosk):
            kiosk.activateWindow()
        return kiosk

    yield make
    for voice, engine in voices:  # silenced, and its last process ended before it goes
        voice.stop()
        for process in engine.findChildren(QProcess):
            process.kill()
            process.waitForFinished(5000)


def walk_with_keys(qtbot, kiosk, first: str, last: str) -> None:
    """A whole check-in with keys only: Tab, Enter, Space, End, digits and letters."""
    welcome = kiosk.welcome
    assert QApplication.focusWidget() is welcome.start
    press(qtbot, Qt.Key.Key_F2)  # the kiosk starts speaking
    assert kiosk.voice.enabled
    press(qtbot, Qt.Key.Key_Return)  # Start check-in
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.NAMES)
    press(qtbot, None, first)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, None, last)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.BIRTH)
    press(qtbot, None, "7")  # day
    press(qtbot, Qt.Key.Key_Tab)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Up)  # March
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, None, "1991")
    while QApplication.focusWidget() is not kiosk.birth.today_box.box:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Space)  # "the treatment is today"
    while QApplication.focusWidget() is not kiosk.birth.primary:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.QUESTION)
    while kiosk.flow.step is Step.QUESTION:
        index = kiosk.flow.question_index
        press(qtbot, Qt.Key.Key_Return)  # the first answer has focus: "never" / "no"
        qtbot.waitUntil(
            lambda i=index: kiosk.flow.question_index != i or kiosk.flow.step is not Step.QUESTION
        )
    assert kiosk.flow.step is Step.REVIEW
    while QApplication.focusWidget() is not kiosk.review.primary:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.CONSENT)
    assert QApplication.focusWidget() is kiosk.consent.scroll_area
    press(qtbot, Qt.Key.Key_End)  # to the end of the text
    qtbot.waitUntil(lambda: kiosk.consent.read_to_end)
    for box in kiosk.consent.checks.values():
        while QApplication.focusWidget() is not box.box:
            press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Space)
    while QApplication.focusWidget() is not kiosk.consent.primary:
        press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.SIGN)
    press(qtbot, None, f"{first} {last}")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is kiosk.sign.use_typed
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.DONE, timeout=10000)


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_whole_check_in_spoken_with_the_keyboard_only(qtbot, voiced, language):
    kiosk = voiced()
    if language == "es":
        kiosk.set_language("es")
        qtbot.waitUntil(lambda: kiosk.welcome.start.text() == "Comenzar el registro")
    walk_with_keys(qtbot, kiosk, "Ana", "Ruiz")
    said = kiosk.voice.transcript
    content = load_content(language)
    words = {
        "en": {
            "on": "Talking kiosk on.",
            "names": "What is your name?",
            "first": "First name, text field, empty",
            "typed": ["A", "n", "a"],
            "answers": "The answers are:",
            "typed_sign": "Use my typed name as my signature, button",
        },
        "es": {
            "on": "Quiosco que habla activado.",
            "names": "¿Cómo se llama?",
            "first": "Nombre, campo de texto, vacío",
            "typed": ["A", "n", "a"],
            "answers": "Las respuestas son:",
            "typed_sign": "Usar mi nombre escrito como firma, botón",
        },
    }[language]
    assert said[0].startswith(words["on"])

    def index_of(text: str, start: int = 0) -> int:
        for i in range(start, len(said)):
            if said[i].startswith(text):
                return i
        raise AssertionError(f"{text!r} never said after {start}: {said[start : start + 30]}")

    at = index_of(words["names"])  # the screen's title
    at = index_of(words["first"], at)  # then the focused field
    for ch in words["typed"]:  # every character typed, as typed
        at = said.index(ch, at + 1)
    # every question, in order, with its answers and the focused one
    for item in content.checklist.items:
        at = index_of(" ".join(item.question.split()), at)
        assert said[at + 1 :][:4] and any(s.startswith(words["answers"]) for s in said[at : at + 4])
    # the whole consent text is read, and each statement with its state
    at = index_of(content.consent.title, at)
    for paragraph in content.consent.paragraphs:
        at = index_of(" ".join(paragraph.split()), at)
    for ack in content.consent.acknowledgements:
        index_of(" ".join(ack.text.split()), at)
    at = index_of(words["typed_sign"], at)  # signing without sight: said, then chosen
    index_of(" ".join(kiosk.done.title.text().split()), at)  # and the last screen
    assert kiosk.flow.draft.submission.consent.method == "typed"
    # the engine spoke for real: the last utterances are WAV files with sound in them
    engine = kiosk.voice.engine
    engine.wait()
    spoken = [p for p in engine.recorded if p.exists() and p.stat().st_size > 1000]
    assert spoken, "no utterance reached the engine"
    loud, _ = rms(spoken[-1].read_bytes())
    assert loud > 300
    kiosk.wipe()
    assert kiosk.voice.transcript == [] and not kiosk.voice.enabled  # the next person


def test_repeat_pause_and_rate(qtbot, voiced):
    kiosk = voiced()
    voice = kiosk.voice
    press(qtbot, Qt.Key.Key_F2)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.NAMES)
    block = list(voice.block)
    assert block[0] == "What is your name?"
    before = len(voice.transcript)
    press(qtbot, Qt.Key.Key_F5)  # repeat: the screen again, then the focused control
    assert voice.transcript[before : before + len(block)] == block
    assert voice.transcript[-1].startswith("First name, text field")
    rate = voice.rate
    press(qtbot, Qt.Key.Key_F8)
    assert voice.rate > rate and voice.transcript[-1] == "Faster"
    press(qtbot, Qt.Key.Key_F7)
    press(qtbot, Qt.Key.Key_F7)
    assert voice.rate < rate and voice.transcript[-1] == "Slower"
    for _ in range(len(RATES)):
        press(qtbot, Qt.Key.Key_F7)
    assert voice.rate == RATES[0] and voice.transcript[-1] == "Slowest"
    press(qtbot, Qt.Key.Key_F5)
    press(qtbot, Qt.Key.Key_F6)  # pause: the queue waits
    assert voice.paused and voice.transcript[-1] == "Paused"
    waiting = len(voice.queue)
    assert waiting >= 1
    press(qtbot, Qt.Key.Key_F6)  # and goes on from where it stopped
    assert not voice.paused and len(voice.queue) == waiting - 1


def test_a_12_key_keypad_alone(qtbot, voiced):
    """Digits and * and # only: start speech, type a name letter by letter, move, choose."""
    kiosk = voiced()
    keypad(qtbot, "*")  # on the welcome: the kiosk starts speaking
    assert kiosk.voice.enabled
    keypad(qtbot, "5")  # Start check-in
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.NAMES)
    # A-n-a: 2, then 6 6, then 2 (a pause between two letters on the same key)
    keypad(qtbot, "2")
    keypad(qtbot, "66")
    keypad(qtbot, "2")
    assert kiosk.names.first.text() == "Ana"
    keypad(qtbot, "#")  # next field
    assert QApplication.focusWidget() is kiosk.names.last
    keypad(qtbot, "777")  # r
    keypad(qtbot, "88")  # u
    keypad(qtbot, "444")  # i
    keypad(qtbot, "9999")  # z
    assert kiosk.names.last.text() == "Ruiz"
    keypad(qtbot, "*")  # deletes
    assert kiosk.names.last.text() == "Rui"
    assert kiosk.voice.transcript[-1].startswith("deleted")
    keypad(qtbot, "9999")
    keypad(qtbot, "#")  # on to the next control, then 5 chooses it
    while QApplication.focusWidget() is not kiosk.names.primary:
        keypad(qtbot, "8")
    keypad(qtbot, "5")
    qtbot.waitUntil(lambda: kiosk.flow.step is Step.BIRTH)
    keypad(qtbot, "7")  # in a number field the digits type
    assert kiosk.birth.entry.day.text() == "7"
    keypad(qtbot, "#")
    keypad(qtbot, "666")  # the month: next, next, next
    assert kiosk.birth.entry.month.month == 3
    keypad(qtbot, "4")
    assert kiosk.birth.entry.month.month == 2
    keypad(qtbot, "0")  # repeat
    assert kiosk.voice.transcript[-1].startswith("Month: February")
