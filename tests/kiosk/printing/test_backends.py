"""The backend interface: following a job, the folder backend, CUPS error wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.printing.backends import JobState, JobStatus, PrintBackend, PrintError, follow
from kiosk.printing.cups import CupsBackend, _plain
from kiosk.printing.folder import FolderBackend


class ScriptedBackend:
    name = "scripted"

    def __init__(self, states: list[JobState]) -> None:
        self.states = states
        self.asked = 0

    def submit(self, pdf_path: Path, printer: str | None, title: str = "") -> str:
        return "job-1"

    def status(self, job_ref: str) -> JobStatus:
        state = self.states[min(self.asked, len(self.states) - 1)]
        self.asked += 1
        return JobStatus(state)


class FakeTime:
    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds

    def monotonic(self) -> float:
        return self.now


def test_follow_asks_until_the_job_is_final():
    backend = ScriptedBackend([JobState.PENDING, JobState.PRINTING, JobState.COMPLETED])
    clock = FakeTime()
    status = follow(backend, "job-1", 30, sleep=clock.sleep, monotonic=clock.monotonic)
    assert status.state is JobState.COMPLETED
    assert backend.asked == 3
    assert clock.slept == [0.25, 0.375]  # backing off


def test_follow_gives_up_after_the_timeout_with_the_last_state():
    backend = ScriptedBackend([JobState.PENDING])
    clock = FakeTime()
    status = follow(backend, "job-1", 5, sleep=clock.sleep, monotonic=clock.monotonic)
    assert status.state is JobState.PENDING
    assert clock.now == pytest.approx(5)


def test_backends_satisfy_the_protocol(tmp_path):
    assert isinstance(FolderBackend(tmp_path), PrintBackend)
    assert isinstance(CupsBackend(), PrintBackend)


def test_folder_backend_copies_and_reports(tmp_path):
    source = tmp_path / "sheet.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    backend = FolderBackend(tmp_path / "out" / "nested")
    ref = backend.submit(source, None)
    assert Path(ref).read_bytes() == b"%PDF-1.4 test"
    assert backend.status(ref).state is JobState.COMPLETED
    Path(ref).unlink()
    missing = backend.status(ref)
    assert missing.state is JobState.FAILED and "missing" in missing.message


def test_folder_backend_unwritable_folder_is_a_print_error(tmp_path):
    source = tmp_path / "sheet.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(PrintError, match="could not be saved"):
        FolderBackend(blocker / "out").submit(source, None)


def test_cups_without_cups_installed_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    source = tmp_path / "sheet.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    with pytest.raises(PrintError, match="'lp' is not installed"):
        CupsBackend().submit(source, "Any")


@pytest.mark.parametrize(
    ("stderr", "expected", "code"),
    [
        (
            "lp: Error - The printer or class does not exist.",
            "The printer X does not exist on this computer",
            "printer_missing",
        ),
        (
            'lp: Error - Destination "X" is not accepting jobs.',
            "refusing new jobs",
            "not_accepting",
        ),
        ("lpstat: Scheduler is not running.", "(CUPS) is not running", "cups_down"),
        ("lp: Error - No default destination.", "no default printer", "no_printer"),
    ],
)
def test_cups_errors_in_plain_words(stderr, expected, code):
    message, found = _plain(stderr, stderr.split(":")[0], "X")
    assert expected in message and found == code
    assert "Error -" not in message


SAMPLE = """
        printer-is-accepting-jobs (boolean) = true
        printer-state (enum) = {state}
        printer-state-message (textWithoutLanguage) = {message}
        printer-state-reasons (1setOf keyword) = {reasons}
"""


@pytest.mark.parametrize(
    ("state", "reasons", "code"),
    [
        ("idle", "none", None),
        ("idle", "toner-low-warning", None),  # a warning does not stop a job
        ("stopped", "paused", "paused"),
        ("stopped", "media-empty-error,media-needed-error", "media-empty"),
        ("stopped", "media-jam-error", "media-jam"),
        ("processing", "offline-report", None),  # a report is not a stop
        ("stopped", "offline", "offline"),
        ("stopped", "cover-open-error", "door-open"),
        ("stopped", "com.vendor-weird-error", "other"),
        ("stopped", "none", "paused"),
    ],
)
def test_printer_state_reasons_become_a_problem(state, reasons, code):
    from kiosk.printing.cups import parse_printer_attributes

    status = parse_printer_attributes(
        "Desk", SAMPLE.format(state=state, reasons=reasons, message="")
    )
    assert status.problem == code
    assert status.state == state
    assert status.ready is (code is None)


def test_problems_read_in_both_languages():
    from kiosk.printing.problems import PROBLEMS, explain

    for code, table in PROBLEMS.items():
        assert set(table) == {"en", "es"}, code
    assert explain("media-empty", "es", "Recepción") == (
        "La impresora Recepción no tiene papel. Ponga papel y vuelva a imprimir."
    )
    assert "Load paper" in explain("media-empty", "en", "Desk")
    assert "(the default printer)" in explain("paused")


def test_a_malformed_job_reference_is_refused():
    with pytest.raises(PrintError, match="not a CUPS job reference"):
        CupsBackend().status("nonsense")
