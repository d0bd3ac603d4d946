"""Forwarding the outbox survives SIGKILL at any moment: nothing lost, nothing stored twice.

An outbox holding 120 signed check-ins is forwarded by a process that is SIGKILLed at a random
moment, again and again (between the server's COMMIT and the outbox's DELETE included), until
a forwarder finds the outbox empty. Then every check-in is stored exactly once and complete,
the audit chain is whole, and the outbox is empty and sound. On SQLite, and on PostgreSQL when
CLINIC_KIOSK_TEST_PG is set. The seed is printed; OUTBOX_SEED=<seed> replays a run.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import time
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.services.audit import verify_audit_chain
from kiosk.services.outbox import Outbox
from kiosk.storage import Database
from tests.fixtures.database import TEST_NOW
from tests.robustness.payloads import tagged_submission, verify_stored
from tests.robustness.zygote import zygote

pytestmark = pytest.mark.slow

HELD = 120  # enough that a forwarder cannot empty it before the first kills land
MAX_ROUNDS = 300
# A forwarder lives up to WINDOW seconds before the kill. Forked children start in
# milliseconds and a fast machine forwards ~100 check-ins in half a second, so the window
# starts short; it doubles (up to MAX_WINDOW) after a forwarder that was killed before it
# forwarded anything, so that a slow or loaded machine still makes progress.
FIRST_WINDOW = 0.05
MAX_WINDOW = 2.0


def test_killed_forwarders_lose_nothing_and_store_nothing_twice(
    tmp_path: Path, database: Database
) -> None:
    seed = int(os.environ.get("OUTBOX_SEED") or random.randrange(2**32))
    print(f"outbox kill-loop seed: {seed} (replay with OUTBOX_SEED={seed})")
    rng = random.Random(seed)
    outbox = Outbox(tmp_path / "kiosk" / "outbox.sqlite3")
    expected = set()
    for index in range(HELD):
        submission = tagged_submission("held", index)
        outbox.put(submission, TEST_NOW - timedelta(minutes=HELD - index))
        expected.add(submission.submission_id)
    url = database.url.render_as_string(hide_password=False)

    kills, finished = _kill_until_empty(outbox, url, rng)

    assert finished, f"seed {seed}: the outbox never emptied in {MAX_ROUNDS} rounds"
    assert kills >= 3, f"seed {seed}: too few kills landed ({kills}) to prove anything"
    print(f"{kills} forwarders killed before one emptied the outbox")
    assert outbox.summary().held == 0
    with closing(sqlite3.connect(outbox.path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    report = verify_stored(database)
    assert report.problems == [], f"seed {seed}"  # complete, and no submission id twice
    assert report.submission_ids == expected, f"seed {seed}"
    chain = verify_audit_chain(database.session_factory)
    assert chain.ok and chain.checked == HELD, f"seed {seed}: {chain}"


def _kill_until_empty(outbox: Outbox, url: str, rng: random.Random) -> tuple[int, bool]:
    kills = 0
    window = FIRST_WINDOW
    held = outbox.summary().held
    with zygote("tests.robustness.outbox_forwarder", str(outbox.path), url) as forwarders:
        for run in range(MAX_ROUNDS):
            forwarders.stdin.write(f"run {run}\n")
            forwarders.stdin.flush()
            pid = int(_expect(forwarders, "started")[0])
            time.sleep(rng.uniform(0, window))
            with contextlib.suppress(ProcessLookupError):  # it may have finished already
                os.kill(pid, signal.SIGKILL)
            lines = _until(forwarders, "dead")
            sig = int(lines[-1][2])
            if any(line[0] == "empty" for line in lines) or sig == 0:
                assert int(lines[-1][3]) == 0, forwarders.stderr.read()[-3000:]
                return kills, True
            assert sig == signal.SIGKILL
            kills += 1
            still_held = outbox.summary().held
            if still_held == held:  # killed before it forwarded anything: live longer next time
                window = min(window * 2, MAX_WINDOW)
            held = still_held
        return kills, False


def _expect(zygote: subprocess.Popen[str], word: str) -> list[str]:
    return _until(zygote, word)[-1][1:]


def _until(zygote: subprocess.Popen[str], word: str) -> list[list[str]]:
    seen = []
    while True:
        line = zygote.stdout.readline()
        if not line:
            raise AssertionError(f"the forwarder helper stopped: {zygote.stderr.read()[-3000:]}")
        seen.append(line.split())
        if seen[-1][0] == word:
            return seen
