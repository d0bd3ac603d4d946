"""``audit verify``: the keyed chain, and every visit's clinical rows against what was signed.

The chain proves which events happened; each check-in event carries the record digest (and a
keyed digest per part) of what the patient signed. This re-derives each visit's digest from
the rows as they are now and names what differs ("visit 12: the answer to 'retinoids' changed
after signing"), a status no review or procedure explains, a visit that has no check-in event
(inserted around the program) and a check-in event whose visit is gone (deleted).

The fast path starts after the last verified point of the signed checkpoint (the chain from
there, the visits checked in since, and the visits touched since); ``full`` walks everything.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.domain.record import (
    AnswerFact,
    RecordFacts,
    describe_differences,
    part_digests,
    record_digest,
)
from kiosk.domain.visit import VisitStatus
from kiosk.services.audit import audit_key, engine_of, verify_audit_chain
from kiosk.services.audit_secret import (
    Checkpoint,
    check_anchor,
    read_checkpoint,
    write_checkpoint,
)
from kiosk.services.results.audit import AuditReport
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models

CHECKIN_ACTION = "checkin.submitted"
_STATUS_ACTIONS = {
    "visit.cleared": VisitStatus.CLEARED.value,
    "visit.deferred": VisitStatus.DEFERRED.value,
    "procedure.recorded": VisitStatus.COMPLETED.value,
    "visit.cancelled": VisitStatus.CANCELLED.value,
    "visit.no_show": VisitStatus.CANCELLED.value,
}
_PROCEDURE_ACTIONS = ("procedure.recorded", "procedure.corrected")  # each adds one row
_COUNTED = (*_STATUS_ACTIONS, "procedure.corrected")
_CHANGE_ID = re.compile(r'"change_id":(\d+)[,}]')
_DIGEST_IN_DETAILS = re.compile(r'"record_digest":"([0-9a-f]{64})"')
MAX_PROBLEMS = 200  # a wholesale rewrite is named once per visit up to here, then counted


@dataclass(slots=True)
class _VisitEvents:
    checkin_seq: int | None = None
    digest: str | None = None  # None: checked in before record digests (revision 0002)
    reviews: int = 0
    procedures: int = 0
    last_status: str | None = None


@dataclass(frozen=True, slots=True)
class RecordReport:
    ok: bool
    chain: AuditReport
    visits_checked: int
    problems: tuple[str, ...] = ()
    full: bool = True
    from_seq: int = 0  # the chain was checked after this event (0: from the first)
    more_problems: int = 0

    def lines(self) -> list[str]:
        """What ``audit verify`` prints."""
        scope = "full check" if self.full else f"from the checkpoint at event {self.from_seq}"
        if self.ok:
            return [
                f"intact ({scope}): {self.chain.checked} events, {self.visits_checked} visits"
                " re-derived"
            ]
        out = [f"NOT INTACT ({scope}):"]
        if not self.chain.ok:
            out.append(f"audit log: {self.chain.problem}")
        out.extend(self.problems)
        if self.more_problems:
            out.append(f"... and {self.more_problems} more problems")
        return out


_NOTHING_SEEN = (None, None, 0, 0, None)  # checkin_seq, digest, reviews, procedures, status


@dataclass
class _Collector:
    """Each visit's events from the chain walk, as plain tuples.

    Tuples of ints and strings are not tracked by the garbage collector: 100,000 visits of
    them cost no full collections, where as many small objects made the walk superlinear.
    """

    floor_visit: int
    visits: dict[int, tuple[Any, ...]] = field(default_factory=dict)
    identity_changes: set[int] = field(default_factory=set)  # ids proven by their events
    last_seq: int = 0
    last_hash: str = ""

    def __call__(self, row: Any) -> None:
        self.last_seq, self.last_hash = row.seq, row.hash
        action = row.action
        if action.startswith("patient."):  # an identity correction, merge or its reversal
            found_change = _CHANGE_ID.search(row.details)
            if found_change:
                self.identity_changes.add(int(found_change.group(1)))
            return
        if not row.subject.startswith("visit:"):
            return
        if action != CHECKIN_ACTION and action not in _COUNTED:
            return
        try:
            visit_id = int(row.subject.removeprefix("visit:"))
        except ValueError:
            return
        checkin_seq, digest, reviews, procedures, status = self.visits.get(visit_id, _NOTHING_SEEN)
        if action == CHECKIN_ACTION:
            checkin_seq = row.seq
            # details is the canonical JSON the chain's HMAC just proved; one search instead of
            # parsing every part digest (the parts are read only when a digest differs)
            found = _DIGEST_IN_DETAILS.search(row.details)
            digest = found.group(1) if found else None
        elif action in _PROCEDURE_ACTIONS:
            procedures += 1
        elif action in ("visit.cleared", "visit.deferred"):
            reviews += 1
        if action in _STATUS_ACTIONS:
            status = _STATUS_ACTIONS[action]
        self.visits[visit_id] = (checkin_seq, digest, reviews, procedures, status)

    def take(self, visit_id: int) -> _VisitEvents | None:
        seen = self.visits.pop(visit_id, None)
        return None if seen is None else _VisitEvents(*seen)


def verify_records(
    sf: SessionFactory,
    *,
    checkpoint: Path | None = None,
    full: bool = False,
    window: int = 2000,
) -> RecordReport:
    """Verify the chain and re-derive every visit in scope; anchor the result when all is well.

    ``checkpoint`` is the station's signed checkpoint file: the fast path starts from its
    verified point, and a clean run moves that point to the head.
    """
    key = audit_key(engine_of(sf))
    start: Checkpoint | None = read_checkpoint(checkpoint, key) if checkpoint else None
    fast = not full and start is not None and start.verified_seq > 0
    floor = start.verified_visit_id if fast and start else 0
    collector = _Collector(floor_visit=floor)
    chain = verify_audit_chain(
        sf,
        start=(start.verified_seq, start.verified_hash) if fast and start else None,
        on_event=collector,
    )
    problems: list[str] = []
    checked = 0
    newest_visit = floor
    with transaction(sf, read_only=True) as session:
        reidentified = _reidentified_visits(session, collector, proven_only=not fast)
        touched = sorted(v for v in collector.visits if v <= floor)
        for visit in _visits(session, floor, touched, window):
            checked += 1
            newest_visit = max(newest_visit, visit.facts.visit_id)
            seen = collector.take(visit.facts.visit_id)
            whole = visit.facts.visit_id > floor
            problems.extend(
                _check_visit(
                    session,
                    visit,
                    seen,
                    key,
                    whole=whole,
                    reidentified=reidentified.get(visit.facts.visit_id) == _identity_of(visit),
                )
            )
        for visit_id, (checkin_seq, *_) in sorted(collector.visits.items()):
            if checkin_seq is not None:
                problems.append(
                    f"visit {visit_id}: its check-in is in the audit log (event"
                    f" {checkin_seq}) but the visit is gone: deleted"
                )
    if start is not None:
        anchor_problem = check_anchor(sf, start)
        if anchor_problem:
            problems.insert(0, f"audit log: {anchor_problem}")
    ok = chain.ok and not problems
    if ok and checkpoint is not None:
        _anchor_verified(checkpoint, key, start, collector, newest_visit)
    return RecordReport(
        ok=ok,
        chain=chain,
        visits_checked=checked,
        problems=tuple(problems[:MAX_PROBLEMS]),
        full=not fast,
        from_seq=start.verified_seq if fast and start else 0,
        more_problems=max(0, len(problems) - MAX_PROBLEMS),
    )


def _anchor_verified(
    path: Path, key: bytes, start: Checkpoint | None, seen: _Collector, newest_visit: int
) -> None:
    if not seen.last_seq:
        return
    base = start or Checkpoint(seq=0, hash=models.GENESIS_HASH)
    head_seq, head_hash = (
        (base.seq, base.hash) if base.seq >= seen.last_seq else (seen.last_seq, seen.last_hash)
    )
    write_checkpoint(
        path,
        key,
        Checkpoint(
            seq=head_seq,
            hash=head_hash,
            verified_seq=seen.last_seq,
            verified_hash=seen.last_hash,
            verified_visit_id=newest_visit,
        ),
    )


@dataclass(frozen=True, slots=True)
class _StoredVisit:
    facts: RecordFacts
    status: str
    stored_digest: str | None
    consent_rows: int
    reviews: list[str]  # decisions, oldest first
    procedures: int


def _visits(
    session: Session, floor: int, touched: list[int], window: int
) -> Iterator[_StoredVisit]:
    """Every visit after ``floor`` and every touched one, in windows of ids (bounded memory)."""
    for ids in _chunks(touched, window):
        yield from _load(session, models.Visit.id.in_(ids))
    top = session.execute(select(func.max(models.Visit.id))).scalar_one() or 0
    lo = floor
    while lo < top:
        hi = lo + window
        yield from _load(session, models.Visit.id > lo, models.Visit.id <= hi)
        lo = hi


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_V = models.Visit.__table__.c
_P = models.Patient.__table__.c
_A = models.Answer.__table__.c
_C = models.Consent.__table__.c
_R = models.Review.__table__.c
_PR = models.Procedure.__table__.c


def _load(session: Session, *where: Any) -> Iterator[_StoredVisit]:
    """One window of visits with everything their digest covers (Core rows, no ORM objects)."""
    visits = session.execute(
        select(
            _V.id,
            _V.submission_id,
            _V.procedure_date,
            _V.language,
            _V.checklist_version,
            _V.status,
            _V.checked_in_at,
            _P.first_name,
            _P.last_name,
            _P.date_of_birth,
        )
        .join_from(models.Visit, models.Patient, _P.id == _V.patient_id)
        .where(*where)
        .order_by(_V.id)
    ).all()
    if not visits:
        return
    in_range = (visits[0].id, visits[-1].id)
    answers = _by_visit(
        session,
        _A,
        in_range,
        (_A.item_key, _A.choice, _A.days_ago, _A.question_sha256, _A.help_sha256, _A.label_sha256),
    )
    consents = _by_visit(
        session,
        _C,
        in_range,
        (
            _C.content_version,
            _C.text_sha256,
            _C.acknowledgements,
            _C.typed_name,
            _C.method,
            _C.strokes,
            _C.signature_png,
            _C.signed_at,
            _C.station,
            _C.zone,
            _C.record_digest,
        ),
    )
    reviews = _by_visit(session, _R, in_range, (_R.decision,))
    procedures: dict[int, int] = {
        visit_id: n
        for visit_id, n in session.execute(
            select(_PR.visit_id, func.count())
            .where(_PR.visit_id.between(*in_range))
            .group_by(_PR.visit_id)
        )
    }
    wording = _question_wording(session, answers)
    for visit in visits:
        rows = consents.get(visit.id, [])
        consent = rows[-1] if rows else None  # the newest supersedes any older
        facts = RecordFacts(
            visit_id=visit.id,
            submission_id=visit.submission_id,
            first_name=visit.first_name,
            last_name=visit.last_name,
            date_of_birth=visit.date_of_birth,
            procedure_date=visit.procedure_date,
            language=visit.language,
            checklist_version=visit.checklist_version,
            answers=tuple(
                AnswerFact(
                    a.item_key,
                    a.choice,
                    a.days_ago,
                    a.question_sha256,
                    wording.get(a.question_sha256 or "", ""),
                    a.help_sha256,
                    a.label_sha256,
                )
                for a in answers.get(visit.id, [])
            ),
            consent_version=consent.content_version if consent else "",
            consent_sha256=consent.text_sha256 if consent else "",
            acknowledgements=(
                tuple((k, consent.text_sha256) for k in consent.acknowledgements) if consent else ()
            ),
            typed_name=consent.typed_name if consent else "",
            method=consent.method if consent else "",
            strokes=consent.strokes if consent else [],
            signature_png=consent.signature_png if consent else b"",
            signed_at=consent.signed_at if consent else visit.checked_in_at,
            station=consent.station if consent else "",
            zone=consent.zone if consent else "",
        )
        yield _StoredVisit(
            facts=facts,
            status=visit.status,
            stored_digest=consent.record_digest if consent else None,
            consent_rows=len(rows),
            reviews=[r.decision for r in reviews.get(visit.id, [])],
            procedures=procedures.get(visit.id, 0),
        )


def _by_visit(
    session: Session, table: Any, in_range: tuple[int, int], columns: tuple[Any, ...]
) -> dict[int, list[Any]]:
    """``columns`` of ``table``'s rows for the visits in ``in_range`` (Core rows, in the order
    they were written), grouped by visit id."""
    grouped: dict[int, list[Any]] = defaultdict(list)
    for row in session.execute(
        select(table.visit_id, *columns).where(table.visit_id.between(*in_range)).order_by(table.id)
    ):
        grouped[row.visit_id].append(row)
    return grouped


def _question_wording(session: Session, answers: dict[int, list[models.Answer]]) -> dict[str, str]:
    """The stored wording of each question, checked against its own SHA-256 key."""
    from kiosk.domain.consent import text_sha256

    wanted = {a.question_sha256 for rows in answers.values() for a in rows if a.question_sha256}
    found: dict[str, str] = {}
    for sha, body in session.execute(
        select(models.ShownText.sha256, models.ShownText.body).where(
            models.ShownText.sha256.in_(sorted(wanted))
        )
    ):
        # A wording edited in place no longer hashes to its key: it counts as never stored.
        found[sha] = body if text_sha256(body) == sha else "(edited wording)"
    return found


def _identity_of(visit: _StoredVisit) -> tuple[str, str, str]:
    f = visit.facts
    return (f.first_name, f.last_name, f.date_of_birth.isoformat())


def _reidentified_visits(
    session: Session, seen: _Collector, *, proven_only: bool
) -> dict[int, tuple[str, str, str]]:
    """Visits whose identity was corrected or merged through the program -> the identity the
    newest such change gave them (first name, last name, ISO date of birth).

    Such a visit's identity may differ from what was signed, but only to exactly that. A full
    check accepts only changes whose audit event the keyed chain proved; the fast path also
    trusts older rows (append-only, checked by earlier full runs).
    """
    rows = session.execute(
        select(
            models.IdentityChange.id, models.IdentityChange.visit_ids, models.IdentityChange.after
        ).order_by(models.IdentityChange.id)
    ).all()
    expected: dict[int, tuple[str, str, str]] = {}
    for change_id, visit_ids, after in rows:
        if proven_only and change_id not in seen.identity_changes:
            continue
        after = after or {}
        identity = (
            str(after.get("first_name", "")),
            str(after.get("last_name", "")),
            str(after.get("date_of_birth", "")),
        )
        for visit_id in visit_ids or []:
            expected[int(visit_id)] = identity
    return expected


def _check_visit(
    session: Session,
    visit: _StoredVisit,
    seen: _VisitEvents | None,
    key: bytes,
    *,
    whole: bool,
    reidentified: bool = False,
) -> list[str]:
    """Problems with one visit, in plain words; ``whole``: all its events were walked;
    ``reidentified``: its identity is exactly what a recorded correction or merge made it."""
    facts = visit.facts
    vid = facts.visit_id
    out: list[str] = []
    if whole and (seen is None or seen.checkin_seq is None):
        return [
            f"visit {vid}: there is no check-in event for it in the audit log: the visit was"
            " inserted around the program"
        ]
    derived = record_digest(facts)
    signed_digest = seen.digest if seen else None
    if signed_digest is None and visit.stored_digest is None:
        pass  # checked in before record digests (revision 0002): nothing signed to compare
    elif signed_digest is not None and derived != signed_digest:
        details = _event_details(session, seen.checkin_seq if seen else None)
        signed_parts = details.get("record_parts") or {}
        now_parts = part_digests(facts, key)
        if reidentified and "identity" in now_parts:
            now_parts["identity"] = signed_parts.get("identity", now_parts["identity"])
        differences = describe_differences(signed_parts, now_parts)
        if visit.consent_rows > 1:
            differences.insert(
                0,
                f"a consent row added later supersedes the signed one ({visit.consent_rows}"
                " consent rows, one check-in)",
            )
        if differences or not reidentified:
            for text in differences or ["the record no longer matches what was signed"]:
                out.append(f"visit {vid}: {text}")
    elif visit.stored_digest is not None and visit.stored_digest != derived:
        out.append(f"visit {vid}: the digest stored with the consent was changed")
    out.extend(_status_problems(visit, seen, whole))
    return out


def _status_problems(visit: _StoredVisit, seen: _VisitEvents | None, whole: bool) -> list[str]:
    vid = visit.facts.visit_id
    status = visit.status
    last = visit.reviews[-1] if visit.reviews else None
    out: list[str] = []
    if status == VisitStatus.CLEARED.value and last != "clear":
        out.append(f"visit {vid}: it is cleared but no nurse review cleared it")
    elif status == VisitStatus.DEFERRED.value and last != "defer":
        out.append(f"visit {vid}: it is deferred but no nurse review deferred it")
    elif status == VisitStatus.COMPLETED.value and (
        not visit.procedures or "clear" not in visit.reviews
    ):
        out.append(f"visit {vid}: it is completed without a cleared review and a procedure")
    elif status == VisitStatus.SUBMITTED.value and visit.reviews:
        out.append(f"visit {vid}: it is back to 'submitted' although a nurse reviewed it")
    if whole and seen is not None:
        if len(visit.reviews) != seen.reviews:
            out.append(
                f"visit {vid}: {len(visit.reviews)} review rows but {seen.reviews} reviews in"
                " the audit log: a review was inserted or deleted around the program"
            )
        if visit.procedures != seen.procedures:
            out.append(
                f"visit {vid}: {visit.procedures} procedure rows but {seen.procedures} in the"
                " audit log: a procedure was inserted or deleted around the program"
            )
    if seen is not None and seen.last_status is not None and seen.last_status != status:
        out.append(
            f"visit {vid}: its status is '{status}' but the audit log last set it to"
            f" '{seen.last_status}'"
        )
    return out


def _event_details(session: Session, seq: int | None) -> dict[str, Any]:
    if seq is None:
        return {}
    text = session.execute(
        select(models.AuditEvent.details).where(models.AuditEvent.seq == seq)
    ).scalar_one_or_none()
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
