"""The document commands of clinic-kiosk, run in-process on a fresh data folder."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.cli import main
from kiosk.config import sqlite_url_for
from kiosk.content import load_content
from kiosk.domain.staff import Role
from kiosk.services.audit_secret import attach_audit_key
from kiosk.services.checkin import submit_checkin
from kiosk.services.staff import create_staff
from kiosk.storage import open_database
from tests.fixtures.database import (
    TEST_PEPPER,
    TEST_PIN,
    TEST_ZONE,
    fixed_clock,
    make_submission,
    sign_in_staff,
)
from tests.fixtures.visits import complete_visit
from tests.kiosk.documents.pdfcheck import text_of


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    config = tmp_path / "config.toml"
    config.write_text('[clinic]\nname = "Bright Skin Clinic"\nphone = "555-0100"\n')
    monkeypatch.setenv("CLINIC_KIOSK_CONFIG", str(config))
    monkeypatch.setenv("CLINIC_KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CLINIC_KIOSK_DB", raising=False)
    return tmp_path / "data"


def one_error_line(capsys) -> str:
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


def test_preview_aftercare_in_spanish(data_dir, tmp_path, capsys):
    out, ics = tmp_path / "sheet.pdf", tmp_path / "next.ics"
    argv = [
        "preview",
        "aftercare",
        "--name",
        "Zoë Nguyễn",
        "--date",
        "2026-01-28",
        "--areas",
        "face,eyes",
        "--session",
        "2",
        "--lang",
        "es",
        "-o",
        str(out),
        "--ics",
        str(ics),
    ]
    assert main(argv) == 0
    text = text_of(out.read_bytes())
    assert "Zoë Nguyễn" in text
    assert "miércoles, 28 de enero de 2026" in text
    assert "Sesión: 2" in text
    assert "DTSTART;VALUE=DATE:20260311" in ics.read_text()
    assert f"Wrote {out}" in capsys.readouterr().out


def test_preview_consent_with_a4(data_dir, tmp_path):
    out = tmp_path / "consent.pdf"
    assert (
        main(
            [
                "preview",
                "consent",
                "--name",
                "Ana",
                "--date",
                "2026-03-10",
                "--paper",
                "a4",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    page = PdfReader(io.BytesIO(out.read_bytes())).pages[0]
    assert round(float(page.mediabox.width)) == 595
    assert "Signed consent record" in text_of(out.read_bytes())


BAD_PREVIEW_INPUT = [
    (["--date", "2026-02-30"], "the date must look like 2026-03-31, not '2026-02-30'"),
    (["--areas", "face,nose"], "unknown treated area 'nose'"),
    (["--session", "two"], "the session number must be a whole number"),
    (["--session", "0"], "the session number must be 1 or more"),
    (["--lang", "fr"], "no content in language 'fr'"),
    (["--name", "Melting 🫠"], "no shipped font can print: '🫠' (U+1FAE0)"),
    (["--name", "x" * 10_000], "the name is longer than 100 characters"),
    (["--name", "   "], "the name is empty"),
    (["--name", "Ana\u200b"], "invisible or control character"),
    (["--name", "12345"], "the name has no letters"),
    (["--date", "9999-12-31"], "the procedure date 9999-12-31 is more than a year after"),
    (["--date", "1900-01-01"], "the procedure date 1900-01-01 is before 2000-01-01"),
]
AFTERCARE_ONLY = ("--areas", "--session")  # the consent preview has no areas or session


@pytest.mark.parametrize(
    ("document", "extra", "message"),
    [("aftercare", extra, message) for extra, message in BAD_PREVIEW_INPUT]
    + [
        ("consent", extra, message)
        for extra, message in BAD_PREVIEW_INPUT
        if extra[0] not in AFTERCARE_ONLY
    ],
)
def test_bad_preview_input_is_one_line_and_status_2(
    data_dir, tmp_path, capsys, extra, message, document
):
    argv = ["preview", document, "--date", "2026-01-28", "-o", str(tmp_path / "x.pdf"), *extra]
    assert main(argv) == 2
    line = one_error_line(capsys)
    assert line.startswith("clinic-kiosk: ")
    assert message in line
    assert len(line) < 300  # one readable line, not the 10,000 characters echoed back
    assert not (tmp_path / "x.pdf").exists()


def test_print_a_file_to_the_folder_backend(data_dir, tmp_path, capsys):
    pdf = tmp_path / "sheet.pdf"
    assert main(["preview", "aftercare", "--date", "2026-01-28", "-o", str(pdf)]) == 0
    assert main(["print", str(pdf), "--backend", "folder"]) == 0
    assert (data_dir / "printed" / "sheet.pdf").read_bytes() == pdf.read_bytes()
    capsys.readouterr()
    assert main(["print", str(tmp_path / "missing.pdf"), "--backend", "folder"]) == 2
    assert "no such file" in one_error_line(capsys)
    not_pdf = tmp_path / "notes.txt"
    not_pdf.write_text("hello")
    assert main(["print", str(not_pdf), "--backend", "folder"]) == 2
    assert "not a PDF" in one_error_line(capsys)


@pytest.fixture
def completed_visit(data_dir) -> int:
    data_dir.mkdir(parents=True)
    db = open_database(sqlite_url_for(data_dir / "clinic.sqlite3"))
    try:
        attach_audit_key(db, data_dir)  # as a station's start-up: makes the clinic's secret
        sf = db.session_factory
        bundle = load_content("en")
        member = create_staff(
            sf,
            name="Nina Nurse",
            pin=TEST_PIN,
            role=Role.ADMIN,
            actor=None,
            pepper=TEST_PEPPER,
            clock=fixed_clock(),
        )
        nurse = sign_in_staff(sf, member.code)
        submission = make_submission(bundle.checklist, consent=bundle.consent)
        visit_id = submit_checkin(
            sf,
            submission,
            checklist=bundle.checklist,
            consent=bundle.consent,
            zone=TEST_ZONE,
            clock=fixed_clock(),
        ).visit_id
        return complete_visit(sf, visit_id, nurse)
    finally:
        db.dispose()


def test_render_from_the_database_and_verify(data_dir, completed_visit, tmp_path, capsys):
    sheet, ics = tmp_path / "sheet.pdf", tmp_path / "next.ics"
    assert main(["aftercare", str(completed_visit), "-o", str(sheet), "--ics", str(ics)]) == 0
    assert "Ana García" in text_of(sheet.read_bytes())
    # procedure recorded 2026-03-10: the window is 6 to 8 weeks later, DTEND exclusive
    assert "DTSTART;VALUE=DATE:20260421" in ics.read_text()
    assert "DTEND;VALUE=DATE:20260506" in ics.read_text()
    record = tmp_path / "consent.pdf"
    assert (
        main(
            [
                "consent-record",
                str(completed_visit),
                "-o",
                str(record),
                "--print",
                "--backend",
                "folder",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Printed: job 1 completed" in out
    assert (data_dir / "printed" / f"consent-visit{completed_visit}.pdf").exists()
    assert main(["verify-document", str(record)]) == 0
    assert "Genuine" in capsys.readouterr().out

    forged = tmp_path / "forged.pdf"
    forged.write_bytes(sheet.read_bytes())  # an aftercare sheet carries no code
    assert main(["verify-document", str(forged)]) == 2
    assert "no verification code" in one_error_line(capsys)


def test_verify_document_names_an_edit_and_prints_the_stored_facts(
    data_dir, completed_visit, tmp_path, capsys
):
    from tests.kiosk.documents.test_verify_forgeries import edit_stream

    record = tmp_path / "consent.pdf"
    assert main(["consent-record", str(completed_visit), "-o", str(record)]) == 0
    capsys.readouterr()
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(edit_stream(record.read_bytes(), (b"(Ana Garc", b"(Eva Garc")))
    assert main(["verify-document", str(forged)]) == 1
    line = one_error_line(capsys)
    assert "NOT GENUINE" in line and "the document says 'Eva García'" in line

    code = PdfReader(record).metadata["/Keywords"].split("verification:")[1][:64]
    assert main(["verify-document", "--code", " ".join([code[:32], code[32:]])]) == 0
    out = capsys.readouterr().out
    assert "Patient: Ana García" in out and "Typed name: Ana García" in out
    assert main(["verify-document", "--code", "123"]) == 2
    assert "64 hexadecimal digits" in one_error_line(capsys)


def test_unknown_visit_and_bad_number(data_dir, completed_visit, tmp_path, capsys):
    assert main(["aftercare", "999", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "visit could not be found" in one_error_line(capsys)
    assert main(["consent-record", "abc"]) == 2
    assert "whole number" in one_error_line(capsys)


def test_a_failed_print_is_retried_on_another_backend(data_dir, completed_visit, tmp_path, capsys):
    """A queue that does not exist (or no CUPS at all): the job fails, the retry prints it."""
    argv = [
        "aftercare",
        str(completed_visit),
        "-o",
        str(tmp_path / "a.pdf"),
        "--print",
        "--backend",
        "cups",
        "--printer",
        "NoSuchQueue",
    ]
    assert main(argv) == 1
    line = one_error_line(capsys)
    assert "print job 1 failed" in line
    assert "clinic-kiosk print --retry 1" in line
    assert main(["print", "--retry", "1", "--backend", "folder"]) == 0
    assert "Printed: job 1 completed" in capsys.readouterr().out
    assert main(["print", "--retry", "77", "--backend", "folder"]) == 2
    assert "print job could not be found" in one_error_line(capsys)
