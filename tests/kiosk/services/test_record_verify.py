"""audit verify re-derives each visit's signed record and names what differs."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text

from kiosk.services.audit_secret import checkpoint_path, read_checkpoint
from kiosk.services.record_verify import verify_records
from kiosk.storage import models
from tests.fixtures.database import (
    TEST_AUDIT_KEY,
    build_checklist,
    make_submission,
    signature_strokes,
    tiny_png,
)
from tests.fixtures.visits import complete_visit
from tests.kiosk.services.helpers import drop_append_only_triggers
from tests.kiosk.services.record_helpers import check_in


def sql(database, *statements: str, **params) -> None:
    with database.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement), params)


@pytest.fixture
def two_visits(database, nurse):
    sf = database.session_factory
    first = complete_visit(sf, check_in(sf), nurse)
    bravo = make_submission(build_checklist(), first_name="Bea", last_name="Bravo")
    bravo = dataclasses.replace(
        bravo,
        consent=dataclasses.replace(
            bravo.consent, strokes=signature_strokes(300.0), signature_png=tiny_png(12, 6)
        ),
    )
    second = check_in(sf, bravo)
    return first, second


def problems(database, **kwargs) -> list[str]:
    report = verify_records(database.session_factory, full=True, **kwargs)
    assert report.ok is (not report.problems and report.chain.ok)
    return list(report.problems)


def test_untouched_records_are_intact(database, two_visits):
    report = verify_records(database.session_factory, full=True)
    assert report.ok, report.lines()
    assert report.visits_checked == 2
    assert report.lines()[0].startswith("intact (full check)")


def test_an_answer_changed_after_signing_is_named(database, two_visits):
    first, _ = two_visits
    drop_append_only_triggers(database, "answers")
    sql(
        database,
        "UPDATE answers SET choice = 'within_window', days_ago = 1"
        " WHERE visit_id = :v AND item_key = 'retinoids'",
        v=first,
    )
    assert problems(database) == [f"visit {first}: the answer to 'retinoids' changed after signing"]


def test_a_changed_identity_is_named(database, two_visits):
    first, _ = two_visits
    sql(
        database,
        "UPDATE patients SET first_name = 'Eve'"
        " WHERE id = (SELECT patient_id FROM visits WHERE id = :v)",
        v=first,
    )
    assert problems(database) == [
        f"visit {first}: the patient's name or date of birth changed after signing"
    ]


def test_a_visit_moved_to_another_patient_is_named(database, two_visits):
    first, second = two_visits
    sql(
        database,
        "UPDATE visits SET patient_id = (SELECT patient_id FROM visits WHERE id = :b)"
        " WHERE id = :a",
        a=first,
        b=second,
    )
    assert f"visit {first}: the patient's name or date of birth changed after signing" in (
        problems(database)
    )


def test_another_patients_signature_attached_by_a_superseding_insert(database, two_visits):
    """No trigger is dropped: the INSERT is allowed, and even carries a fresh digest."""
    first, second = two_visits
    with database.session_factory() as session, session.begin():
        mine = session.execute(
            select(models.Consent).where(models.Consent.visit_id == first)
        ).scalar_one()
        theirs = session.execute(
            select(models.Consent).where(models.Consent.visit_id == second)
        ).scalar_one()
        forged = models.Consent(
            visit_id=first,
            supersedes_id=mine.id,
            content_version=mine.content_version,
            text_sha256=mine.text_sha256,
            typed_name=mine.typed_name,
            acknowledgements=mine.acknowledgements,
            strokes=theirs.strokes,
            signature_png=theirs.signature_png + b"",
            signed_at=mine.signed_at,
            zone=mine.zone,
            station=mine.station,
            method=theirs.method,
            record_digest=hashlib.sha256(b"made up").hexdigest(),
        )
        session.add(forged)
    found = problems(database)
    assert found[0].startswith(f"visit {first}: a consent row added later supersedes")
    assert f"visit {first}: the signature was replaced (another signature attached?)" in found


def test_a_visit_cleared_with_no_review_is_named(database, two_visits):
    _, second = two_visits
    sql(database, "UPDATE visits SET status = 'cleared' WHERE id = :v", v=second)
    found = problems(database)
    assert f"visit {second}: it is cleared but no nurse review cleared it" in found


def test_a_deleted_visit_is_named(database, two_visits):
    _, second = two_visits
    for table in ("answers", "consents"):
        drop_append_only_triggers(database, table)
    sql(
        database,
        "DELETE FROM answers WHERE visit_id = :v",
        "DELETE FROM consents WHERE visit_id = :v",
        "DELETE FROM visits WHERE id = :v",
        v=second,
    )
    found = problems(database)
    assert len(found) == 1 and found[0].startswith(f"visit {second}: its check-in is in the")
    assert found[0].endswith("deleted")


def test_an_inserted_visit_is_named(database, two_visits):
    first, _ = two_visits
    sql(
        database,
        "INSERT INTO visits (patient_id, submission_id, procedure_date, checked_in_at, zone,"
        " status, language, station, checklist_version, checklist_sha256, flag_count, version,"
        " updated_at) SELECT patient_id, 'inserted-by-hand', procedure_date, checked_in_at, zone,"
        " 'cleared', language, station, checklist_version, checklist_sha256, 0, 1, updated_at"
        " FROM visits WHERE id = :v",
        v=first,
    )
    found = problems(database)
    assert any("inserted around the program" in p for p in found), found


def test_an_edited_wording_is_named(database, two_visits):
    first, second = two_visits
    drop_append_only_triggers(database, "texts")
    sql(
        database,
        "UPDATE texts SET body = 'Have you ever been sunburnt?' WHERE item_key = 'sunburn'"
        " AND kind = 'question'",
    )
    found = problems(database)
    assert f"visit {first}: the answer to 'sunburn' changed after signing" in found
    assert f"visit {second}: the answer to 'sunburn' changed after signing" in found


def test_a_clean_run_anchors_and_the_next_starts_there(database, two_visits, tmp_path, nurse):
    where = checkpoint_path(tmp_path)
    sf = database.session_factory
    first = verify_records(sf, checkpoint=where)
    assert first.ok and first.full  # no checkpoint yet: everything
    anchored = read_checkpoint(where, TEST_AUDIT_KEY)
    assert anchored.verified_seq == first.chain.checked
    assert anchored.verified_visit_id == max(two_visits)

    third = check_in(sf, first_name="Cy", last_name="Charlie")
    again = verify_records(sf, checkpoint=where)
    assert again.ok and not again.full
    assert again.from_seq == anchored.verified_seq
    assert again.visits_checked == 1  # only the visit checked in since
    after_again = read_checkpoint(where, TEST_AUDIT_KEY)

    fourth = check_in(sf, first_name="Di", last_name="Delta")
    drop_append_only_triggers(database, "answers")
    for visit in (third, fourth):
        sql(
            database,
            "UPDATE answers SET choice = 'yes' WHERE visit_id = :v AND item_key = 'sunburn'",
            v=visit,
        )
    fast = verify_records(sf, checkpoint=where)  # checks what came since the checkpoint
    assert fast.problems == (f"visit {fourth}: the answer to 'sunburn' changed after signing",)
    full = verify_records(sf, checkpoint=where, full=True)  # and --full everything
    assert set(full.problems) == {
        f"visit {v}: the answer to 'sunburn' changed after signing" for v in (third, fourth)
    }
    assert read_checkpoint(where, TEST_AUDIT_KEY) == after_again  # failures never anchor


def test_truncating_the_log_below_the_checkpoint_is_caught(database, two_visits, tmp_path):
    where = checkpoint_path(tmp_path)
    sf = database.session_factory
    assert verify_records(sf, checkpoint=where).ok
    anchored = read_checkpoint(where, TEST_AUDIT_KEY)
    drop_append_only_triggers(database, "audit_events")
    with database.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_events WHERE seq >= :s"), {"s": anchored.seq - 1})
        prev = conn.execute(
            text("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")
        ).one()
        conn.execute(
            text("UPDATE audit_head SET seq = :s, hash = :h"), {"s": prev[0], "h": prev[1]}
        )
    for full in (False, True):
        report = verify_records(sf, checkpoint=where, full=full)
        assert not report.ok
        assert "truncated" in " ".join(report.lines()) or "moved back" in " ".join(report.lines())


def sample_facts():
    """A record's facts, for the pure digest tests."""
    from datetime import UTC, date, datetime

    from kiosk.domain.record import AnswerFact, RecordFacts

    return RecordFacts(
        visit_id=1,
        submission_id="s" * 32,
        first_name="Ana",
        last_name="García",
        date_of_birth=date(1990, 5, 17),
        procedure_date=date(2026, 3, 10),
        language="en",
        checklist_version="test-1",
        answers=(AnswerFact("sunburn", "no", None, "a" * 64, "Sunburn?", None, "b" * 64),),
        consent_version="test-1",
        consent_sha256="c" * 64,
        acknowledgements=(("risks", "c" * 64),),
        typed_name="Ana García",
        method="drawn",
        strokes=[[[1.0, 1.0], [50.0, 60.0]]],
        signature_png=tiny_png(),
        signed_at=datetime(2026, 3, 10, 15, 30, tzinfo=UTC),
        station="tablet-1",
        zone="America/New_York",
    )


def test_changes_made_through_the_program_are_not_tampering(database, two_visits, nurse):
    """A name correction, a merge, a cancellation and a procedure correction are recorded
    changes: the verifier accepts them, and still refuses the same change made around it."""
    from kiosk.domain.aftercare import Area
    from kiosk.domain.visit import Closure
    from kiosk.services.closing import close_visit
    from kiosk.services.identity import correct_identity, merge_patients
    from kiosk.services.procedures import correct_procedure

    sf = database.session_factory
    first, second = two_visits
    with sf() as session:
        patients = {v: session.get(models.Visit, v).patient_id for v in (first, second)}
        procedure = session.execute(
            select(models.Procedure.id).where(models.Procedure.visit_id == first)
        ).scalar_one()
        version = session.get(models.Visit, first).version
    correct_identity(
        sf, patients[first], actor=nurse, first_name="Anabel", reason="Spelling on the ID"
    )
    correct_procedure(
        sf, procedure, actor=nurse, areas=frozenset({Area.FACE, Area.NECK}), session_number=1,
        notes="", reason="neck was treated too", expected_version=version,
    )  # fmt: skip
    close_visit(
        sf, second, actor=nurse, closure=Closure.CANCELLED, expected_version=1, reason="Ill"
    )
    merge_patients(
        sf, duplicate_id=patients[second], keep_id=patients[first], actor=nurse,
        reason="Same person",
    )  # fmt: skip
    report = verify_records(sf, full=True)
    assert report.ok, report.lines()

    # The same kind of change around the program: an identity history row with no event.
    with sf.begin() as session:
        session.add(
            models.IdentityChange(
                patient_id=patients[first], kind="correction", before={}, after={},
                visit_ids=[first], reason="x", staff_id=nurse.staff_id,
                at=datetime(2026, 3, 11, tzinfo=UTC),
            )
        )  # fmt: skip
    sql(database, "UPDATE patients SET last_name = 'Impostor' WHERE id = :p", p=patients[first])
    found = problems(database)
    assert f"visit {first}: the patient's name or date of birth changed after signing" in found
