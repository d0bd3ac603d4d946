"""``clinic-kiosk --self-check``: prove an installation (or a bundle) can do its job, then exit.

Opens the configured database (migrating it), validates the content in every language and
renders a sample aftercare sheet in each, without showing a window. Exit 0 only if all passed.
"""

from __future__ import annotations

from datetime import date
from typing import TextIO

from kiosk.config import Settings


def run_self_check(settings: Settings, out: TextIO) -> int:
    checks = (
        ("database", lambda: _database(settings)),
        ("content", _content),
        ("aftercare sheet", lambda: _sheet(settings)),
    )
    failed = 0
    for name, check in checks:
        try:
            detail = check()
        except Exception as exc:  # every failure is reported, then the next check runs
            failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=out)
        else:
            print(f"ok   {name}: {detail}", file=out)
    print("self-check passed" if not failed else f"self-check FAILED ({failed})", file=out)
    return 0 if not failed else 1


def _database(settings: Settings) -> str:
    from kiosk.services.audit_secret import attach_audit_key, key_id
    from kiosk.storage import open_database

    settings.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    db = open_database(settings.database_url, timeouts=settings.timeouts)
    try:
        # A missing or wrong audit secret fails here, as it would stop the station.
        key = attach_audit_key(db, settings.data_dir)
    finally:
        db.dispose()
    return f"opened and migrated; audit secret {key_id(key)} fits the log"


def _content() -> str:
    from kiosk.content import available_languages, validate_all

    validate_all()
    return "valid in " + ", ".join(available_languages())


def _sheet(settings: Settings) -> str:
    from kiosk.content import available_languages
    from kiosk.documents.preview import preview_aftercare_pdf

    sizes = []
    for lang in available_languages():
        pdf = preview_aftercare_pdf(
            settings,
            name="Self Check",
            procedure_date=date(2026, 1, 28),
            areas=("face", "eyes"),
            session=1,
            language=lang,
        )
        if not pdf.startswith(b"%PDF"):
            raise RuntimeError(f"the {lang} sheet is not a PDF")
        sizes.append(f"{lang} {len(pdf) // 1024} KiB")
    return ", ".join(sizes)
