"""A kiosk that gets killed: the crash test's child, forked fresh for every kill.

Run as ``python -m tests.robustness.crash_kiosk URL``. It imports everything once, then for
each line ``run N`` on stdin forks a kiosk that opens the database and submits tagged
check-ins for ever, printing ``ack <submission_id>`` after each one returns (committed).
It prints ``started <pid>`` when the kiosk exists, and ``dead <pid> <signal> <exit code>``
once the test has killed it and it was reaped. Forking keeps a kill-and-restart cycle at a
few milliseconds instead of a second of Python imports, so a hundred kills stay quick.
"""

from __future__ import annotations

import os
import sys
import traceback

from kiosk.services.checkin import submit_checkin
from kiosk.storage import open_database
from tests.fixtures.database import TEST_ZONE, fixed_clock, keyed
from tests.robustness.payloads import CHECKLIST, tagged_submission

FOREVER = 10**6


def kiosk(url: str, run: int) -> None:
    """Open the database as a kiosk starting up would, then submit until killed."""
    db = keyed(open_database(url))
    clock = fixed_clock()
    for index in range(FOREVER):
        submission = tagged_submission(f"run{run:04d}", index)
        submit_checkin(
            db.session_factory, submission, checklist=CHECKLIST, zone=TEST_ZONE, clock=clock
        )
        os.write(1, f"ack {submission.submission_id}\n".encode())  # unbuffered: one write


def main(url: str) -> None:
    for line in sys.stdin:
        run = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                kiosk(url, run)
            except BaseException:
                traceback.print_exc()
                code = 1
            os._exit(code)
        print(f"started {pid}", flush=True)
        _, status = os.waitpid(pid, 0)
        signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        print(f"dead {pid} {signal} {code}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
