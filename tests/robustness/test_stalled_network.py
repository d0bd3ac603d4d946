"""A network path that goes silent mid-transaction: every wait ends within its bound.

The station reaches the shared server through tests.robustness.tcp_proxy, which holds a
COMMIT and everything after it while keeping the sockets open (the kernel keeps acknowledging,
so TCP alone never notices). The stalled station gives up as StorageUnavailable within its
action time; the server ends its idle transaction, so the audit head it held is free again and
another station checks in within seconds. Runs only when CLINIC_KIOSK_TEST_PG is set.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from kiosk.config import DatabaseTimeouts
from kiosk.services.audit import verify_audit_chain
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import StorageUnavailable
from kiosk.storage import Database, DatabaseUnavailable, models, open_database
from kiosk.storage.problems import StorageCause
from tests.fixtures.database import PG_ENV, TEST_ZONE, fixed_clock, keyed
from tests.robustness.payloads import CHECKLIST, tagged_submission, verify_stored
from tests.robustness.tcp_proxy import FlakyProxy

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} is not set"),
]

# Short bounds so the test takes seconds; the shipped defaults are longer (kiosk.config).
QUICK = DatabaseTimeouts(
    connect_seconds=2,
    keepalive_idle_seconds=1,
    keepalive_interval_seconds=1,
    keepalive_count=2,
    tcp_user_seconds=3,
    statement_seconds=3,
    lock_seconds=6,
    idle_in_transaction_seconds=2,
    action_seconds=4,
)


def through(proxy: FlakyProxy, server_db: Database):
    return server_db.url.set(host="127.0.0.1", port=proxy.port).update_query_dict(
        {"sslmode": "disable"}
    )


@pytest.fixture
def stalled_station(server_db: Database, proxy: FlakyProxy) -> Iterator[Database]:
    db = keyed(open_database(through(proxy, server_db), timeouts=QUICK))
    yield db
    db.dispose()


@pytest.fixture
def other_station(server_db: Database) -> Iterator[Database]:
    db = keyed(open_database(server_db.url, timeouts=QUICK))
    yield db
    db.dispose()


def submit(db: Database, station: str, index: int):
    return submit_checkin(
        db.session_factory,
        tagged_submission(station, index),
        checklist=CHECKLIST,
        zone=TEST_ZONE,
        clock=fixed_clock(),
    )


def visits(db: Database) -> int:
    with db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(models.Visit))


def test_a_station_silent_before_commit_frees_the_audit_head_and_gives_up(
    server_db, proxy, stalled_station, other_station
) -> None:
    assert submit(stalled_station, "tablet", 0).created  # the path works, a connection pooled
    outcome: list[BaseException | object] = []
    proxy.stall_next_commit.set()
    started = time.monotonic()
    worker = threading.Thread(
        target=lambda: outcome.append(_catch(lambda: submit(stalled_station, "tablet", 1)))
    )
    worker.start()
    assert proxy.stalled.wait(10), "the stalled station never reached its COMMIT"
    # It holds the audit head (SELECT ... FOR UPDATE ran); the other station waits for it only
    # until the server ends the silent transaction.
    other = submit(other_station, "desk", 0)
    other_waited = time.monotonic() - started
    assert other.created
    assert other_waited < QUICK.idle_in_transaction_seconds + 4
    worker.join(QUICK.action_seconds + 6)
    assert not worker.is_alive(), "the stalled submit never returned"
    assert isinstance(outcome[0], StorageUnavailable)
    assert outcome[0].cause in ("server_away", "unknown")
    # Nothing half-stored; the kiosk's retry (a new connection) stores it exactly once.
    assert visits(server_db) == 2
    assert submit(stalled_station, "tablet", 1).created
    assert not submit(stalled_station, "tablet", 1).created
    assert visits(server_db) == 3
    assert verify_stored(server_db).problems == []
    assert verify_audit_chain(server_db.session_factory).ok


def test_opening_through_a_silent_path_fails_within_the_connect_timeout(server_db, proxy) -> None:
    proxy.hold_new_connections.set()
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(through(proxy, server_db), timeouts=QUICK)
    assert time.monotonic() - started < QUICK.connect_seconds + 3
    assert caught.value.cause is StorageCause.SERVER_AWAY


def test_a_session_that_may_not_write_is_refused_at_opening(server_db) -> None:
    """A read-only server session (what a hot standby gives every session)."""
    url = server_db.url
    options = str(url.query.get("options", ""))
    read_only = url.update_query_dict({"options": f"{options} -c default_transaction_read_only=on"})
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(read_only, timeouts=QUICK)
    assert caught.value.cause is StorageCause.READ_ONLY_SERVER
    assert "accepts no changes" in str(caught.value)


def test_writes_refused_by_a_read_only_server_say_so(server_db) -> None:
    """The server turned read-only after the station opened (failed over to a standby)."""
    db = keyed(open_database(server_db.url, timeouts=QUICK))
    try:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("SET SESSION default_transaction_read_only = on")
        # the pool hands the same connection back: every later transaction is read-only
        with pytest.raises(StorageUnavailable) as caught:
            submit(db, "tablet", 3)
        assert caught.value.cause == "read_only_server"
        assert "accepts no changes" in caught.value.message
    finally:
        db.dispose()


def _catch(fn):
    try:
        return fn()
    except BaseException as exc:  # the test inspects what the worker saw
        return exc
