"""The document service loads its renderers (reportlab, Pillow) and verifier (pypdf) on first use.

A station imports the service to bind its nurse screens; the renderers cost ~150 ms and ~13 MB
that only the first print needs.
"""

from __future__ import annotations

from kiosk.documents import aftercare, consent_record
from kiosk.services import documents
from tests.import_probe import loaded_after_importing

HEAVY = ("reportlab", "pypdf", "PIL", "segno", "kiosk.documents.aftercare")


def test_importing_the_service_loads_no_renderer() -> None:
    assert loaded_after_importing(["kiosk.services.documents"], HEAVY) == []


def test_the_service_kinds_are_the_renderers_kinds() -> None:
    assert documents.AFTERCARE == aftercare.KIND
    assert documents.CONSENT_RECORD == consent_record.KIND
