"""``audit verify`` at 100 000 visits: the keyed chain and every visit's record re-derived.

Plain script:  python benchmarks/bench_record_verify.py [N]
The database holds N complete records as a check-in writes them (patient, visit, answers
pointing at the stored wording of the shipped English checklist, consent with strokes and
image, record digest, the keyed check-in event with its part digests; every second visit
cleared by a review and its event), built with Core executemany and cached under /tmp.

Full verification is timed against a plain read of the same rows (visits with patients,
answers, consents, reviews and audit events, fetched and dropped): what verifying costs
beyond reading what it checks. The fast path (from a checkpoint, 40 visits checked in since)
is shown against the full check, for information.
"""

from __future__ import annotations

import math
import shutil
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select, update  # noqa: E402

from benchmarks.measure import Result, table  # noqa: E402
from benchmarks.synthetic_visits import cached_file  # noqa: E402
from kiosk.content import load_content  # noqa: E402
from kiosk.domain.checkin import Acknowledged, CheckinSubmission, SignedConsent  # noqa: E402
from kiosk.domain.checklist import Answer, Choice, ItemKind  # noqa: E402
from kiosk.domain.consent import consent_identity  # noqa: E402
from kiosk.domain.patient import Identity  # noqa: E402
from kiosk.domain.record import AnswerFact, RecordFacts, part_digests, record_digest  # noqa: E402
from kiosk.services.audit import canonical_json, event_hash, use_audit_key  # noqa: E402
from kiosk.services.audit_secret import Checkpoint, write_checkpoint  # noqa: E402
from kiosk.services.checkin import stored_last_name_key, stored_search_key  # noqa: E402
from kiosk.services.record_verify import verify_records  # noqa: E402
from kiosk.services.texts import shown_texts  # noqa: E402
from kiosk.storage import models, open_database, sqlite_url  # noqa: E402
from kiosk.storage.models import GENESIS_HASH  # noqa: E402

SIZE = 100_000
TARGET = 6.0  # verifying may cost up to 6 times reading the rows it checks
KEY = bytes(range(7, 39))
ZONE = "America/New_York"
_GENERATOR_VERSION = "1"
START = datetime(2020, 1, 6, 14, 0, tzinfo=UTC)


def _strokes(seed: int) -> list[list[list[float]]]:
    width = 200.0 + seed % 97
    return [[[10 + width * i / 40, 60 + 30 * math.sin(i / 3 + seed % 7)] for i in range(41)]]


def _png() -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (360, 120), 255).save(out, format="PNG")
    return out.getvalue()


def database_path(visits: int) -> Path:
    return cached_file(f"records{_GENERATOR_VERSION}", visits, build)


def build(path: Path, visits: int) -> None:
    """N records as the check-in service writes them, and the keyed chain over them."""
    db = open_database(sqlite_url(path))
    use_audit_key(db.engine, KEY)
    bundle = load_content("en")
    checklist, consent = bundle.checklist, bundle.consent
    shown = consent_identity(consent)
    answers = tuple(
        Answer(i.key, Choice.NEVER if i.kind is ItemKind.LAST_USED else Choice.NO)
        for i in checklist.items
    )
    png = _png()
    sample = CheckinSubmission(
        submission_id="sample-submission",
        identity=Identity("A", "B", date(1990, 1, 1)),
        language="en",
        procedure_date=START.date(),
        station="tablet-1",
        checklist_version=checklist.version,
        checklist_sha256=checklist.sha256,
        answers=answers,
        consent=SignedConsent(
            shown.version,
            shown.text_sha256,
            "A B",
            (),
            png,
            tuple(Acknowledged(a.key, shown.text_sha256) for a in consent.acknowledgements),
        ),
    )
    wording = shown_texts(checklist, sample, consent, START)
    acks = [a.key for a in consent.acknowledgements]
    seq, prev = 0, GENESIS_HASH
    with db.engine.begin() as conn:
        conn.execute(insert(models.ShownText.__table__), wording.rows)
        conn.execute(
            insert(models.Staff.__table__),
            {"id": 1, "name": "Bench Nurse", "role": "nurse", "pin_hash": "x",
             "failed_attempts": 0, "active": True, "created_at": START},
        )  # fmt: skip
        patients = max(1, visits // 4)
        conn.execute(
            insert(models.Patient.__table__),
            [
                {
                    "id": p,
                    "first_name": f"Name{p}",
                    "last_name": f"Family{p}",
                    "search_key": stored_search_key(f"Name{p}", f"Family{p}"),
                    "last_name_key": stored_last_name_key(f"Family{p}"),
                    "date_of_birth": date(1950, 1, 1) + timedelta(days=p % 20000),
                    "created_at": START,
                }
                for p in range(1, patients + 1)
            ],
        )
        for lo in range(1, visits + 1, 5000):
            rows_v, rows_a, rows_c, rows_r, rows_e = [], [], [], [], []
            for vid in range(lo, min(lo + 5000, visits + 1)):
                pid = (vid - 1) % patients + 1
                at = START + timedelta(minutes=12 * vid)
                cleared = vid % 2 == 0
                rows_v.append(
                    {
                        "id": vid, "patient_id": pid, "submission_id": f"bench-{vid:012d}",
                        "procedure_date": at.date(), "checked_in_at": at, "zone": ZONE,
                        "status": "cleared" if cleared else "submitted", "language": "en",
                        "station": "tablet-1", "checklist_version": checklist.version,
                        "checklist_sha256": checklist.sha256, "flag_count": 0,
                        "worst_outcome": None, "version": 2 if cleared else 1, "updated_at": at,
                    }
                )  # fmt: skip
                for a in answers:
                    q, _, h, lab = wording.answers[a.item_key]
                    rows_a.append(
                        {
                            "visit_id": vid, "item_key": a.item_key, "choice": a.choice.value,
                            "days_ago": None, "item_version": checklist.version,
                            "question_sha256": q, "help_sha256": h, "label_sha256": lab,
                        }
                    )  # fmt: skip
                strokes = _strokes(vid)
                facts = RecordFacts(
                    visit_id=vid,
                    submission_id=f"bench-{vid:012d}",
                    first_name=f"Name{pid}",
                    last_name=f"Family{pid}",
                    date_of_birth=date(1950, 1, 1) + timedelta(days=pid % 20000),
                    procedure_date=at.date(),
                    language="en",
                    checklist_version=checklist.version,
                    answers=tuple(
                        AnswerFact(a.item_key, a.choice.value, None, *wording.answers[a.item_key])
                        for a in answers
                    ),
                    consent_version=shown.version,
                    consent_sha256=shown.text_sha256,
                    acknowledgements=tuple((k, shown.text_sha256) for k in acks),
                    typed_name=f"Name{pid} Family{pid}",
                    method="drawn",
                    strokes=strokes,
                    signature_png=png,
                    signed_at=at,
                    station="tablet-1",
                    zone=ZONE,
                )
                digest = record_digest(facts)
                rows_c.append(
                    {
                        "visit_id": vid, "content_version": shown.version,
                        "text_sha256": shown.text_sha256, "typed_name": facts.typed_name,
                        "acknowledgements": acks, "strokes": strokes, "signature_png": png,
                        "signed_at": at, "zone": ZONE, "station": "tablet-1", "method": "drawn",
                        "record_digest": digest,
                    }
                )  # fmt: skip
                events = [
                    (at, "kiosk:tablet-1", "checkin.submitted",
                     {"patient_id": pid, "submission_id": facts.submission_id,
                      "record_digest": digest, "record_parts": part_digests(facts, KEY)}),
                ]  # fmt: skip
                if cleared:
                    rows_r.append(
                        {"visit_id": vid, "staff_id": 1, "decision": "clear", "reason": None,
                         "note": None, "suggested_date": None, "at": at + timedelta(minutes=5)}
                    )  # fmt: skip
                    events.append((at + timedelta(minutes=5), "staff:1", "visit.cleared",
                                   {"version": 2}))  # fmt: skip
                for when, actor, action, details in events:
                    seq += 1
                    text = canonical_json(details)
                    fields = {"seq": seq, "at": when, "actor": actor, "action": action,
                              "subject": f"visit:{vid}", "details": text}  # fmt: skip
                    digest_e = event_hash(KEY, prev, **fields)
                    rows_e.append({**fields, "prev_hash": prev, "hash": digest_e})
                    prev = digest_e
            conn.execute(insert(models.Visit.__table__), rows_v)
            conn.execute(insert(models.Answer.__table__), rows_a)
            conn.execute(insert(models.Consent.__table__), rows_c)
            if rows_r:
                conn.execute(insert(models.Review.__table__), rows_r)
            conn.execute(insert(models.AuditEvent.__table__), rows_e)
        conn.execute(update(models.AuditHead.__table__).values(seq=seq, hash=prev))
    db.dispose()


def plain_read(sf) -> None:  # type: ignore[no-untyped-def]
    """The baseline: every row verification reads, fetched and dropped, nothing checked."""
    with sf() as session:
        for table in ("visits", "patients", "answers", "consents", "reviews", "audit_events"):
            stmt = select(models.Base.metadata.tables[table])
            for _ in session.execute(stmt.execution_options(yield_per=2000)):
                pass


def measure(n: int = 2, visits: int = SIZE) -> list[Result]:
    source = database_path(visits)
    work = Path(tempfile.mkdtemp(prefix="bench-verify-"))
    try:
        path = work / "clinic.sqlite3"
        shutil.copyfile(source, path)
        db = open_database(sqlite_url(path))
        use_audit_key(db.engine, KEY)
        sf = db.session_factory
        full_times, read_times = [], []
        for _ in range(n):
            for fn, out in ((lambda: _full(sf), full_times), (lambda: plain_read(sf), read_times)):
                start = time.perf_counter()
                fn()
                out.append(time.perf_counter() - start)
        full, read = min(full_times), min(read_times)
        fast = _fast_path(db, work)
        db.dispose()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        Result(
            f"audit verify --full at {visits:,} visits vs reading the same rows",
            full * 1000,
            read * 1000,
            "ms",
            TARGET,
        ),
        Result(
            f"audit verify from the checkpoint (40 visits since) at {visits:,} visits vs --full",
            fast * 1000,
            full * 1000,
            "ms",
            float("inf"),
        ),
    ]


def _full(sf) -> None:  # type: ignore[no-untyped-def]
    report = verify_records(sf, full=True)
    assert report.ok, report.lines()[:5]


def _fast_path(db, work: Path) -> float:  # type: ignore[no-untyped-def]
    """Anchor at the head, add 40 check-ins through the service, time the fast path."""
    from kiosk.services.checkin import submit_checkin
    from kiosk.services.clock import utc_now

    sf = db.session_factory
    where = work / "audit-checkpoint.json"
    with sf() as session:
        head = session.execute(select(models.AuditHead)).scalar_one()
        top = session.execute(select(models.Visit.id).order_by(models.Visit.id.desc())).first()
    write_checkpoint(
        where,
        KEY,
        Checkpoint(head.seq, head.hash, head.seq, head.hash, top[0] if top else 0),
    )
    bundle = load_content("en")
    shown = consent_identity(bundle.consent)
    for i in range(40):
        identity = Identity(f"Late{i}", "Patient", date(1980, 1, 1))
        submit_checkin(
            sf,
            CheckinSubmission(
                submission_id=f"late-visit-{i:04d}",
                identity=identity,
                language="en",
                procedure_date=utc_now().date(),
                station="tablet-1",
                checklist_version=bundle.checklist.version,
                checklist_sha256=bundle.checklist.sha256,
                answers=tuple(
                    Answer(it.key, Choice.NEVER if it.kind is ItemKind.LAST_USED else Choice.NO)
                    for it in bundle.checklist.items
                ),
                consent=SignedConsent(
                    shown.version,
                    shown.text_sha256,
                    identity.full_name,
                    (tuple((10 + 6.0 * k, 60 + 30 * math.sin(k / 3)) for k in range(41)),),
                    _png(),
                    tuple(
                        Acknowledged(a.key, shown.text_sha256)
                        for a in bundle.consent.acknowledgements
                    ),
                ),
            ),
            checklist=bundle.checklist,
            consent=bundle.consent,
            zone=ZONE,
        )
    saved = where.read_bytes()
    times = []
    for _ in range(5):
        where.write_bytes(saved)  # each run starts from the same checkpoint
        start = time.perf_counter()
        report = verify_records(sf, checkpoint=where)
        times.append(time.perf_counter() - start)
        assert report.ok and not report.full and report.visits_checked == 40, report.lines()
    return min(times)


if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else SIZE
    print(table(measure(visits=size)))
