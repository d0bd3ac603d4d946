"""Turn an exception from a service call into words for the nurse."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from kiosk.services.errors import ServiceError

log = logging.getLogger(__name__)


def friendly_message(exc: BaseException) -> str:
    """A service's own message, or a calm generic one (the details go to the log)."""
    cause = getattr(exc, "cause", "unknown")  # StorageUnavailable: say what is wrong, translated
    if isinstance(exc, ServiceError) and cause != "unknown":
        from ui.startup_problems import storage_advice

        return storage_advice(cause, None) or exc.message
    if isinstance(exc, ServiceError):
        return exc.message
    log.error("nurse station: unexpected error", exc_info=exc)
    return QCoreApplication.translate(
        "NurseErrors",
        "Something went wrong and nothing was changed. Please try again; if it keeps"
        " happening, ask IT to look at the station's log.",
    )
