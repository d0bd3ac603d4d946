"""The kiosk's offline outbox: a signed check-in is never lost because the server is away.

When the clinic database cannot be reached (or is locked, full, read-only...), the kiosk
keeps the patient's checked, signed submission in a small local SQLite file (owner-only, WAL,
``synchronous=FULL``) and thanks the patient; a forwarder sends what it holds, oldest first,
once the server answers. Submission ids make every send idempotent, so a forwarder killed
between the server's COMMIT and the outbox's DELETE simply sends it again and the server
answers "already stored". A check-in keeps the time it was signed (``queued_at``) as its
check-in time, wherever and whenever it arrives.

Each kiosk also reports what it holds to the clinic database (``station_outbox``), so the
nurse station can show which stations hold check-ins that have not arrived, and since when,
and which have not been heard from.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from kiosk.domain.checkin import Acknowledged, CheckinSubmission, SignedConsent
from kiosk.domain.checklist import Answer, Choice
from kiosk.domain.patient import Identity
from kiosk.files import create_private, private_folder
from kiosk.services.errors import ServiceError, StorageUnavailable, ValidationError

log = logging.getLogger(__name__)

OUTBOX_FILE = "outbox.sqlite3"
SILENT_AFTER = timedelta(minutes=3)  # a station that reported nothing for this long
_SCHEMA = """
CREATE TABLE IF NOT EXISTS held (
    submission_id TEXT PRIMARY KEY,
    payload TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    problem TEXT
)
"""


@dataclass(frozen=True, slots=True)
class HeldReceipt:
    """What the kiosk gets instead of the service's receipt: kept here, to be forwarded."""

    submission_id: str
    queued_at: datetime
    created: bool = True
    held: bool = True


@dataclass(frozen=True, slots=True)
class HeldCheckin:
    submission: CheckinSubmission
    queued_at: datetime
    attempts: int
    problem: str | None  # the last refusal's code (a ValidationError), None if just waiting


@dataclass(frozen=True, slots=True)
class OutboxSummary:
    held: int
    oldest_at: datetime | None


@dataclass(frozen=True, slots=True)
class ForwardResult:
    sent: int
    left: int
    refused: int
    server_answered: bool


class Outbox:
    """One local file; every call opens its own short connection (any thread may call)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        private_folder(self.path.parent)
        if not self.path.exists():
            with contextlib.suppress(FileExistsError):
                import os

                os.close(create_private(self.path))
        with self._connect() as conn:
            conn.execute(_SCHEMA)
        self._forwarding = threading.Lock()

    @contextlib.contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        conn = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA secure_delete=ON")  # a forwarded check-in is overwritten
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        finally:
            conn.close()

    def put(self, submission: CheckinSubmission, queued_at: datetime) -> None:
        """Keep ``submission`` (durable when this returns); a second put of the same id is a
        no-op, so the first signing time stays."""
        with self._connect() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO held (submission_id, payload, queued_at) VALUES (?, ?, ?)",
                (submission.submission_id, to_json(submission), queued_at.isoformat()),
            )

    def held(self) -> list[HeldCheckin]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT payload, queued_at, attempts, problem FROM held ORDER BY queued_at"
            ).fetchall()
        return [
            HeldCheckin(from_json(p), datetime.fromisoformat(q), a, problem)
            for p, q, a, problem in rows
        ]

    def summary(self) -> OutboxSummary:
        with self._connect() as conn:
            count, oldest = conn.execute("SELECT count(*), min(queued_at) FROM held").fetchone()
        return OutboxSummary(count, datetime.fromisoformat(oldest) if oldest else None)

    def remove(self, submission_id: str) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM held WHERE submission_id = ?", (submission_id,))

    def note(self, submission_id: str, problem: str | None) -> None:
        with self._connect() as conn:
            conn.execute(
                "UPDATE held SET attempts = attempts + 1, problem = ? WHERE submission_id = ?",
                (problem, submission_id),
            )

    def forward(self, send: Callable[[CheckinSubmission, datetime], Any]) -> ForwardResult:
        """Send what is held, oldest first, until the server stops answering.

        ``send(submission, queued_at)`` stores one (submit_checkin with the signing time as
        its clock). A refusal (ValidationError) keeps the check-in, marked with its code, for
        staff to see; nothing a patient signed is ever dropped by the program. One forward at
        a time per outbox in this process; another process forwarding too is harmless.
        """
        if not self._forwarding.acquire(blocking=False):
            return ForwardResult(0, self.summary().held, 0, server_answered=False)
        try:
            sent = refused = 0
            answered = True
            for item in self.held():
                sid = item.submission.submission_id
                try:
                    send(item.submission, item.queued_at)
                except StorageUnavailable as exc:
                    log.info("outbox: the server is still unavailable (%s)", exc.cause)
                    self.note(sid, None)
                    answered = False
                    break
                except ValidationError as exc:
                    log.warning("outbox: a held check-in was refused (%s/%s)", exc.field, exc.code)
                    self.note(sid, f"{exc.field}:{exc.code}")
                    refused += 1
                    continue
                except ServiceError as exc:
                    log.warning("outbox: a held check-in was not stored: %s", type(exc).__name__)
                    self.note(sid, "not_stored")
                    continue
                self.remove(sid)
                sent += 1
            return ForwardResult(sent, self.summary().held, refused, answered)
        finally:
            self._forwarding.release()


def hold_on_failure(
    submit: Callable[[CheckinSubmission], Any],
    check: Callable[[CheckinSubmission, datetime], object],
    outbox: Outbox,
    now: Callable[[], datetime],
) -> Callable[[CheckinSubmission], Any]:
    """The kiosk's submit: checked first (bad input is refused, never held), sent to the
    server, and kept in ``outbox`` when the server cannot store it now.

    If the outbox cannot keep it either (the local disk is full too), the server's
    StorageUnavailable is raised: the patient screen keeps the draft and retries.
    """

    def submit_or_hold(submission: CheckinSubmission) -> Any:
        signed_at = now()
        check(submission, signed_at)
        try:
            return submit(submission)
        except StorageUnavailable as exc:
            try:
                outbox.put(submission, signed_at)
            except (OSError, sqlite3.Error) as local:
                log.error("outbox: could not keep a check-in locally: %s", type(local).__name__)
                raise exc from local
            log.warning(
                "outbox: check-in kept locally; the database is unavailable (%s)", exc.cause
            )
            return HeldReceipt(submission.submission_id, signed_at)

    return submit_or_hold


# -- reporting to the clinic database --------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StationHolding:
    """One station on the nurse station's banner."""

    station: str
    held: int
    oldest_at: datetime | None
    reported_at: datetime
    silent: bool  # no report for SILENT_AFTER: it may hold check-ins it cannot announce


def report_outbox(sf: Any, station: str, summary: OutboxSummary, now: datetime) -> None:
    """Upsert this station's row (INSERT ... ON CONFLICT: one statement, no race)."""
    from kiosk.services.transactions import transaction
    from kiosk.storage import models

    table = models.Base.metadata.tables["station_outbox"]
    values = {
        "station": station,
        "held": summary.held,
        "oldest_at": summary.oldest_at,
        "reported_at": now,
    }
    with transaction(sf) as session:
        conn = session.connection()
        if conn.dialect.name == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as upsert
        else:
            from sqlalchemy.dialects.sqlite import insert as upsert  # type: ignore[assignment]
        statement = upsert(table).values(**values)
        conn.execute(
            statement.on_conflict_do_update(
                index_elements=["station"],
                set_={k: statement.excluded[k] for k in ("held", "oldest_at", "reported_at")},
            )
        )


def stations_holding(sf: Any, now: datetime) -> list[StationHolding]:
    """Stations that hold check-ins not yet arrived, and stations silent for a while (which
    may hold some they cannot announce); oldest first."""
    from sqlalchemy import select

    from kiosk.services.transactions import transaction
    from kiosk.storage import models

    row = models.StationOutbox
    with transaction(sf, read_only=True) as session:
        rows = session.execute(
            select(row.station, row.held, row.oldest_at, row.reported_at).order_by(row.station)
        ).all()
    found = [
        StationHolding(s, held, oldest, reported, silent=now - reported > SILENT_AFTER)
        for s, held, oldest, reported in rows
    ]
    shown = [h for h in found if h.held > 0 or h.silent]
    return sorted(shown, key=lambda h: h.oldest_at or h.reported_at)


# -- (de)serialising a submission -------------------------------------------------------------


def to_json(s: CheckinSubmission) -> str:
    c = s.consent
    return json.dumps(
        {
            "v": 1,
            "submission_id": s.submission_id,
            "identity": [
                s.identity.first_name,
                s.identity.last_name,
                s.identity.date_of_birth.isoformat(),
            ],
            "language": s.language,
            "procedure_date": s.procedure_date.isoformat(),
            "station": s.station,
            "checklist_version": s.checklist_version,
            "checklist_sha256": s.checklist_sha256,
            "answers": [[a.item_key, a.choice.value, a.days_ago] for a in s.answers],
            "consent": {
                "version": c.version,
                "text_sha256": c.text_sha256,
                "typed_name": c.typed_name,
                "strokes": [[list(p) for p in stroke] for stroke in c.strokes],
                "signature_png": base64.b64encode(c.signature_png).decode("ascii"),
                "acknowledgements": [[a.key, a.text_sha256] for a in c.acknowledgements],
                "method": c.method,
            },
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def from_json(text: str) -> CheckinSubmission:
    d = json.loads(text)
    c = d["consent"]
    first, last, born = d["identity"]
    return CheckinSubmission(
        submission_id=d["submission_id"],
        identity=Identity(first, last, date.fromisoformat(born)),
        language=d["language"],
        procedure_date=date.fromisoformat(d["procedure_date"]),
        station=d["station"],
        checklist_version=d["checklist_version"],
        checklist_sha256=d["checklist_sha256"],
        answers=tuple(Answer(k, Choice(v), days) for k, v, days in d["answers"]),
        consent=SignedConsent(
            version=c["version"],
            text_sha256=c["text_sha256"],
            typed_name=c["typed_name"],
            strokes=tuple(tuple((x, y) for x, y in stroke) for stroke in c["strokes"]),
            signature_png=base64.b64decode(c["signature_png"]),
            acknowledgements=tuple(Acknowledged(k, h) for k, h in c["acknowledgements"]),
            method=c.get("method", "drawn"),
        ),
    )


def utc_now() -> datetime:
    return datetime.now(UTC)
