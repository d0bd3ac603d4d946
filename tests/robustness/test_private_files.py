"""Every file the program writes is owner-only whatever the umask; no patient name in PDF
metadata; and two stations adding the same new patient at once raise no error on the server
(a unique violation would write the patient's folded name and birth date into its log)."""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import event

from kiosk.cli import main
from kiosk.documents.ics import write_ics
from kiosk.files import write_private
from kiosk.printing.folder import FolderBackend
from kiosk.services.checkin import submit_checkin
from kiosk.storage import Database, open_database
from tests.fixtures.database import (
    TEST_ZONE,
    build_checklist,
    fixed_clock,
    keyed,
    make_submission,
)

CHECKLIST = build_checklist()


@pytest.fixture
def loose_umask() -> Iterator[None]:
    previous = os.umask(0)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_write_private_is_owner_only_and_replaces_atomically(tmp_path, loose_umask) -> None:
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    target.chmod(0o666)
    write_private(target, b"new")
    assert target.read_bytes() == b"new" and mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # no partial left behind


def test_calendar_files_and_folder_printer_copies_are_owner_only(tmp_path, loose_umask) -> None:
    assert mode(write_ics(tmp_path / "next.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")) == 0o600
    source = tmp_path / "a.pdf"
    source.write_bytes(b"%PDF-1.4 test")
    backend = FolderBackend(tmp_path / "printed")
    first = Path(backend.submit(source, None))
    second = Path(backend.submit(source, None))  # never overwrites: a second name
    assert first != second
    assert mode(first) == mode(second) == 0o600
    assert first.read_bytes() == source.read_bytes()


def test_cli_documents_are_owner_only_and_their_metadata_names_nobody(
    tmp_path, loose_umask, monkeypatch, capsys
) -> None:
    monkeypatch.setenv("CLINIC_KIOSK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("CLINIC_KIOSK_CONFIG", str(tmp_path / "none.toml"))
    (tmp_path / "none.toml").write_text("", encoding="utf-8")
    pdf, ics = tmp_path / "sheet.pdf", tmp_path / "sheet.ics"
    args = ["preview", "aftercare", "--name", "Wilhelmina Quarrington", "--date", "2026-12-03"]
    args += ["--areas", "face", "--session", "1", "-o", str(pdf), "--ics", str(ics)]
    assert main(args) == 0, capsys.readouterr().err
    assert mode(pdf) == 0o600 and mode(ics) == 0o600
    metadata = PdfReader(pdf).metadata or {}
    assert metadata.get("/Subject")  # still says what the document is
    assert not any("Quarrington" in str(value) for value in metadata.values())
    consent = tmp_path / "consent.pdf"
    args = ["preview", "consent", "--name", "Wilhelmina Quarrington", "--date", "2026-12-03"]
    assert main([*args, "-o", str(consent)]) == 0, capsys.readouterr().err
    metadata = PdfReader(consent).metadata or {}
    assert not any("Quarrington" in str(value) for value in metadata.values())
    assert mode(consent) == 0o600


def test_two_stations_adding_the_same_new_patient_raise_no_server_error(
    database: Database,
) -> None:
    """Both commit: one visit each, one patient, and not one error statement on the server."""
    stations = [keyed(open_database(database.url)) for _ in range(2)]
    errors: list[str] = []
    for db in stations:
        event.listen(
            db.engine,
            "handle_error",
            lambda context: errors.append(type(context.original_exception).__name__),
        )
    barrier = threading.Barrier(2)
    receipts = []

    def station(db: Database, last_name: str) -> None:
        submission = make_submission(CHECKLIST, first_name="Renée", last_name=last_name)
        barrier.wait()
        receipts.append(
            submit_checkin(
                db.session_factory,
                submission,
                checklist=CHECKLIST,
                zone=TEST_ZONE,
                clock=fixed_clock(),
            )
        )

    try:
        for round_ in range(10):  # ten new patients, each arriving at two desks at once
            receipts.clear()
            name = f"Okonkwo-{'abcdefghij'[round_]}lind"
            threads = [threading.Thread(target=station, args=(db, name)) for db in stations]
            for t in threads:
                t.start()
            for t in threads:
                t.join(30)
            assert len(receipts) == 2
            assert receipts[0].patient_id == receipts[1].patient_id
    finally:
        for db in stations:
            db.dispose()
    assert errors == []
