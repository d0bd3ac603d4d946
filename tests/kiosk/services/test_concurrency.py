"""Several kiosks submitting at once: no "database is locked", no duplicates, no lost retries."""

from __future__ import annotations

import threading

from kiosk.services.audit import verify_audit_chain
from kiosk.services.checkin import submit_checkin
from kiosk.storage import models
from tests.fixtures.database import TEST_ZONE, build_checklist, fixed_clock, make_submission
from tests.kiosk.services.helpers import count

THREADS = 6
OWN_PATIENTS = 3
CHECKLIST = build_checklist()


def test_concurrent_submissions(database):
    sf = database.session_factory
    retried = make_submission()  # every kiosk "retries" this one at the same moment
    plans = [
        [retried]
        + [
            make_submission(first_name=f"Kiosk{'abcdef'[t]}", last_name=f"Patient{'xyz'[i]}")
            for i in range(OWN_PATIENTS)
        ]
        + [make_submission(first_name="Sam", last_name="Shared")]  # one returning patient
        for t in range(THREADS)
    ]
    barrier = threading.Barrier(THREADS)
    receipts: list[list[object]] = [[] for _ in range(THREADS)]
    errors: list[BaseException] = []

    def kiosk(index: int) -> None:
        barrier.wait()
        try:
            for submission in plans[index]:
                receipts[index].append(
                    submit_checkin(
                        sf, submission, checklist=CHECKLIST, zone=TEST_ZONE, clock=fixed_clock()
                    )
                )
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=kiosk, args=(t,)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    retries = [r[0] for r in receipts]
    assert len({r.visit_id for r in retries}) == 1
    assert sum(r.created for r in retries) == 1
    shared = {r[-1].patient_id for r in receipts}
    assert len(shared) == 1
    assert count(database, models.Visit) == 1 + THREADS * (OWN_PATIENTS + 1)
    assert count(database, models.Patient) == 1 + THREADS * OWN_PATIENTS + 1
    assert count(database, models.Consent) == count(database, models.Visit)
    report = verify_audit_chain(sf)
    assert report.ok, report.problem
    assert report.checked == count(database, models.Visit)
