"""Offline speech through the espeak-ng program.

Why the program and not a binding: espeak-ng is a Debian package (``espeak-ng``) with Windows
builds, speaks English and Spanish offline, and its command line is its stable interface; a
subprocess needs no compiled Python binding and no 160 MB of Qt add-ons (QtTextToSpeech). The
text goes through standard input, never the command line, so nothing in it is an option.

:class:`EspeakEngine` speaks one utterance at a time on a ``QProcess`` (non-blocking, stopped at
once for "pause" or a new screen); ``record_to`` writes each utterance to a WAV file instead of
the speaker (a kiosk without a sound card, and tests). :func:`synthesize_wav` returns one
utterance's audio.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

PROGRAM = "espeak-ng"
VOICES = {"en": "en-us", "es": "es-419"}  # Latin American Spanish, as the content is written
DEFAULT_RATE = 165  # words per minute
TIMEOUT_S = 30


def find_program(program: str = PROGRAM) -> str | None:
    return shutil.which(program)


def voice_for(language: str) -> str:
    return VOICES.get(language, VOICES["en"])


def speech_args(language: str, rate: int) -> list[str]:
    return ["-v", voice_for(language), "-s", str(int(rate)), "--stdin"]


def synthesize_wav(
    text: str, language: str, rate: int = DEFAULT_RATE, program: str = PROGRAM
) -> bytes:
    """``text`` spoken, as the bytes of a WAV file (espeak-ng ``--stdout``)."""
    done = subprocess.run(
        [program, "--stdout", *speech_args(language, rate)],
        input=text.encode("utf-8"),
        capture_output=True,
        timeout=TIMEOUT_S,
        check=True,
    )
    return done.stdout


class EspeakEngine(QObject):
    """One utterance at a time; ``finished`` when it ends or is stopped."""

    finished = Signal()

    def __init__(
        self,
        program: str = PROGRAM,
        record_to: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.program = program
        self.record_to = record_to
        self.recorded: list[Path] = []  # with ``record_to``: each utterance's file, in order
        self._numbers = itertools.count(1)
        self._process: QProcess | None = None

    @property
    def busy(self) -> bool:
        return self._process is not None

    def speak(self, text: str, language: str, rate: int) -> None:
        self.stop()
        args = speech_args(language, rate)
        if self.record_to is not None:
            self.record_to.mkdir(parents=True, exist_ok=True)
            path = self.record_to / f"utterance-{next(self._numbers):04d}.wav"
            self.recorded.append(path)
            args = ["-w", str(path), *args]
        process = QProcess(self)
        process.setProgram(self.program)
        process.setArguments(args)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        process.start()
        process.write(text.encode("utf-8"))
        process.closeWriteChannel()

    def stop(self) -> None:
        """Silence now, without waiting: the killed process is deleted once it has ended."""
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect()
            process.errorOccurred.disconnect()
            if process.state() == QProcess.ProcessState.NotRunning:
                process.deleteLater()
            else:
                process.finished.connect(process.deleteLater)
                process.kill()

    def wait(self, msecs: int = 10000) -> bool:
        """Block until the utterance being spoken ends (for a script or a test)."""
        process = self._process
        return process is None or process.waitForFinished(msecs)

    def _on_finished(self, *_: object) -> None:
        process = self.sender()
        if isinstance(process, QProcess) and process is self._process:
            self._process = None
            process.deleteLater()
            self.finished.emit()

    def _on_error(self, error: QProcess.ProcessError) -> None:
        process = self.sender()
        if (
            isinstance(process, QProcess)
            and process is self._process
            and error == QProcess.ProcessError.FailedToStart
        ):
            self._process = None  # no program: the transcript still says what would be said
            process.deleteLater()
            self.finished.emit()


def default_engine(parent: QObject | None = None) -> EspeakEngine | None:
    """The engine when espeak-ng is installed, else None (self-voicing is then not offered)."""
    program = find_program()
    return EspeakEngine(program, parent=parent) if program else None
