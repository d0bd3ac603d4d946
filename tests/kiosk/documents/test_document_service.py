"""Rendering from the database: Document rows, the consent check code, printing and retry."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select, text

from kiosk.domain.aftercare import Area
from kiosk.printing.backends import JobState, JobStatus, PrintError
from kiosk.printing.folder import FolderBackend
from kiosk.services.audit_log import list_events
from kiosk.services.checkin import submit_checkin
from kiosk.services.documents import (
    print_document,
    print_jobs,
    render_aftercare,
    render_consent_record,
    retry_print,
    verify_consent_document,
)
from kiosk.services.errors import NotSignedIn, ValidationError
from kiosk.services.signin import sign_out
from kiosk.storage import models
from tests.fixtures.database import (
    TEST_ZONE,
    build_checklist,
    build_consent,
    fixed_clock,
    make_submission,
)
from tests.fixtures.visits import complete_visit
from tests.kiosk.documents.pdfcheck import text_of
from tests.kiosk.documents.sample_content import aftercare_en
from tests.kiosk.services.helpers import audit_actions, drop_append_only_triggers

CHECKLIST = build_checklist()


def content(language: str):
    return SimpleNamespace(
        aftercare=aftercare_en(), consent=build_consent(language), checklist=CHECKLIST
    )


@pytest.fixture
def completed_visit(session_factory, nurse) -> int:
    sf = session_factory
    visit_id = submit_checkin(
        sf, make_submission(), checklist=CHECKLIST, zone=TEST_ZONE, clock=fixed_clock()
    ).visit_id
    return complete_visit(
        sf, visit_id, nurse, areas=frozenset({Area.FACE, Area.EYES}), session_number=2
    )


def test_aftercare_from_the_database_is_stored_and_dated(
    database, session_factory, settings, nurse, completed_visit
):
    doc = render_aftercare(
        session_factory,
        completed_visit,
        settings=settings,
        actor=nurse,
        content=content,
    )
    words = text_of(doc.pdf)
    assert "Ana García" in words
    assert "Procedure date: Tuesday, March 10, 2026" in words
    assert "micro-bruising" in words  # eyes were recorded as treated
    assert "Session: 2" in words
    with session_factory() as session:
        row = session.get(models.Document, doc.document_id)
        assert (row.kind, row.sha256, row.pdf) == ("aftercare", doc.sha256, doc.pdf)
        assert row.visit_id == completed_visit and row.staff_id == nurse.staff_id
    assert "document.rendered" in audit_actions(database)


def test_aftercare_needs_a_recorded_procedure(session_factory, settings, submitted_visit):
    with pytest.raises(ValidationError, match="Record the procedure first"):
        render_aftercare(
            session_factory,
            submitted_visit.visit_id,
            settings=settings,
            actor=None,
            content=content,
        )


def test_consent_record_verifies_and_detects_a_tampered_database(
    database, session_factory, settings, completed_visit, tmp_path
):
    doc = render_consent_record(
        session_factory, completed_visit, settings=settings, actor=None, content=content
    )
    assert "Consent to micro-needling" in text_of(doc.pdf)  # the exact text was available
    path = tmp_path / doc.filename
    path.write_bytes(doc.pdf)
    result = verify_consent_document(session_factory, path, settings=settings, content=content)
    assert result.ok, result.message
    assert result.code == doc.sha256 and result.document_id == doc.document_id

    drop_append_only_triggers(database, "consents")
    with database.engine.begin() as conn:
        conn.execute(text("UPDATE consents SET typed_name = 'Someone Else'"))
    tampered = verify_consent_document(session_factory, path, settings=settings, content=content)
    assert not tampered.ok
    assert "no longer matches" in tampered.message


def test_an_unknown_code_is_not_verified(session_factory, settings, completed_visit, clinic):
    from kiosk.documents.consent_record import build_consent_record, render_consent_record_pdf
    from kiosk.documents.preview import sample_signature_png

    forged = build_consent_record(
        language="en",
        paper="letter",
        clinic=clinic,
        visit_id=completed_visit,
        patient_name="Ana García",
        date_of_birth=None,
        procedure_date=datetime(2026, 3, 10).date(),
        consent=None,
        consent_version="x",
        consent_sha256="0" * 64,
        ticked=[],
        checklist=None,
        checklist_version="x",
        checklist_sha256="x",
        answers=[],
        typed_name="Ana García",
        signature_png=sample_signature_png(),
        signed_at=datetime.fromisoformat("2026-03-10T10:00:00+00:00"),
        zone=TEST_ZONE,
        station="x",
    )
    result = verify_consent_document(
        session_factory, render_consent_record_pdf(forged), settings=settings, content=content
    )
    assert not result.ok and result.document_id is None
    assert "No consent record with this code" in result.message


class FlakyBackend:
    """A printer that is offline until ``online`` is set; completes jobs when online."""

    name = "flaky"

    def __init__(self) -> None:
        self.online = False
        self.received: list[bytes] = []

    def submit(self, pdf_path: Path, printer: str | None, title: str = "") -> str:
        if not self.online:
            raise PrintError(f"The printer {printer} is offline.")
        self.received.append(pdf_path.read_bytes())
        return f"job-{len(self.received)}"

    def status(self, job_ref: str) -> JobStatus:
        return JobStatus(JobState.COMPLETED)


def test_offline_printer_fails_clearly_and_retry_prints_the_same_document(
    database, session_factory, settings, completed_visit, nurse, admin
):
    doc = render_aftercare(
        session_factory, completed_visit, settings=settings, actor=nurse, content=content
    )
    backend = FlakyBackend()
    job = print_document(session_factory, doc, backend=backend, printer="Front", actor=nurse)
    assert job.status == "failed" and job.failed
    assert job.error == "The printer Front is offline."
    assert job.attempts == 1

    backend.online = True
    again = retry_print(session_factory, job.job_id, backend=backend, actor=admin)
    assert again.job_id == job.job_id
    assert (again.status, again.attempts, again.error, again.job_ref) == (
        "completed",
        2,
        None,
        "job-1",
    )
    assert backend.received == [doc.pdf]
    assert print_jobs(session_factory, doc.document_id) == [again]
    assert audit_actions(database)[-2:] == ["print.problem", "document.printed"]
    # Printing and reprinting name the staff member who did it, not "system".
    problem, printed = list_events(session_factory, limit=2)[::-1]
    assert problem.actor == f"staff:{nurse.staff_id}"
    assert (printed.actor, printed.details.get("reprint")) == (f"staff:{admin.staff_id}", True)


def test_a_signed_out_nurse_cannot_render_or_print(
    session_factory, settings, completed_visit, nurse
):
    doc = render_aftercare(
        session_factory, completed_visit, settings=settings, actor=nurse, content=content
    )
    sign_out(session_factory, nurse, clock=fixed_clock())
    with pytest.raises(NotSignedIn):
        render_aftercare(
            session_factory, completed_visit, settings=settings, actor=nurse, content=content
        )
    with pytest.raises(NotSignedIn):
        print_document(session_factory, doc, backend=FlakyBackend(), printer=None, actor=nurse)


def test_folder_backend_print_keeps_a_copy(session_factory, settings, completed_visit, tmp_path):
    doc = render_aftercare(
        session_factory, completed_visit, settings=settings, actor=None, content=content
    )
    backend = FolderBackend(tmp_path / "out")
    first = print_document(session_factory, doc, backend=backend, printer=None, actor=None)
    second = print_document(session_factory, doc, backend=backend, printer=None, actor=None)
    assert first.status == second.status == "completed"
    saved = sorted((tmp_path / "out").iterdir())
    assert {p.name for p in saved} == {doc.filename, doc.filename.replace(".pdf", "-2.pdf")}
    assert all(p.read_bytes() == doc.pdf for p in saved)
    with session_factory() as session:
        rows = session.scalars(select(models.PrintJob)).all()
        assert [(r.backend, r.status, r.attempts) for r in rows] == [("folder", "completed", 1)] * 2
