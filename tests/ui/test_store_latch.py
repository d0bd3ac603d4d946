"""The latch workers wait on until the store is open (a concurrent.futures.Future per attempt)."""

from __future__ import annotations

import threading
from typing import Any, cast

import pytest

from kiosk.services.errors import StorageUnavailable
from ui.store import ClinicStore
from ui.store_latch import StoreLatch

STORE = ClinicStore(database=cast(Any, "db"), pepper=b"pepper")


def test_a_waiting_worker_gets_the_store_once_it_opens() -> None:
    latch = StoreLatch()
    got: list[ClinicStore] = []
    worker = threading.Thread(target=lambda: got.append(latch.wait(timeout=10)))
    worker.start()
    latch.open(STORE)
    worker.join(10)
    assert got == [STORE]


def test_a_failed_opening_fails_the_wait_with_its_cause() -> None:
    latch = StoreLatch()
    latch.fail(OSError("connection refused"))
    with pytest.raises(StorageUnavailable) as refused:
        latch.wait(timeout=1)
    assert isinstance(refused.value.__cause__, OSError)


def test_after_a_retry_callers_wait_for_the_new_attempt() -> None:
    latch = StoreLatch()
    latch.fail(OSError("connection refused"))
    latch.retry()
    with pytest.raises(StorageUnavailable) as refused:
        latch.wait(timeout=0.05)  # the new attempt has not finished
    assert isinstance(refused.value.__cause__, TimeoutError)
    latch.open(STORE)
    assert latch.wait(timeout=1) is STORE
    latch.retry()  # an open store stays open
    assert latch.wait(timeout=1) is STORE
