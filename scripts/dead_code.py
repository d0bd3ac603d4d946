"""Dead-code check for kiosk/ and ui/ (run by ./run-tests): vulture over the whole tree, so a
name that only tests, benchmarks or scripts use still counts as used, reporting only what is
unused in kiosk/ and ui/. Exit status 1 when something is.

Names that Qt, SQLAlchemy, reportlab or functools reach by reflection are listed below, each
with the reason; everything else unused is either removed or used.
"""

from __future__ import annotations

import sys
from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("kiosk", "ui", "tests", "benchmarks", "scripts")
REPORTED = ("kiosk", "ui")
# Read for their uses, never reported: Alembic reads revision files by their names, and the
# models are the schema itself (a column the program only writes is still the record).
NOT_REPORTED = ("kiosk/storage/migrations/", "kiosk/storage/models.py")

REFLECTION = {
    # Qt calls these overrides of QObject / QWidget virtuals.
    "eventFilter": "Qt",
    "*Event": "Qt",
    "watched": "Qt (a parameter of eventFilter)",
    "hasHeightForWidth": "Qt (a QWidget virtual the layout calls)",
    "CursorResult": "named in a typing.cast string",
    "clinic_pages": "keeps the clinic pages alive as long as their station",
    # SQLAlchemy reads these from mapped classes and type decorators, or the database fills them.
    "type_annotation_map": "SQLAlchemy",
    "impl": "SQLAlchemy",
    "cache_ok": "SQLAlchemy",
    "process_bind_param": "SQLAlchemy",
    "process_result_value": "SQLAlchemy",
    "isolation_level": "SQLAlchemy (the DB-API connection's attribute)",
    "created_at": "a column the database fills and keeps",
    "updated_at": "a column the database fills and keeps",
    # reportlab reads flowable attributes and calls wrap(avail_width, avail_height).
    "spaceAfter": "reportlab",
    "hAlign": "reportlab",
    "useA85": "reportlab",
    "avail_width": "reportlab",
    "avail_height": "reportlab",
    # Part of a functools.lru_cache key: a changed file is read again.
    "mtime_ns": "functools.lru_cache",
    # Fields of value objects: compared by equality or shown whole.
    "review_id": "ReviewView field",
    "last_visit_id": "QueueMarker field (compared by equality)",
    "version_total": "QueueMarker field (compared by equality)",
    # Unused today, and their removal belongs to other work of this round (issue 16): the
    # printing engineer's (check_glyphs, write_ics, available_printers) and the stations
    # engineer's (newest_backup). Delete each line once the name is used or gone.
    "check_glyphs": "printing engineer",
    "write_ics": "printing engineer",
    "available_printers": "printing engineer",
    "newest_backup": "stations engineer",
    # Came with this round's merges, unused so far: fields of value objects, and one property.
    "started_at": "SignedIn / StaffSession field",
    "written_at": "audit secret record field",
    "floor_visit": "record verification field",
    "pin_changed_at": "a column the staff service writes",
    "is_admin": "staff-security merge: unused property (the lead decides)",
    "earlier_sessions": "interval reading field",
    "last_name_key": "a column the identity service writes",
    "interval_for": "nurse's-day merge: unused function (the lead decides)",
    "ENCRYPTED_SUFFIX": "stations merge: unused constant (the lead decides)",
    "cuts": "the storage watchdog's counter (stations merge)",
}


def unused() -> list[str]:
    vulture = Vulture(ignore_names=list(REFLECTION))
    vulture.scavenge([str(ROOT / p) for p in SCANNED])
    found = []
    for item in vulture.get_unused_code(min_confidence=60):
        path = Path(item.filename).resolve().relative_to(ROOT)
        if path.parts[0] in REPORTED and not str(path).startswith(NOT_REPORTED):
            found.append(f"{path}:{item.first_lineno}: {item.message}")
    return found


def main() -> int:
    found = unused()
    for line in found:
        print(line)
    if found:
        print(
            f"dead code: {len(found)} unused name(s); remove them (or, if used by reflection, "
            "list them in scripts/dead_code.py)",
            file=sys.stderr,
        )
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
