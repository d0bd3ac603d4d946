"""A kiosk in its own process: submit tagged check-ins, print each acknowledged id at once.

Run by the robustness tests (``python -m tests.robustness.kiosk_process URL STATION FIRST
COUNT``). A line on stdout means submit_checkin returned: the check-in is committed. The
crash test kills this process at random moments and then holds the database to every
printed promise.
"""

from __future__ import annotations

import sys

from kiosk.services.checkin import submit_checkin
from kiosk.storage import open_database
from tests.fixtures.database import TEST_ZONE, fixed_clock, keyed
from tests.robustness.payloads import CHECKLIST, tagged_submission


def main(url: str, station: str, first: int, count: int) -> None:
    db = keyed(open_database(url))
    print("ready", flush=True)
    clock = fixed_clock()
    for index in range(first, first + count):
        submission = tagged_submission(station, index)
        submit_checkin(
            db.session_factory, submission, checklist=CHECKLIST, zone=TEST_ZONE, clock=clock
        )
        print(submission.submission_id, flush=True)
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
