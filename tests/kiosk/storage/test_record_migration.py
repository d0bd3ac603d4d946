"""Revision 0002 on a database written before it: old records stay verifiable and printable."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from sqlalchemy import create_engine, text

from kiosk.services.audit import KEYED_ACTION, canonical_json, legacy_event_hash
from kiosk.services.audit_log import list_events
from kiosk.services.audit_secret import attach_audit_key
from kiosk.services.record_verify import verify_records
from kiosk.storage import open_database, sqlite_url
from kiosk.storage.database import migrate
from kiosk.storage.models import GENESIS_HASH
from tests.fixtures.database import signature_strokes, tiny_png

AT = datetime(2026, 1, 5, 14, 0, tzinfo=UTC)


def legacy_checkin(conn) -> None:
    """One check-in as revision 0001's code stored it, with its unkeyed audit event."""
    conn.execute(
        text(
            "INSERT INTO patients (id, first_name, last_name, search_key, last_name_key,"
            " date_of_birth, created_at) VALUES (1, 'Ana', 'García', 'ana garcia', 'garcia',"
            " :dob, :at)"
        ),
        {"dob": date(1990, 5, 17), "at": AT.replace(tzinfo=None)},
    )
    conn.execute(
        text(
            "INSERT INTO visits (id, patient_id, submission_id, procedure_date, checked_in_at,"
            " zone, status, language, station, checklist_version, checklist_sha256, flag_count,"
            " version, updated_at) VALUES (1, 1, 'legacy-submission-1', :day, :at, 'UTC',"
            " 'submitted', 'en', 'tablet-1', 'old-1', :sha, 0, 1, :at)"
        ),
        {"day": AT.date(), "at": AT.replace(tzinfo=None), "sha": "0" * 64},
    )
    conn.execute(
        text(
            "INSERT INTO answers (visit_id, item_key, choice, days_ago, item_version)"
            " VALUES (1, 'sunburn', 'no', NULL, 'old-1')"
        )
    )
    conn.execute(
        text(
            "INSERT INTO consents (visit_id, content_version, text_sha256, typed_name,"
            " acknowledgements, strokes, signature_png, signed_at, zone, station) VALUES"
            " (1, 'old-1', :sha, 'Ana García', '[\"risks\"]', :strokes, :png, :at, 'UTC',"
            " 'tablet-1')"
        ),
        {
            "sha": "1" * 64,
            "strokes": json.dumps([[list(p) for p in signature_strokes()[0]]]),
            "png": tiny_png(),
            "at": AT.replace(tzinfo=None),
        },
    )
    details = canonical_json({"patient_id": 1, "submission_id": "legacy-submission-1"})
    fields = dict(
        seq=1, at=AT, actor="kiosk:tablet-1", action="checkin.submitted", subject="visit:1"
    )
    digest = legacy_event_hash(GENESIS_HASH, details=details, **fields)
    conn.execute(
        text(
            "INSERT INTO audit_events (seq, at, actor, action, subject, details, prev_hash, hash)"
            " VALUES (1, :at, :actor, :action, :subject, :details, :prev, :hash)"
        ),
        {**fields, "at": AT.replace(tzinfo=None), "details": details, "prev": GENESIS_HASH,
         "hash": digest},
    )  # fmt: skip
    conn.execute(text("UPDATE audit_head SET seq = 1, hash = :h"), {"h": digest})


def test_an_old_database_is_upgraded_keyed_and_still_verifies(tmp_path):
    url = sqlite_url(tmp_path / "clinic.sqlite3")
    engine = create_engine(url)
    migrate(engine, "0001")
    with engine.begin() as conn:
        legacy_checkin(conn)
    engine.dispose()
    db = open_database(url)  # migrates to 0002: texts, new columns (NULL on old rows), triggers
    engine = db.engine
    try:
        attach_audit_key(db, tmp_path / "data")
        events = list_events(db.session_factory)
        assert [e.action for e in events] == [KEYED_ACTION, "checkin.submitted"]
        assert events[0].details["legacy_head_seq"] == 1
        report = verify_records(db.session_factory, full=True)
        assert report.ok, report.lines()
        assert report.visits_checked == 1
        with engine.begin() as conn:
            conn.execute(text("UPDATE visits SET status = 'cleared' WHERE id = 1"))
        assert verify_records(db.session_factory, full=True).problems == (
            "visit 1: it is cleared but no nurse review cleared it",
        )
    finally:
        engine.dispose()
