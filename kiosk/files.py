"""Files the program writes: owner-only whatever the umask, and replaced atomically.

Patient documents, calendar files, printed copies, backups and the outbox all go through
these helpers, so a loose umask (0022, 0000) never leaves a patient's data readable by other
accounts on the machine, and a crash never leaves a half-written file under the real name.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if needed; make it owner-only."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    os.chmod(folder, FOLDER_MODE)
    return folder


def create_private(path: Path) -> int:
    """Create a new file, owner-only from its first byte; returns an open descriptor."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0), FILE_MODE)
    # The umask may only take bits away; be sure anyway. (Windows has no fchmod: its ACLs
    # follow the folder.)
    with contextlib.suppress(AttributeError, OSError):
        os.fchmod(fd, FILE_MODE)
    return fd


def write_private(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` owner-only and atomically (a temporary name, fsync, rename).

    The parent folder must exist (it is not made private here: it may be the user's own
    Documents folder)."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    fd = create_private(partial)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    sync_folder(path.parent)
    return path


def make_private(path: Path) -> None:
    """Owner-only read and write on an existing file."""
    os.chmod(path, FILE_MODE)


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def create_random_key(path: Path, size: int) -> None:
    """Create ``path`` holding ``size`` random bytes, owner-only, unless it exists already
    (O_EXCL: of two stations starting together, one writes it and both then read that one)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    try:
        fd = create_private(path)
    except FileExistsError:
        return
    with os.fdopen(fd, "wb") as out:
        out.write(secrets.token_bytes(size))
        out.flush()
        os.fsync(out.fileno())


def read_key(path: Path) -> bytes:
    """A key file's bytes, its rights tightened to owner-only first when a copy or a restore
    loosened them (the file is a secret whatever brought it here)."""
    if os.name == "posix" and path.stat().st_mode & 0o077:
        make_private(path)
    return path.read_bytes()
