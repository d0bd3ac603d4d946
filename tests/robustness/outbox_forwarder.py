"""A kiosk forwarding its outbox that gets killed: the kill-loop test's child.

Run as ``python -m tests.robustness.outbox_forwarder OUTBOX URL``. It imports everything once,
then for each line ``run N`` on stdin forks a forwarder (tests.robustness.zygote) that opens
the database and forwards the outbox until it is empty (printing ``empty``), or until the
test SIGKILLs it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from kiosk.services.checkin import submit_checkin
from kiosk.services.outbox import Outbox
from kiosk.storage import open_database
from tests.fixtures.database import TEST_ZONE, keyed
from tests.robustness.payloads import CHECKLIST
from tests.robustness.zygote import serve


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
    serve(lambda run: forward(outbox_path, url))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
