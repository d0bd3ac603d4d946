"""Several stations on one database at once: nothing lost, doubled or mixed up; no deadlock.

Each kiosk and each nurse opens the database on its own (its own engine and connections), as
separate stations do. The stored rows are then checked one by one against what each
submission id says they must hold (tests.robustness.payloads).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.domain.staff import SignedIn
from kiosk.services.audit import verify_audit_chain
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import ConflictError
from kiosk.services.review import Decision, VisitStatus, decide, list_queue, queue_changed_since
from kiosk.storage import Database, models, open_database
from tests.fixtures.database import TEST_DAY, TEST_ZONE, fixed_clock, keyed
from tests.kiosk.services.helpers import drop_append_only_triggers
from tests.robustness.payloads import CHECKLIST, submission_id, tagged_submission, verify_stored

pytestmark = pytest.mark.slow

KIOSKS = 8
PER_KIOSK = 50
JOIN_TIMEOUT = 120  # seconds; a thread still alive after this is a deadlock
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def open_station(database: Database) -> Iterator[Callable[[], Database]]:
    """Open the test's database again, as another station on the network would."""
    opened: list[Database] = []

    def station() -> Database:
        db = keyed(open_database(database.url))
        opened.append(db)
        return db

    yield station
    for db in opened:
        db.dispose()


@dataclass
class Outcomes:
    errors: list[BaseException] = field(default_factory=list)
    decided: list[int] = field(default_factory=list)
    conflicts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def fail(self, exc: BaseException) -> None:
        with self.lock:
            self.errors.append(exc)


def run_threads(targets: list[Callable[[], None]], outcomes: Outcomes) -> None:
    def guarded(target: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            try:
                target()
            except BaseException as exc:  # reported by the test, not lost in the thread
                outcomes.fail(exc)

        return run

    threads = [threading.Thread(target=guarded(t), daemon=True) for t in targets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(JOIN_TIMEOUT)
    assert not any(t.is_alive() for t in threads), "a station is stuck (deadlock?)"


def nurse_loop(
    db: Database, actor: SignedIn, kiosks_done: threading.Event, outcomes: Outcomes
) -> Callable[[], None]:
    """Decide the oldest waiting visit, again and again; both nurses race for the same one."""

    def run() -> None:
        while True:
            waiting = list_queue(
                db.session_factory,
                TEST_DAY,
                actor=actor,
                zone=TEST_ZONE,
                status=VisitStatus.SUBMITTED,
                limit=20,
            )
            if not waiting:
                if kiosks_done.is_set():
                    return
                kiosks_done.wait(0.05)  # the nurse station's poll, shortened
                continue
            row = min(waiting, key=lambda r: r.visit_id)
            clear = row.visit_id % 2 == 0
            try:
                decide(
                    db.session_factory,
                    row.visit_id,
                    actor=actor,
                    decision=Decision.CLEAR if clear else Decision.DEFER,
                    expected_version=row.version,
                    reason=None if clear else "Sunburn still healing",
                    # clearing over a Reschedule flag is confirmed, with a note
                    over_reschedule=clear,
                    note="Checked the skin with the patient" if clear else None,
                )
            except ConflictError:
                with outcomes.lock:
                    outcomes.conflicts += 1
            else:
                with outcomes.lock:
                    outcomes.decided.append(row.visit_id)

    return run


def assert_every_visit_decided_once(db: Database, outcomes: Outcomes) -> None:
    assert outcomes.errors == []
    assert len(outcomes.decided) == len(set(outcomes.decided)) == KIOSKS * PER_KIOSK
    with db.session_factory() as session:
        reviews = dict(
            session.execute(
                select(models.Review.visit_id, func.count()).group_by(models.Review.visit_id)
            ).all()
        )
        visits = session.execute(select(models.Visit.id, models.Visit.version, models.Visit.status))
        for visit_id, version, status in visits:
            assert reviews.get(visit_id) == 1 and version == 2, visit_id
            expected = "cleared" if visit_id % 2 == 0 else "deferred"
            assert status == expected, visit_id
    chain = verify_audit_chain(db.session_factory)
    assert chain.ok, chain.problem


def assert_all_stored(db: Database) -> None:
    report = verify_stored(db)
    assert report.problems == []
    wanted = {submission_id(f"kiosk{k}", i) for k in range(KIOSKS) for i in range(PER_KIOSK)}
    assert report.submission_ids == wanted


def test_kiosks_in_threads_and_two_nurses(database, open_station, nurse, admin) -> None:
    outcomes = Outcomes()
    kiosks_done = threading.Event()
    watcher = open_station()  # a nurse station's poll, from the outside

    def kiosk(number: int) -> Callable[[], None]:
        db = open_station()

        def run() -> None:
            marker = None
            for index in range(PER_KIOSK):
                receipt = submit_checkin(
                    db.session_factory,
                    tagged_submission(f"kiosk{number}", index),
                    checklist=CHECKLIST,
                    zone=TEST_ZONE,
                    clock=fixed_clock(),
                )
                assert receipt.created
                # Acknowledged means visible: the very next poll of another station sees it
                # (the nurse station's own pace: tests/robustness/test_queue_latency.py).
                changed, marker = queue_changed_since(watcher.session_factory, marker, actor=nurse)
                assert changed
                queue = list_queue(
                    watcher.session_factory, TEST_DAY, actor=nurse, zone=TEST_ZONE, limit=500
                )
                assert receipt.visit_id in {row.visit_id for row in queue}

        return run

    kiosks = [kiosk(n) for n in range(KIOSKS)]
    nurses = [nurse_loop(open_station(), staff, kiosks_done, outcomes) for staff in (nurse, admin)]

    def all_kiosks() -> None:
        try:
            run_threads(kiosks, outcomes)
        finally:
            kiosks_done.set()

    run_threads([all_kiosks, *nurses], outcomes)

    assert outcomes.errors == []
    assert_all_stored(database)
    assert_every_visit_decided_once(database, outcomes)


def test_kiosks_in_processes_and_two_nurses(database, open_station, nurse, admin) -> None:
    """Separate processes, as separate tablets are: SQLite's file locking, not Python's."""
    outcomes = Outcomes()
    kiosks_done = threading.Event()
    url = database.url.render_as_string(hide_password=False)
    nurses = [nurse_loop(open_station(), staff, kiosks_done, outcomes) for staff in (nurse, admin)]
    acknowledged: list[str] = []

    def kiosks() -> None:
        try:
            command = [sys.executable, "-m", "tests.robustness.kiosk_process", url]
            children = [
                subprocess.Popen(
                    [*command, f"kiosk{n}", "0", str(PER_KIOSK)],
                    cwd=REPO,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for n in range(KIOSKS)
            ]
            for child in children:
                out, err = child.communicate(timeout=JOIN_TIMEOUT)
                assert child.returncode == 0, err[-2000:]
                assert "database is locked" not in err
                acknowledged.extend(line for line in out.splitlines() if line != "ready")
        finally:
            kiosks_done.set()

    run_threads([kiosks, *nurses], outcomes)

    assert outcomes.errors == []
    assert len(acknowledged) == KIOSKS * PER_KIOSK
    assert_all_stored(database)
    assert_every_visit_decided_once(database, outcomes)


def test_two_nurses_deciding_the_same_visit_at_the_same_moment(
    database, open_station, nurse, admin
) -> None:
    rounds = 20
    receipts = [
        submit_checkin(
            database.session_factory,
            tagged_submission("desk", i),
            checklist=CHECKLIST,
            zone=TEST_ZONE,
            clock=fixed_clock(),
        )
        for i in range(rounds)
    ]
    barrier = threading.Barrier(2, timeout=30)
    results: dict[int, list[object]] = {r.visit_id: [] for r in receipts}
    outcomes = Outcomes()

    def nurse_at(db: Database, actor: SignedIn, decision: Decision) -> Callable[[], None]:
        def run() -> None:
            for receipt in receipts:
                barrier.wait()  # both have read version 1; now both press the button
                try:
                    result: object = decide(
                        db.session_factory,
                        receipt.visit_id,
                        actor=actor,
                        decision=decision,
                        expected_version=1,
                        reason="Too soon after sunburn",
                        over_reschedule=True,  # a confirmed clear over the Reschedule flag
                        note="Checked the skin with the patient",
                    )
                except ConflictError as exc:
                    result = exc
                with outcomes.lock:
                    results[receipt.visit_id].append(result)

        return run

    run_threads(
        [
            nurse_at(open_station(), nurse, Decision.CLEAR),
            nurse_at(open_station(), admin, Decision.DEFER),
        ],
        outcomes,
    )
    assert outcomes.errors == []
    for visit_id, both in results.items():
        winners = [r for r in both if r == 2]
        losers = [r for r in both if isinstance(r, ConflictError)]
        assert len(winners) == 1 and len(losers) == 1, (visit_id, both)
        assert "Another colleague updated this visit" in str(losers[0])
    with database.session_factory() as session:
        assert session.scalar(select(func.count()).select_from(models.Review)) == rounds


def test_the_verifier_notices_a_mixed_up_row(database) -> None:
    """The checks above can fail: one answer moved to another patient's visit is caught."""
    for index in range(2):
        submit_checkin(
            database.session_factory,
            tagged_submission("kiosk0", index),
            checklist=CHECKLIST,
            zone=TEST_ZONE,
            clock=fixed_clock(),
        )
    assert verify_stored(database).problems == []
    drop_append_only_triggers(database, "answers")  # answers are append-only since 0002
    with database.session_factory.begin() as session:
        first, second = session.execute(select(models.Visit.id).order_by(models.Visit.id)).scalars()
        sunburn = {
            a.visit_id: a
            for a in session.execute(
                select(models.Answer).where(models.Answer.item_key == "sunburn")
            ).scalars()
        }
        session.delete(sunburn[second])
        session.flush()
        sunburn[first].visit_id = second  # the first patient's answer, now under the second
    problems = verify_stored(database).problems
    assert len(problems) == 2 and all("answers" in p for p in problems)
