"""open_database migrates only a database behind the packaged head, read through Alembic.

Importing kiosk.storage does not import Alembic; opening a database does (ScriptDirectory
reads the packaged revisions), but runs an upgrade (alembic.command) only when one is due.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import text

from kiosk.storage import Database, open_database, sqlite_url
from kiosk.storage import database as storage

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import sys
from kiosk.storage import open_database
imported_with_storage = "alembic" in sys.modules
from alembic import command
upgrades = []
real_upgrade = command.upgrade
command.upgrade = lambda *args, **kwargs: (upgrades.append(1), real_upgrade(*args, **kwargs))
db = open_database(sys.argv[1])
with db.engine.connect() as conn:
    version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
db.dispose()
print(version, bool(upgrades), imported_with_storage)
"""


def open_in_fresh_interpreter(url: str) -> tuple[str, bool, bool]:
    """(stamped revision, upgrade run?, Alembic imported with kiosk.storage?) in a child."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, url], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    version, upgraded, with_storage = done.stdout.split()
    return version, upgraded == "True", with_storage == "True"


def url_of(database: Database) -> str:
    return database.url.render_as_string(hide_password=False)


def test_packaged_head_is_alembics_own_head() -> None:
    heads = ScriptDirectory.from_config(storage.alembic_config()).get_heads()
    assert [storage.packaged_head()] == heads


def test_an_up_to_date_database_opens_without_an_upgrade(database: Database) -> None:
    version, upgraded, with_storage = open_in_fresh_interpreter(url_of(database))
    assert version == storage.packaged_head()
    assert not upgraded and not with_storage


def test_a_database_behind_head_is_still_migrated(database: Database) -> None:
    with database.engine.begin() as conn:
        command.downgrade(storage.alembic_config(conn), "base")
    assert not storage.is_at_head(database.engine)
    version, upgraded, _ = open_in_fresh_interpreter(url_of(database))
    assert version == storage.packaged_head()
    assert upgraded
    assert storage.is_at_head(database.engine)


def test_a_new_file_is_created_and_migrated(tmp_path: Path) -> None:
    version, upgraded, _ = open_in_fresh_interpreter(sqlite_url(tmp_path / "new.sqlite3"))
    assert version == storage.packaged_head()
    assert upgraded


def test_a_database_from_a_newer_release_is_left_to_alembic(database: Database) -> None:
    """A revision this release does not know is not "at head": Alembic refuses and says why."""
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    assert not storage.is_at_head(database.engine)
    with pytest.raises(Exception, match="ffff"):
        storage.migrate(database.engine)


def forget_packaged_revisions() -> None:
    for cached in (storage._packaged_script, storage.packaged_revisions, storage.packaged_head):
        cached.cache_clear()


def write_revision(folder: Path, revision: str, down: str) -> None:
    folder.joinpath(f"{revision}_step.py").write_text(
        f'"""A step."""\n\nrevision: str = "{revision}"\ndown_revision: str | None = {down}\n',
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("steps", "head"),
    [
        ([("a1", "None"), ("b2", '"a1"'), ("c3", '"b2"  # the newest')], "c3"),
        ([("a1", "None"), ("b2", '"a1"'), ("c3", '"a1"')], None),  # two heads: ask Alembic
        ([("a1", "None"), ("b2", '"a1"'), ("c3", '"a1"'), ("d4", '("b2", "c3")')], "d4"),
        ([], None),
    ],
)
def test_packaged_head_reads_the_revision_chain(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, steps: list[tuple[str, str]], head: str | None
) -> None:
    versions = tmp_path / "versions"
    versions.mkdir()
    for revision, down in steps:
        write_revision(versions, revision, down)
    monkeypatch.setattr(storage, "MIGRATIONS_DIR", tmp_path)
    forget_packaged_revisions()
    try:
        assert storage.packaged_head() == head
    finally:
        monkeypatch.undo()
        forget_packaged_revisions()


def test_no_single_head_means_alembic_decides(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = open_database(sqlite_url(tmp_path / "clinic.sqlite3"))
    try:
        monkeypatch.setattr(storage, "packaged_head", lambda: None)
        assert not storage.is_at_head(db.engine)
    finally:
        db.dispose()
