"""``clinic-kiosk backup``, ``restore`` and ``backup-key``: the commands IT restores a clinic with.

Registered by kiosk.cli; each sets ``handler(args, settings, open_db)`` like every command.
Failures are one line (CommandError), never a traceback.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kiosk.cli.context import Handler, OpenDb
from kiosk.cli.errors import CommandError
from kiosk.config import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = sub.add_parser(
        "backup", help="a checked, private copy of the SQLite database while it runs"
    )
    backup.add_argument("dest", type=Path)
    backup.add_argument("--key", type=Path, help="encrypt with this clinic backup key file")
    backup.set_defaults(handler=_guard(run_backup))

    restore = sub.add_parser(
        "restore", help="check a backup, move the current database aside, install the copy"
    )
    restore.add_argument("backup", type=Path)
    restore.add_argument("--key", type=Path, help="the clinic backup key, for an encrypted copy")
    restore.set_defaults(handler=_guard(run_restore))

    key = sub.add_parser("backup-key", help="create the clinic's backup key (keep it apart)")
    key.add_argument("path", type=Path)
    key.set_defaults(handler=_guard(run_backup_key))


def _guard(handler: Handler) -> Handler:
    def guarded(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
        from kiosk.services.errors import ServiceError

        try:
            return handler(args, settings, open_db)
        except ServiceError as exc:
            raise CommandError(str(exc)) from exc
        except OSError as exc:
            raise CommandError(f"{exc.filename or ''}: {exc.strerror or exc}") from exc

    return guarded


def _key(args: argparse.Namespace, settings: Settings) -> bytes | None:
    from kiosk.services.backup import load_backup_key

    path = args.key or settings.backup_key_path
    return None if path is None else load_backup_key(path, settings.data_dir)


def run_backup(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
    from kiosk.services.backup import backup_database, refuse_live_target
    from kiosk.storage.database import sqlite_path_of

    live = sqlite_path_of(settings.database_url)
    if live is not None:  # before opening anything: a backup onto itself is refused first
        refuse_live_target(args.dest, live)
    key = _key(args, settings)
    db = open_db()
    try:
        written = backup_database(db, args.dest, key=key, pepper_path=settings.staff.pepper_path)
    finally:
        db.dispose()
    print(f"Backup written to {written}{' (encrypted)' if key else ''}")
    return 0


def run_restore(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
    from kiosk.services.backup import is_encrypted, restore_database
    from kiosk.storage.database import sqlite_path_of

    live = sqlite_path_of(settings.database_url)
    if live is None:
        raise CommandError(
            "this clinic uses a PostgreSQL server: restore there with pg_restore"
            " (see docs/postgresql.md)"
        )
    key = _key(args, settings) if args.backup.is_file() and is_encrypted(args.backup) else None
    report = restore_database(args.backup, live, key=key, data_dir=settings.data_dir)
    print(f"Restored {args.backup} as {report.installed}")
    print(f"  the copy passed its integrity check and {report.audit_events} audit events verified")
    for moved in report.moved_aside:
        print(f"  kept the previous file as {moved}")
    print("  start the stations again; 'clinic-kiosk --self-check' confirms the database opens")
    return 0


def run_backup_key(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
    from kiosk.services.backup import create_backup_key

    path = create_backup_key(args.path, settings.data_dir)
    print(f"Backup key written to {path} (owner-only). Keep a copy somewhere safe and apart from")
    print("the data folder: without it, encrypted backups cannot be restored. Then set")
    print(f'backup_key_file = "{path}" in the configuration.')
    return 0
