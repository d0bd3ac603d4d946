"""Printing through CUPS with its own command-line clients (no extra Python package).

``lp`` sends the PDF itself to a named queue (or the default one); ``ipptool`` asks the server
for the job's state (``lpstat -W completed`` is the fallback where ipptool is absent).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from kiosk.printing.backends import JobState, JobStatus, PrintError, PrinterStatus
from kiosk.printing.problems import explain, reason_code

_REQUEST_ID = re.compile(r"request id is (\S+)-(\d+)")
_GET_JOB = """{{
  OPERATION Get-Job-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR integer job-id {job_id}
  ATTR name requesting-user-name {user}
  ATTR keyword requested-attributes job-state,job-state-reasons,job-state-message
}}
"""
_PRINTER_ATTRIBUTES = (
    "printer-state,printer-state-reasons,printer-state-message,printer-is-accepting-jobs"
)
_GET_PRINTER = f"""{{
  OPERATION Get-Printer-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR keyword requested-attributes {_PRINTER_ATTRIBUTES}
}}
"""
# ``lp -o media=...``: the names CUPS and every PPD know for the two paper sizes
MEDIA = {"letter": "Letter", "a4": "A4"}
_IPP_STATES = {
    "pending": JobState.PENDING,
    "pending-held": JobState.PENDING,
    "processing": JobState.PRINTING,
    "processing-stopped": JobState.PENDING,
    "completed": JobState.COMPLETED,
    "canceled": JobState.FAILED,
    "aborted": JobState.FAILED,
}


class CupsBackend:
    """``lp`` / ``ipptool`` / ``lpstat`` / ``cancel``; ``server`` is a CUPS host[:port]
    (None: the usual); ``paper`` ("letter" or "a4") is asked of the printer with every job."""

    name = "cups"

    def __init__(
        self, server: str | None = None, timeout: float = 30.0, paper: str | None = None
    ) -> None:
        if paper is not None and paper not in MEDIA:
            raise ValueError(f"paper must be one of {', '.join(MEDIA)}, not {paper!r}")
        self.server = server
        self.timeout = timeout
        self.paper = paper

    def submit(self, pdf_path: Path, printer: str | None, title: str = "") -> str:
        if not printer and self.default_printer() is None:
            raise PrintError(explain("no_printer"), "no_printer")
        args = ["lp"]
        if self.server:
            args += ["-h", self.server]
        if printer:
            args += ["-d", printer]
        if title:
            args += ["-t", title]
        if self.paper:
            args += ["-o", f"media={MEDIA[self.paper]}"]
        args += ["--", str(pdf_path)]
        out = self._run(args, printer=printer)
        match = _REQUEST_ID.search(out)
        if match is None:
            raise PrintError(f"The print system gave an unexpected answer: {out.strip()}")
        return f"{match.group(1)}-{match.group(2)}"

    def cancel(self, job_ref: str) -> None:
        """``cancel QUEUE-ID``; a job already finished or unknown is not an error."""
        args = ["cancel", *(["-h", self.server] if self.server else []), job_ref]
        self._run(args, check=False)

    def printer_status(self, printer: str | None) -> PrinterStatus:
        """The queue's state and reasons (IPP), turned into a problem code when one stops it."""
        name = printer or self.default_printer()
        if not name:
            return PrinterStatus("", "unknown", problem="no_printer")
        if name not in self.printers():
            return PrinterStatus(name, "unknown", problem="printer_missing")
        if not shutil.which("ipptool"):
            return self._lpstat_printer(name)
        out = self._ipp(name, _GET_PRINTER)
        return parse_printer_attributes(name, out)

    def _lpstat_printer(self, name: str) -> PrinterStatus:
        out = self._run(self._lpstat(["-p", name, "-l"]), check=False)
        if " disabled " in out or "disabled since" in out:
            return PrinterStatus(name, "stopped", ("paused",), problem="paused")
        return PrinterStatus(name, "idle")

    def status(self, job_ref: str) -> JobStatus:
        queue, _, job_id = job_ref.rpartition("-")
        if not queue or not job_id.isdigit():
            raise PrintError(f"'{job_ref}' is not a CUPS job reference")
        if shutil.which("ipptool"):
            return self._ipp_status(queue, int(job_id))
        return self._lpstat_status(queue, job_ref)

    def _ipp(self, queue: str, request: str) -> str:
        host = self.server or os.environ.get("CUPS_SERVER") or "localhost"
        if host.startswith("/"):  # a domain socket: ipptool talks to localhost instead
            host = "localhost"
        uri = f"ipp://{host}/printers/{queue}"
        with tempfile.NamedTemporaryFile("w", suffix=".test", delete=False) as fh:
            fh.write(request)
            test_file = fh.name
        try:
            return self._run(["ipptool", "-tv", "-T", "10", uri, test_file], check=False)
        finally:
            os.unlink(test_file)

    def _ipp_status(self, queue: str, job_id: int) -> JobStatus:
        user = os.environ.get("USER") or "root"
        out = self._ipp(queue, _GET_JOB.format(job_id=job_id, user=user))
        found = dict(
            re.findall(r"^\s*(job-state(?:-reasons|-message)?) \(\w+\) = (.*)$", out, re.M)
        )
        state = found.get("job-state")
        if state is None:
            return JobStatus(
                JobState.FAILED, f"The print system has no job {job_id} on {queue}.", "job_failed"
            )
        mapped = _IPP_STATES.get(state, JobState.PENDING)
        if mapped is JobState.COMPLETED:
            return JobStatus(mapped)
        if mapped is JobState.FAILED:
            code = "cancelled" if state == "canceled" else "job_failed"
            return JobStatus(mapped, explain(code, printer=queue), code)
        # waiting: say why, from the printer's own state (paused, out of paper, jammed, ...)
        printer = parse_printer_attributes(queue, self._ipp(queue, _GET_PRINTER))
        if printer.problem:
            return JobStatus(mapped, explain(printer.problem, printer=queue), printer.problem)
        return JobStatus(mapped)

    def _lpstat_status(self, queue: str, job_ref: str) -> JobStatus:
        for which, state in (
            ("not-completed", JobState.PENDING),
            ("completed", JobState.COMPLETED),
        ):
            out = self._run(self._lpstat(["-W", which, "-o", queue]), check=False)
            if any(line.split()[:1] == [job_ref] for line in out.splitlines()):
                if state is JobState.PENDING:  # why it waits, as far as lpstat can tell
                    problem = self._lpstat_printer(queue).problem
                    if problem:
                        return JobStatus(state, explain(problem, printer=queue), problem)
                return JobStatus(state)
        return JobStatus(JobState.FAILED, f"The print system no longer knows job {job_ref}.")

    def printers(self) -> list[str]:
        """The queue names CUPS offers (for a settings screen)."""
        out = self._run(self._lpstat(["-e"]), check=False)
        return [line.strip() for line in out.splitlines() if line.strip()]

    def default_printer(self) -> str | None:
        out = self._run(self._lpstat(["-d"]), check=False)
        match = re.search(r"system default destination: (\S+)", out)
        return match.group(1) if match else None

    def _lpstat(self, args: Sequence[str]) -> list[str]:
        return ["lpstat", *(["-h", self.server] if self.server else []), *args]

    def _run(self, args: list[str], check: bool = True, printer: str | None = None) -> str:
        try:
            done = subprocess.run(
                args,
                capture_output=True,
                text=True,
                timeout=self.timeout,
                env={**os.environ, "LC_ALL": "C"},
                check=False,
            )
        except FileNotFoundError as exc:
            raise PrintError(
                f"The printing program '{args[0]}' is not installed (is CUPS installed?).",
                "cups_down",
            ) from exc
        except subprocess.TimeoutExpired as exc:
            raise PrintError("The print system did not answer in time.", "cups_down") from exc
        if check and done.returncode != 0:
            message, code = _plain(done.stderr or done.stdout, args[0], printer)
            raise PrintError(message, code, printer)
        return done.stdout


def parse_printer_attributes(name: str, ipptool_output: str) -> PrinterStatus:
    """``ipptool -tv`` output of Get-Printer-Attributes -> a PrinterStatus with its problem."""
    found = dict(
        re.findall(
            r"^\s*(printer-state(?:-reasons|-message)?|printer-is-accepting-jobs) \([^)]*\)"
            r" = (.*)$",
            ipptool_output,
            re.M,
        )
    )
    state = found.get("printer-state", "unknown").strip()
    reasons = tuple(r.strip() for r in found.get("printer-state-reasons", "").split(",") if r)
    accepting = found.get("printer-is-accepting-jobs", "true").strip() != "false"
    problem = reason_code(reasons)
    if problem is None and state == "stopped":
        problem = "paused"
    if problem is None and not accepting:
        problem = "not_accepting"
    return PrinterStatus(
        name,
        state,
        reasons,
        accepting,
        found.get("printer-state-message", "").strip(),
        problem,
    )


def _plain(text: str, program: str, printer: str | None = None) -> tuple[str, str]:
    """``lp: Error - The printer or class does not exist.`` -> plain words and a code."""
    line = (text.strip().splitlines() or [f"{program} failed"])[-1]
    line = re.sub(rf"^{re.escape(program)}:\s*(Error\s*-\s*)?", "", line).strip()
    lowered = line.lower()
    if "no default destination" in lowered:
        return explain("no_printer"), "no_printer"
    if "does not exist" in line:
        return explain("printer_missing", printer=printer), "printer_missing"
    if "not accepting" in lowered:
        return explain("not_accepting", printer=printer), "not_accepting"
    if "scheduler is not running" in lowered or "connect" in lowered:
        return explain("cups_down"), "cups_down"
    return line, "other"
