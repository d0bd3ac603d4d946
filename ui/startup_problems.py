"""Staff-facing explanations of why a station could not start, with what to do next.

The storage layer names the cause (kiosk.storage.problems.StorageCause on DatabaseUnavailable,
and StorageUnavailable); each cause gets its own translated advice. Other failures fall back
to reading the message.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.config import Settings


def storage_advice(cause: str, settings: Settings | None) -> str | None:
    """The translated cause and action for a storage cause; None for an unknown one.
    (Also the nurse station's words for StorageUnavailable: ui/nurse/errors.py.)"""
    folder = settings.backups_dir if settings is not None else "backups/"
    if cause == "disk_full":
        return QCoreApplication.translate(
            "StartupProblem", "The disk is full. Ask IT to free space, then press Try again."
        )
    if cause == "read_only":
        return QCoreApplication.translate(
            "StartupProblem",
            "This station may not write to its data folder. Ask IT to check its rights.",
        )
    if cause == "read_only_server":
        return QCoreApplication.translate(
            "StartupProblem",
            "The clinic database server accepts no changes (it is a read-only standby). Ask IT"
            " to point this station at the main server.",
        )
    if cause == "damaged":
        return QCoreApplication.translate(
            "StartupProblem",
            "The database file looks damaged. Do not delete it. Ask IT to restore the newest "
            "backup from {folder} (see the README, 'Backups').",
        ).format(folder=folder)
    if cause == "empty_file":
        return QCoreApplication.translate(
            "StartupProblem",
            "The clinic database file is empty. If this station held a clinic, ask IT to restore"
            " the newest backup from {folder} with 'clinic-kiosk restore'.",
        ).format(folder=folder)
    if cause == "newer_schema":
        return QCoreApplication.translate(
            "StartupProblem",
            "This database belongs to a newer version of the kiosk; update this station.",
        )
    if cause == "server_away":
        return QCoreApplication.translate(
            "StartupProblem",
            "The clinic database server does not answer. Check that the server is on and this "
            "station is on the clinic network, then press Try again.",
        )
    if cause == "locked":
        return QCoreApplication.translate(
            "StartupProblem",
            "The clinic database is busy with another station. Please press Try again in a moment.",
        )
    return None


def describe_startup_problem(exc: BaseException, settings: Settings) -> str:
    """Plain words for the person at the station; never a traceback."""
    text = f"{type(exc).__name__}: {exc}".lower()
    target = "PostgreSQL" if settings.database_url.startswith("postgresql") else "SQLite"
    cause = str(getattr(exc, "cause", "") or "")
    if type(exc).__name__ == "DatabaseDamaged":
        cause = "damaged"
    advice = storage_advice(cause, settings) if cause else None
    if advice is not None:
        pass
    elif "auditsecretproblem" in text:
        advice = QCoreApplication.translate(
            "StartupProblem",
            "This station's audit secret does not fit the clinic's audit log, or the log was cut "
            "short. Do not start a new log. Ask IT to restore the file audit.key (and, after "
            "restoring a database backup, its audit checkpoint) as described in docs/record.md.",
        )
    elif any(
        w in text for w in ("connection refused", "could not connect", "timeout", "unreachable")
    ):
        advice = storage_advice("server_away", settings)
    elif any(w in text for w in ("malformed", "not a database", "integrity", "damaged")):
        advice = storage_advice("damaged", settings)
    elif "permission denied" in text or "readonly" in text or "read-only" in text:
        advice = storage_advice("read_only", settings)
    elif "no space" in text or "disk full" in text or "database or disk is full" in text:
        advice = storage_advice("disk_full", settings)
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
