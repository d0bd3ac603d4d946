"""Crash safety: kill a submitting kiosk at random moments; every acknowledged check-in stays.

A kiosk process submits check-ins to one SQLite file and prints each acknowledged id; it is
killed with SIGKILL (no clean-up, as a power cut or a crash would) at a random moment, over
and over, on the same file. Afterwards every acknowledged check-in is complete (visit,
answers, consent, audit event), no half-written visit exists, the audit chain verifies and
SQLite's integrity check says ok. The seed is printed; CRASH_SEED=<seed> replays a run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.services.audit import verify_audit_chain
from kiosk.storage import open_database, sqlite_url
from tests.fixtures.database import keyed
from tests.robustness.payloads import verify_stored
from tests.robustness.zygote import zygote

pytestmark = pytest.mark.slow

KILLS = 100
MAX_DELAY = 0.3  # seconds a kiosk lives: from mid-start-up to a dozen check-ins


def test_killed_kiosks_lose_nothing_they_acknowledged(tmp_path: Path) -> None:
    seed = int(os.environ.get("CRASH_SEED") or random.randrange(2**32))
    print(f"crash test seed: {seed} (replay with CRASH_SEED={seed})")
    rng = random.Random(seed)
    path = tmp_path / "clinic.sqlite3"
    open_database(sqlite_url(path)).dispose()  # created and migrated once, like at install

    acknowledged, deaths, stderr = kill_repeatedly(sqlite_url(path), rng, KILLS)

    assert stderr.count("Traceback") == 0, f"seed {seed}: a kiosk failed:\n{stderr[-3000:]}"
    assert len(deaths) == KILLS
    assert all(sig == signal.SIGKILL for sig, _ in deaths), f"seed {seed}: {deaths}"
    assert acknowledged, "no kiosk lived long enough to acknowledge a check-in"
    kills_mid_run = len(_runs_with_acks(acknowledged))
    print(f"{len(acknowledged)} acknowledged over {KILLS} kills ({kills_mid_run} after an ack)")

    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)], f"seed {seed}"
    db = keyed(open_database(sqlite_url(path)))
    try:
        report = verify_stored(db)
        assert report.problems == [], f"seed {seed}"
        missing = set(acknowledged) - report.submission_ids
        assert not missing, f"seed {seed}: acknowledged but lost: {sorted(missing)[:10]}"
        chain = verify_audit_chain(db.session_factory)
        assert chain.ok, f"seed {seed}: {chain.problem}"
        assert chain.checked >= len(acknowledged)
    finally:
        db.dispose()


def kill_repeatedly(
    url: str, rng: random.Random, kills: int
) -> tuple[list[str], list[tuple[int, int]], str]:
    """Start a kiosk, let it live a random moment, SIGKILL it; ``kills`` times."""
    acknowledged: list[str] = []
    deaths: list[tuple[int, int]] = []
    with zygote("tests.robustness.crash_kiosk", url) as kiosks:
        for run in range(kills):
            kiosks.stdin.write(f"run {run}\n")
            kiosks.stdin.flush()
            pid = int(_expect(kiosks, "started", acknowledged)[0])
            time.sleep(rng.uniform(0, MAX_DELAY))  # the random moment of the crash
            os.kill(pid, signal.SIGKILL)
            dead_pid, sig, code = _expect(kiosks, "dead", acknowledged)
            assert int(dead_pid) == pid
            deaths.append((int(sig), int(code)))
        kiosks.stdin.close()
        stderr = kiosks.stderr.read()
        kiosks.wait(timeout=30)
    return acknowledged, deaths, stderr


def _expect(zygote: subprocess.Popen[str], word: str, acknowledged: list[str]) -> list[str]:
    """Read lines up to the one starting with ``word``, collecting acknowledgements on the way."""
    while True:
        line = zygote.stdout.readline()
        if not line:
            raise AssertionError(f"the kiosk helper stopped: {zygote.stderr.read()[-3000:]}")
        kind, *rest = line.split()
        if kind == "ack":
            acknowledged.append(rest[0])
        elif kind == word:
            return rest


def _runs_with_acks(acknowledged: list[str]) -> set[int]:
    return {int(sid.split("-")[0].removeprefix("run")) for sid in acknowledged}
