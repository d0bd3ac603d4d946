"""A stored document to print: a check-in and a one-page PDF row, as rendering leaves them."""

from __future__ import annotations

import io

from pypdf import PdfWriter

from kiosk.services.checkin import submit_checkin
from kiosk.services.results.documents import RenderedDocument
from kiosk.storage import models
from tests.fixtures.database import (
    TEST_NOW,
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    make_submission,
)


def one_page_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def stored_document(session_factory, filename: str = "retry-test.pdf"):
    visit_id = submit_checkin(
        session_factory,
        make_submission(),
        checklist=build_checklist(),
        zone=TEST_ZONE,
        clock=fixed_clock(),
    ).visit_id
    with session_factory.begin() as session:
        row = models.Document(
            visit_id=visit_id,
            kind="aftercare",
            sha256="0" * 64,
            filename=filename,
            pdf=one_page_pdf(),
            staff_id=None,
            created_at=TEST_NOW,
        )
        session.add(row)
        session.flush()
        return RenderedDocument(row.pdf, row.sha256, row.kind, row.filename, row.id, visit_id)
