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

from kiosk.printing.backends import JobState, JobStatus, PrintError

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
    """``lp`` / ``ipptool`` / ``lpstat``; ``server`` is a CUPS host[:port] (None: the usual)."""

    name = "cups"

    def __init__(self, server: str | None = None, timeout: float = 30.0) -> None:
        self.server = server
        self.timeout = timeout

    def submit(self, pdf_path: Path, printer: str | None, title: str = "") -> str:
        args = ["lp"]
        if self.server:
            args += ["-h", self.server]
        if printer:
            args += ["-d", printer]
        if title:
            args += ["-t", title]
        args += ["--", str(pdf_path)]
        out = self._run(args)
        match = _REQUEST_ID.search(out)
        if match is None:
            raise PrintError(f"The print system gave an unexpected answer: {out.strip()}")
        return f"{match.group(1)}-{match.group(2)}"

    def status(self, job_ref: str) -> JobStatus:
        queue, _, job_id = job_ref.rpartition("-")
        if not queue or not job_id.isdigit():
            raise PrintError(f"'{job_ref}' is not a CUPS job reference")
        if shutil.which("ipptool"):
            return self._ipp_status(queue, int(job_id))
        return self._lpstat_status(queue, job_ref)

    def _ipp_status(self, queue: str, job_id: int) -> JobStatus:
        host = self.server or os.environ.get("CUPS_SERVER") or "localhost"
        if host.startswith("/"):  # a domain socket: ipptool talks to localhost instead
            host = "localhost"
        uri = f"ipp://{host}/printers/{queue}"
        user = os.environ.get("USER") or "root"
        with tempfile.NamedTemporaryFile("w", suffix=".test", delete=False) as fh:
            fh.write(_GET_JOB.format(job_id=job_id, user=user))
            test_file = fh.name
        try:
            out = self._run(["ipptool", "-tv", "-T", "10", uri, test_file], check=False)
        finally:
            os.unlink(test_file)
        found = dict(
            re.findall(r"^\s*(job-state(?:-reasons|-message)?) \(\w+\) = (.*)$", out, re.M)
        )
        state = found.get("job-state")
        if state is None:
            return JobStatus(JobState.FAILED, f"The print system has no job {job_id} on {queue}.")
        mapped = _IPP_STATES.get(state, JobState.PENDING)
        message = found.get("job-state-message", "").strip()
        if mapped is JobState.FAILED and not message:
            message = f"The printer {queue} {state} the job ({found.get('job-state-reasons', '')})."
        if state == "processing-stopped" and not message:
            message = f"The printer {queue} is paused; the job waits until it is resumed."
        return JobStatus(mapped, message)

    def _lpstat_status(self, queue: str, job_ref: str) -> JobStatus:
        for which, state in (
            ("not-completed", JobState.PENDING),
            ("completed", JobState.COMPLETED),
        ):
            out = self._run(self._lpstat(["-W", which, "-o", queue]), check=False)
            if any(line.split()[:1] == [job_ref] for line in out.splitlines()):
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

    def _run(self, args: list[str], check: bool = True) -> str:
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
                f"The printing program '{args[0]}' is not installed (is CUPS installed?)."
            ) from exc
        except subprocess.TimeoutExpired as exc:
            raise PrintError("The print system did not answer in time.") from exc
        if check and done.returncode != 0:
            raise PrintError(_plain(done.stderr or done.stdout, args[0]))
        return done.stdout


def _plain(text: str, program: str) -> str:
    """``lp: Error - The printer or class does not exist.`` -> the sentence itself."""
    line = (text.strip().splitlines() or [f"{program} failed"])[-1]
    line = re.sub(rf"^{re.escape(program)}:\s*(Error\s*-\s*)?", "", line).strip()
    if "does not exist" in line:
        return f"That printer does not exist on this computer ({line})"
    if "not accepting" in line.lower():
        return f"The printer is not accepting jobs right now ({line})"
    if "Scheduler is not running" in line or "connect" in line.lower():
        return f"The print system (CUPS) is not running ({line})"
    return line
