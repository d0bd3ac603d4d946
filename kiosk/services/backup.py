"""Backups of a SQLite database, and restoring one, without ever corrupting the clinic.

A backup is taken with SQLite's online backup API (consistent while stations write), checked
(``PRAGMA integrity_check``) and only then renamed into place, owner-only. It refuses to be
written over the live database or its ``-wal``/``-shm`` (a backup onto itself destroys the
clinic), and into the folder that holds the PIN pepper (a copied backup folder must not carry
the secret that makes its PIN hashes worth attacking).

With a clinic backup key (``cryptography``'s Fernet: AES-128-CBC with HMAC-SHA256,
authenticated), the copy is encrypted; the key is kept apart from the data folder.

A restore checks the copy (decrypts, integrity, audit chain, a schema this release knows),
refuses while a station has the database open, moves the current file and its ``-wal`` and
``-shm`` aside (else SQLite would replay the old WAL onto the copy), then renames the copy in.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.files import create_private, make_private, sync_folder, write_private
from kiosk.services.errors import ServiceError
from kiosk.storage import Database

if TYPE_CHECKING:
    from kiosk.services.audit_secret import Checkpoint

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
ENCRYPTED_SUFFIX = ".fernet"
SIDE_FILES = ("-wal", "-shm", "-journal")
_SHM_DMS_BYTE = 128  # every open connection holds a shared lock here (SQLite walformat.html)


class BackupRefused(ServiceError):
    """The backup or restore would be unsafe; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class RestoreReport:
    installed: Path
    moved_aside: tuple[Path, ...]
    audit_events: int


# -- keys ------------------------------------------------------------------------------------


def create_backup_key(path: Path, data_dir: Path | None = None) -> Path:
    """Write a new random Fernet key to ``path`` (owner-only); refuses to overwrite one, and
    refuses a place inside the data folder."""
    from cryptography.fernet import Fernet

    path = Path(path)
    _refuse_key_inside(path, data_dir)
    if path.exists():
        raise BackupRefused(f"{path} exists already; a key is never overwritten")
    path.parent.mkdir(parents=True, exist_ok=True)
    write_private(path, Fernet.generate_key() + b"\n")
    return path


def load_backup_key(path: Path, data_dir: Path | None = None) -> bytes:
    """The key in ``path``, checked to be a Fernet key and kept apart from the data folder."""
    from cryptography.fernet import Fernet

    path = Path(path)
    _refuse_key_inside(path, data_dir)
    try:
        key = path.read_bytes().strip()
        Fernet(key)
    except OSError as exc:
        raise BackupRefused(f"the backup key {path} cannot be read: {exc.strerror}") from exc
    except ValueError as exc:
        raise BackupRefused(f"{path} is not a backup key (expected 44 base64 characters)") from exc
    return key


def configured_key(key_path: Path | None, data_dir: Path) -> bytes | None:
    """The clinic backup key named in the configuration, or None when there is none."""
    return None if key_path is None else load_backup_key(key_path, data_dir)


def _refuse_key_inside(key: Path, data_dir: Path | None) -> None:
    if data_dir is not None and _is_within(key, data_dir):
        raise BackupRefused(
            f"the backup key {key} lies inside the data folder {data_dir}: keep it apart (for"
            " example on a USB key or in /etc/clinic-kiosk), or a stolen folder holds both"
        )


# -- backup ----------------------------------------------------------------------------------


def backup_database(
    db: Database, dest: Path, *, key: bytes | None = None, pepper_path: Path | None = None
) -> Path:
    """Copy the live database to ``dest`` (mode 0600), consistent even while stations write.

    Encrypted with ``key`` when given. Refused (BackupRefused): onto the live database or its
    side files, into the pepper's folder. PostgreSQL is refused too: backups there are
    pg_dump's job.
    """
    if not db.is_sqlite or db.sqlite_path is None:
        raise ServiceError(
            "This clinic uses a PostgreSQL server: back it up there with pg_dump"
            " (for example: pg_dump --format=custom --file=clinic.dump <database>)."
        )
    dest = Path(dest)
    refuse_live_target(dest, db.sqlite_path)
    if pepper_path is not None and _same_folder(dest.parent, Path(pepper_path).parent):
        raise BackupRefused(
            f"{dest.parent} holds the PIN pepper ({Path(pepper_path).name}): write backups to"
            " another folder (the data folder's backups/ is the usual one)"
        )
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(create_private(partial))
    try:
        _copy(db, partial)
        _anchor_backup(db, partial, dest)  # the checkpoint goes beside it, signed, not secret
        if key is not None:
            _encrypt_in_place(partial, key)
        os.replace(partial, dest)
        sync_folder(dest.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return dest


def refuse_live_target(dest: Path, live: Path) -> None:
    """``dest`` must not be the live database or one of its side files, by any path (relative,
    through a symlink, a hard link)."""
    target = dest.resolve()
    for suffix in ("", *SIDE_FILES):
        live_file = live.with_name(live.name + suffix)
        same = target == live_file.resolve()
        if not same and dest.exists() and live_file.exists():
            with contextlib.suppress(OSError):
                same = os.path.samefile(dest, live_file)
        if same:
            raise BackupRefused(
                f"{dest} is the live database{' ' + suffix + ' file' if suffix else ''}: a backup"
                " must go to another file (for example backups/clinic-copy.sqlite3)"
            )


def checkpoint_beside(backup: Path) -> Path:
    """Where a backup's signed audit checkpoint is kept: restore both together."""
    return backup.with_name(backup.name + ".audit-checkpoint.json")


def _anchor_backup(db: Database, copy_path: Path, dest: Path) -> None:
    """Sign the copy's audit head beside it, so a restore keeps the truncation check.

    Restoring a backup moves the log back on purpose: putting this file in place as the
    station's ``audit-checkpoint.json`` says so; without it the station refuses to start.
    """
    from kiosk.services.audit import AuditKeyMissing, audit_key
    from kiosk.services.audit_secret import Checkpoint, write_checkpoint

    try:
        key = audit_key(db.engine)
    except AuditKeyMissing:
        return  # a copy made without the secret (a tool, a test): no checkpoint to sign
    copy = sqlite3.connect(copy_path)  # the plain copy, before any encryption
    try:
        seq, digest = copy.execute("SELECT seq, hash FROM audit_head WHERE id = 1").fetchone()
    finally:
        copy.close()
    write_checkpoint(checkpoint_beside(dest), key, Checkpoint(seq=seq, hash=digest))


def _copy(db: Database, target: Path) -> None:
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)  # type: ignore[union-attr]
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            result = copy.execute("PRAGMA integrity_check").fetchone()
        finally:
            copy.close()
    except sqlite3.Error as exc:
        raise ServiceError(f"The backup could not be written to {target.parent}: {exc}") from exc
    finally:
        raw.close()
    if result is None or result[0] != "ok":
        raise ServiceError(f"The backup failed its integrity check: {result}")
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())


def _encrypt_in_place(path: Path, key: bytes) -> None:
    from cryptography.fernet import Fernet

    token = Fernet(key).encrypt(path.read_bytes())
    with open(path, "wb") as out:
        out.write(token)
        out.flush()
        os.fsync(out.fileno())


def is_encrypted(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER


# -- restore ---------------------------------------------------------------------------------


def restore_database(
    backup: Path,
    live: Path,
    *,
    key: bytes | None = None,
    data_dir: Path | None = None,
    now: datetime | None = None,
) -> RestoreReport:
    """Install ``backup`` as the database at ``live``; see the module docstring for the steps.

    ``data_dir`` (default: the database's folder) holds the clinic audit secret the copy's
    chain is checked with, and the station's audit checkpoint, which is replaced by the one
    signed beside the backup when it was taken (kiosk.services.audit_secret): a restore moves
    the log back on purpose, and says so. Raises BackupRefused (or AuditSecretProblem), with
    nothing changed, when the copy fails a check or a station has the database open.
    """
    from kiosk.services.audit_secret import (
        checkpoint_path,
        read_checkpoint,
        read_secret,
        secret_path,
        write_checkpoint,
    )

    backup, live = Path(backup), Path(live)
    data_dir = Path(data_dir) if data_dir is not None else live.parent
    if not backup.is_file():
        raise BackupRefused(f"{backup} is not a file")
    if backup.resolve() == live.resolve():
        raise BackupRefused(f"{backup} is the live database itself; name a backup copy")
    audit_key = read_secret(secret_path(data_dir))
    if audit_key is None:
        raise BackupRefused(
            f"the clinic audit secret ({secret_path(data_dir)}) is missing: restore audit.key"
            " first (docs/record.md); without it the copy's audit log cannot be checked"
        )
    beside = checkpoint_beside(backup)
    checkpoint = read_checkpoint(beside, audit_key)
    if checkpoint is None:
        raise BackupRefused(
            f"the backup's audit checkpoint {beside.name} is missing: keep it beside the backup"
            " (every backup is written with one); without it the copy cannot be told from a"
            " truncated log"
        )
    data = backup.read_bytes()
    if not data.startswith(SQLITE_HEADER):
        if key is None:
            raise BackupRefused(
                f"{backup} is encrypted (or not a database): give the clinic's backup key"
                " (--key FILE, or backup_key_file in the configuration)"
            )
        data = _decrypt(data, key, backup)
    live.parent.mkdir(parents=True, exist_ok=True)
    staging = live.with_name(f".{live.name}.restore.partial")
    staging.unlink(missing_ok=True)
    fd = create_private(staging)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        events = check_copy(staging, audit_key, checkpoint)
        refuse_if_in_use(live)
        when = now or datetime.now(UTC)
        moved = _move_aside(live, when)
        station_checkpoint = checkpoint_path(data_dir)
        if station_checkpoint.exists():
            aside = station_checkpoint.with_name(
                f"{station_checkpoint.name}.before-restore-{when.strftime('%Y%m%dT%H%M%SZ')}"
            )
            os.replace(station_checkpoint, aside)
            moved.append(aside)
        os.replace(staging, live)
        make_private(live)
        write_checkpoint(station_checkpoint, audit_key, checkpoint)
        sync_folder(live.parent)
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
    log.warning("database restored from a backup; the previous files were moved aside")
    return RestoreReport(installed=live, moved_aside=tuple(moved), audit_events=events)


def _decrypt(token: bytes, key: bytes, where: Path) -> bytes:
    from cryptography.fernet import Fernet, InvalidToken

    try:
        data = Fernet(key).decrypt(token)
    except InvalidToken as exc:
        raise BackupRefused(
            f"{where} cannot be decrypted with this key: the wrong key, or the file was changed"
        ) from exc
    if not data.startswith(SQLITE_HEADER):
        raise BackupRefused(f"{where} decrypts, but what it holds is not a database")
    return data


def check_copy(path: Path, audit_key: bytes, checkpoint: Checkpoint | None = None) -> int:
    """Integrity, a schema this release knows, an audit chain intact under the clinic secret
    (reaching ``checkpoint``'s anchored event); returns the number of events verified. Reads
    only: the copy is opened read-only and immutable."""
    from sqlalchemy import create_engine
    from sqlalchemy.orm import sessionmaker

    from kiosk.services.audit import use_audit_key, verify_audit_chain
    from kiosk.services.audit_secret import check_anchor
    from kiosk.storage.database import VERSION_TABLE, packaged_revisions

    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            stamped = [row[0] for row in conn.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
    except sqlite3.Error as exc:
        raise BackupRefused(f"the copy is not a usable clinic database: {exc}") from exc
    if result != ["ok"]:
        raise BackupRefused(f"the copy failed its integrity check: {'; '.join(result[:3])}")
    unknown = [r for r in stamped if r not in packaged_revisions()]
    if unknown:
        raise BackupRefused(
            "this backup belongs to a newer version of the kiosk; update this station first"
        )
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))
    try:
        use_audit_key(engine, audit_key)
        sf = sessionmaker(engine, expire_on_commit=False)
        report = verify_audit_chain(sf)
        problem = check_anchor(sf, checkpoint) if checkpoint is not None else None
    except ServiceError:
        raise
    except Exception as exc:
        raise BackupRefused(f"the copy's audit log cannot be read: {exc}") from exc
    finally:
        engine.dispose()
    if not report.ok:
        raise BackupRefused(f"the copy's audit log is damaged: {report.problem}")
    if problem:
        raise BackupRefused(f"the copy does not reach its signed checkpoint: {problem}")
    return report.checked


def refuse_if_in_use(live: Path) -> None:
    """A station (or any program) with the database open holds a shared lock on the -shm
    file's DMS byte; if it can be locked exclusively, nobody has it open."""
    shm = live.with_name(live.name + "-shm")
    if not shm.exists():
        return
    try:
        import fcntl
    except ImportError:  # Windows: replacing an open file fails there on its own
        return
    with open(shm, "rb+") as fh:
        try:
            fcntl.lockf(fh, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE)
        except OSError as exc:
            raise BackupRefused(
                "a station is using the database: close every station (and any clinic-kiosk"
                " command) on this machine, then restore again"
            ) from exc
        fcntl.lockf(fh, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE)


def _move_aside(live: Path, now: datetime) -> list[Path]:
    """The current database and its side files get a dated name beside it; nothing is
    deleted (a restore can be undone by hand)."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    moved = []
    for suffix in ("", *SIDE_FILES):
        current = live.with_name(live.name + suffix)
        if current.exists():
            aside = live.with_name(f"{live.name}.before-restore-{stamp}{suffix}")
            os.replace(current, aside)
            moved.append(aside)
    return moved


# -- helpers ---------------------------------------------------------------------------------


def _is_within(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(Path(folder).resolve())
    except ValueError:
        return False
    return True


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


__all__ = [
    "BackupRefused",
    "RestoreReport",
    "backup_database",
    "check_copy",
    "configured_key",
    "create_backup_key",
    "is_encrypted",
    "load_backup_key",
    "restore_database",
]
