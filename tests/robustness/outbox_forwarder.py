"""A kiosk forwarding its outbox that gets killed: the kill-loop test's child.

Run as ``python -m tests.robustness.outbox_forwarder OUTBOX URL``. It imports everything once,
then for each line ``run N`` on stdin forks a forwarder that opens the database and forwards
the outbox until it is empty (printing ``empty``), or until the test SIGKILLs it. It prints
``started <pid>`` when the forwarder exists, and ``dead <pid> <signal> <exit code>`` once it
was reaped. Forking keeps a kill cycle at milliseconds instead of a second of imports.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

from kiosk.services.checkin import submit_checkin
from kiosk.services.outbox import Outbox
from kiosk.storage import open_database
from tests.fixtures.database import TEST_ZONE, keyed
from tests.robustness.payloads import CHECKLIST


def forward(outbox_path: str, url: str) -> None:
    db = keyed(open_database(url))
    outbox = Outbox(Path(outbox_path))

    def send(submission, signed_at):
        return submit_checkin(
            db.session_factory,
            submission,
            checklist=CHECKLIST,
            zone=TEST_ZONE,
            clock=lambda: signed_at,
        )

    while outbox.summary().held:
        outbox.forward(send)
    os.write(1, b"empty\n")


def main(outbox_path: str, url: str) -> None:
    # Once here, so every child starts with the driver and dialect loaded (no connection is
    # shared: the engine is disposed before any fork).
    open_database(url).dispose()
    for line in sys.stdin:
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                forward(outbox_path, url)
            except BaseException:
                traceback.print_exc()
                code = 1
            os._exit(code)
        print(f"started {pid} {line.split()[1]}", flush=True)
        _, status = os.waitpid(pid, 0)
        signal = os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0
        code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else -1
        print(f"dead {pid} {signal} {code}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
