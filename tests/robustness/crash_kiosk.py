"""A kiosk that gets killed: the crash test's child, forked fresh for every kill.

Run as ``python -m tests.robustness.crash_kiosk URL``. It imports everything once, then for
each line ``run N`` on stdin forks a kiosk (tests.robustness.zygote) that opens the database
and submits tagged check-ins for ever, printing ``ack <submission_id>`` after each one
returns (committed), until the test kills it.
"""

from __future__ import annotations

import os
import sys

from kiosk.services.checkin import submit_checkin
from kiosk.storage import open_database
from kiosk.storage.database import packaged_head
from tests.fixtures.database import TEST_ZONE, fixed_clock, keyed
from tests.robustness.payloads import CHECKLIST, tagged_submission
from tests.robustness.zygote import serve

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
    packaged_head()  # Alembic and its reading of the revisions, once, before any fork
    serve(lambda run: kiosk(url, run))


if __name__ == "__main__":
    main(sys.argv[1])
