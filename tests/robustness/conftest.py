"""Fixtures shared by the robustness tests that reach PostgreSQL through a flaky proxy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.storage import Database
from tests.fixtures.database import pooled_database
from tests.robustness.tcp_proxy import FlakyProxy


@pytest.fixture
def server_db(postgres_schemas) -> Iterator[Database]:
    """The test's own PostgreSQL schema, reached directly (the server's point of view)."""
    yield from pooled_database(postgres_schemas)


@pytest.fixture
def proxy(server_db: Database) -> Iterator[FlakyProxy]:
    """A proxy in front of the server, started; what fails in these tests is the proxy."""
    url = server_db.url
    flaky = FlakyProxy((url.host or "127.0.0.1", url.port or 5432))
    flaky.start()
    yield flaky
    flaky.stop()
