"""The administration commands of ``clinic-kiosk``: database, staff, audit, backup, demo."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from kiosk.config import Settings

if TYPE_CHECKING:
    from kiosk.storage import Database

OpenDb = Callable[[], "Database"]
ReadPin = Callable[[str], str]


def run(args: argparse.Namespace, settings: Settings, open_db: OpenDb, read_pin: ReadPin) -> int:
    """Dispatch one administration command; returns the exit status."""
    from kiosk.cli import CommandError

    handlers: dict[str, Callable[[], int]] = {
        "init-db": lambda: init_db(settings, open_db),
        "staff": lambda: staff(args, settings, open_db, read_pin),
        "demo": lambda: demo(settings, open_db),
        "audit": lambda: audit_verify(args, settings, open_db),
        "check-content": lambda: check_content(bool(getattr(args, "lock", False))),
    }
    try:
        return handlers[args.command]()
    except _service_errors() as exc:
        raise CommandError(str(exc)) from exc


def _service_errors() -> tuple[type[BaseException], ...]:
    from kiosk.domain.patient import IdentityError
    from kiosk.services.errors import ServiceError

    return (ServiceError, IdentityError)


def init_db(settings: Settings, open_db: OpenDb) -> int:
    db = open_db()
    try:
        print(f"Database ready at {db.url}")
    finally:
        db.dispose()
    return 0


def staff(args: argparse.Namespace, settings: Settings, open_db: OpenDb, read_pin: ReadPin) -> int:
    """IT staff at the machine act as the system; the clinic's PIN rules still apply."""
    from kiosk.services import staff as staff_service

    policy = staff_service.pin_policy(settings.staff)
    db = open_db()
    try:
        sf = db.session_factory
        pepper = staff_service.load_pepper(settings.staff.pepper_path)
        action = args.staff_command
        if action == "add":
            member = staff_service.create_staff(
                sf,
                name=args.name,
                pin=read_pin("PIN for " + args.name),
                role=staff_service.Role(args.role),
                actor=None,
                pepper=pepper,
                policy=policy,
            )
            print(
                f"Added {member.role} {member.name} (id {member.staff_id});"
                f" staff code {member.code}, typed before the PIN at sign-in"
            )
        elif action == "list":
            members = staff_service.list_staff(sf, include_inactive=True)
            if not members:
                print(
                    "No staff accounts yet. Add one with: clinic-kiosk staff add NAME --role admin"
                )
            for m in members:
                state = "active" if m.active else "disabled"
                lock = ", locked (unlock with: clinic-kiosk staff unlock ID)" if m.locked else ""
                print(f"{m.staff_id:>4}  code {m.code}  {m.name:<30} {m.role:<6} {state}{lock}")
        elif action == "disable":
            staff_service.disable_staff(sf, args.staff_id, actor=None)
            print(f"Disabled staff account {args.staff_id}")
        elif action == "reset-pin":
            staff_service.reset_pin(
                sf,
                args.staff_id,
                new_pin=read_pin("New PIN"),
                actor=None,
                pepper=pepper,
                policy=policy,
            )
            print(f"New PIN set for staff account {args.staff_id}")
        elif action == "unlock":
            staff_service.unlock_staff(sf, args.staff_id, actor=None)
            print(f"Unlocked staff account {args.staff_id}")
        return 0
    finally:
        db.dispose()


def audit_verify(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
    """The keyed chain and every visit's record; from the checkpoint unless ``--full``."""
    from kiosk.services.audit_secret import checkpoint_path
    from kiosk.services.record_verify import verify_records

    db = open_db()
    try:
        report = verify_records(
            db.session_factory,
            checkpoint=checkpoint_path(settings.data_dir),
            full=bool(getattr(args, "full", False)),
        )
    finally:
        db.dispose()
    lines = report.lines()
    if report.ok:
        print(f"Audit log {lines[0]}")
        return 0
    print(f"Audit log {lines[0]}", file=sys.stderr)
    for line in lines[1:]:
        print(f"  {line}", file=sys.stderr)
    return 1


def check_content(lock: bool = False) -> int:
    """Valid files, and no wording changed under an unchanged version (the wording lock)."""
    from kiosk.content import validate_all
    from kiosk.content.loader import resolve_root
    from kiosk.content.wording_lock import check_wording

    bundles = validate_all()
    for note in check_wording(resolve_root(None), bundles, lock=lock):
        print(note)
    print("Content files are valid in every language")
    return 0


def demo(settings: Settings, open_db: OpenDb) -> int:
    from kiosk.demo import DEMO_PIN, build_demo

    summary = build_demo(settings, open_db)
    print(f"Demo clinic ready at {settings.database_url}")
    print(f"  {summary}")
    print(f"  Demo staff codes: {summary.codes}; PIN {DEMO_PIN} for both (demo clinic only)")
    print("  Launch it with: clinic-kiosk --demo   (add --station nurse for the nurse station)")
    return 0
