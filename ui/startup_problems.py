"""Staff-facing explanations of why a station could not start, with what to do next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.config import Settings


def describe_startup_problem(exc: BaseException, settings: Settings) -> str:
    """Plain words for the person at the station; never a traceback."""
    text = f"{type(exc).__name__}: {exc}".lower()
    target = "PostgreSQL" if settings.database_url.startswith("postgresql") else "SQLite"
    if "auditsecretproblem" in text:
        advice = QCoreApplication.translate(
            "StartupProblem",
            "This station's audit secret does not fit the clinic's audit log, or the log was cut "
            "short. Do not start a new log. Ask IT to restore the file audit.key (and, after "
            "restoring a database backup, its audit checkpoint) as described in docs/record.md.",
        )
    elif any(
        w in text for w in ("connection refused", "could not connect", "timeout", "unreachable")
    ):
        advice = QCoreApplication.translate(
            "StartupProblem",
            "The clinic database server does not answer. Check that the server is on and this "
            "station is on the clinic network, then press Try again.",
        )
    elif any(w in text for w in ("malformed", "not a database", "integrity", "damaged")):
        advice = QCoreApplication.translate(
            "StartupProblem",
            "The database file looks damaged. Do not delete it. Ask IT to restore the newest "
            "backup from {folder} (see the README, 'Backups').",
        ).format(folder=settings.backups_dir)
    elif "permission denied" in text or "readonly" in text or "read-only" in text:
        advice = QCoreApplication.translate(
            "StartupProblem",
            "This station may not write to its data folder. Ask IT to check its rights.",
        )
    elif "no space" in text or "disk full" in text or "database or disk is full" in text:
        advice = QCoreApplication.translate(
            "StartupProblem", "The disk is full. Ask IT to free space, then press Try again."
        )
    elif "content" in text:
        advice = QCoreApplication.translate(
            "StartupProblem",
            "A content file is not valid. Ask whoever edited it to run "
            "'clinic-kiosk check-content'.",
        )
    else:
        advice = QCoreApplication.translate(
            "StartupProblem", "Please press Try again. If this keeps happening, call IT."
        )
    detail = QCoreApplication.translate(
        "StartupProblem", "Technical detail for IT ({target}): {detail}"
    ).format(target=target, detail=str(exc)[:300])
    return f"{advice}\n\n{detail}"
