"""PostgreSQL goes away under a station: the check-in is refused calmly, and the kiosk's retry
stores it exactly once, including when the server committed but its answer was lost.

The shared server is never stopped: the station reaches it through tests.robustness.tcp_proxy,
and the proxy is what fails. Runs only when CLINIC_KIOSK_TEST_PG is set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from kiosk.services.audit import verify_audit_chain
from kiosk.services.checkin import submit_checkin
from kiosk.services.errors import StorageUnavailable
from kiosk.storage import Database, models, open_database
from tests.fixtures.database import PG_ENV, TEST_ZONE, fixed_clock, keyed
from tests.robustness.payloads import CHECKLIST, tagged_submission, verify_stored
from tests.robustness.tcp_proxy import FlakyProxy

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} is not set"),
]


@pytest.fixture
def station(server_db: Database, proxy: FlakyProxy) -> Iterator[Database]:
    """A kiosk station that reaches the server through the proxy."""
    url = server_db.url.set(host="127.0.0.1", port=proxy.port).update_query_dict(
        {"sslmode": "disable", "connect_timeout": "3"}
    )
    db = keyed(open_database(url))
    yield db
    db.dispose()


def submit(db: Database, index: int):
    return submit_checkin(
        db.session_factory,
        tagged_submission("tablet", index),
        checklist=CHECKLIST,
        zone=TEST_ZONE,
        clock=fixed_clock(),
    )


def visits(db: Database) -> int:
    with db.session_factory() as session:
        return session.scalar(select(func.count()).select_from(models.Visit))


def test_server_gone_then_back_the_retry_stores_it_once(server_db, proxy, station) -> None:
    assert submit(station, 0).created
    proxy.stop()
    with pytest.raises(StorageUnavailable) as caught:
        submit(station, 1)
    assert "Nothing was lost" in str(caught.value)
    assert visits(server_db) == 1
    proxy.start()  # the server is back
    first = submit(station, 1)
    again = submit(station, 1)
    assert first.created and not again.created and again.visit_id == first.visit_id
    assert visits(server_db) == 2
    assert verify_stored(server_db).problems == []


def test_commit_answer_lost_then_the_retry_finds_it_saved(server_db, proxy, station) -> None:
    proxy.lose_next_commit_reply.set()
    with pytest.raises(StorageUnavailable):
        submit(station, 7)
    assert proxy.commits_lost == 1
    assert visits(server_db) == 1  # it was saved; the kiosk just could not know
    retry = submit(station, 7)  # the kiosk keeps the draft and retries the same submission_id
    assert not retry.created
    assert visits(server_db) == 1
    report = verify_stored(server_db)
    assert report.problems == [] and report.submission_ids == {"tablet-00007"}
    assert verify_audit_chain(server_db.session_factory).ok
