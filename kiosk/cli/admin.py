"""The administration commands of ``clinic-kiosk``: database, staff, demo, audit."""

from __future__ import annotations

import argparse
import sys

from kiosk.cli.context import Handler, OpenDb
from kiosk.cli.errors import CommandError
from kiosk.cli.prompts import read_pin
from kiosk.config import Settings


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``init-db``, ``staff``, ``demo`` and ``audit``."""
    sub.add_parser("init-db", help="create or migrate the database").set_defaults(
        handler=guard(lambda args, settings, open_db: init_db(settings, open_db))
    )

    staff_parser = sub.add_parser("staff", help="manage staff accounts")
    staff_parser.set_defaults(handler=guard(staff))
    actions = staff_parser.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a staff member (PIN asked twice, or read from stdin)")
    add.add_argument("name")
    add.add_argument("--role", choices=("nurse", "admin"), default="nurse")
    actions.add_parser("list", help="list staff accounts")
    disable = actions.add_parser("disable", help="disable a staff account")
    disable.add_argument("staff_id", type=int)
    reset = actions.add_parser(
        "reset-pin", help="set a new PIN (asked twice, or from stdin); also unlocks"
    )
    reset.add_argument("staff_id", type=int)
    unlock = actions.add_parser("unlock", help="unlock an account locked after wrong PINs")
    unlock.add_argument("staff_id", type=int)

    sub.add_parser(
        "demo", help="(re)create the demo database with a demo clinic and check-ins"
    ).set_defaults(handler=guard(lambda args, settings, open_db: demo(settings, open_db)))

    audit_parser = sub.add_parser("audit", help="the audit log")
    audit_parser.set_defaults(handler=guard(audit_verify))
    audit = audit_parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit.add_parser(
        "verify", help="check the keyed audit chain and re-derive every visit's signed record"
    )
    verify.add_argument(
        "--full", action="store_true", help="check everything, not only since the checkpoint"
    )


def guard(handler: Handler) -> Handler:
    """A refused service call (a PIN too short, an unknown account) is one line, status 2."""

    def guarded(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
        try:
            return handler(args, settings, open_db)
        except _service_errors() as exc:
            raise CommandError(str(exc)) from exc

    guarded.__doc__ = handler.__doc__
    return guarded


def _service_errors() -> tuple[type[BaseException], ...]:
    from kiosk.domain.text_rules import TextRuleError
    from kiosk.services.errors import ServiceError

    return (ServiceError, TextRuleError)


def init_db(settings: Settings, open_db: OpenDb) -> int:
    db = open_db()
    try:
        print(f"Database ready at {db.url}")
    finally:
        db.dispose()
    return 0


def staff(args: argparse.Namespace, settings: Settings, open_db: OpenDb) -> int:
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


def demo(settings: Settings, open_db: OpenDb) -> int:
    from kiosk.demo import build_demo
    from kiosk.domain.pin_policy import DEMO_PIN

    summary = build_demo(settings, open_db)
    print(f"Demo clinic ready at {settings.database_url}")
    print(f"  {summary}")
    print(f"  Demo staff codes: {summary.codes}; PIN {DEMO_PIN} for both (demo clinic only)")
    print("  Launch it with: clinic-kiosk --demo   (add --station nurse for the nurse station)")
    return 0
