"""Check-ins whose every field is derived from their submission id, and a verifier for them.

If two stations' rows were ever mixed up (answers of one patient stored under another, a
consent attached to the wrong visit), the stored data would no longer match what the
submission id says it must be; :func:`verify_stored` checks exactly that, row by row.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from kiosk.domain.checkin import CheckinSubmission
from kiosk.domain.checklist import Answer, Choice
from kiosk.storage import Database, models
from tests.fixtures.database import build_checklist, make_submission

CHECKLIST = build_checklist()
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def letters(number: int) -> str:
    """0 -> "a", 25 -> "z", 26 -> "ba": a name part that encodes a number."""
    out = ""
    while True:
        number, digit = divmod(number, 26)
        out = _LETTERS[digit] + out
        if number == 0:
            return out


def submission_id(station: str, index: int) -> str:
    return f"{station}-{index:05d}"


def answers_for(index: int) -> dict[str, Answer]:
    retinoid = (
        Answer("retinoids", Choice.NEVER),
        Answer("retinoids", Choice.BEFORE_WINDOW),
        Answer("retinoids", Choice.WITHIN_WINDOW, index % 4),
        Answer("retinoids", Choice.NOT_SURE),
    )[index % 4]
    return {
        "retinoids": retinoid,
        "sunburn": (
            Answer("sunburn", Choice.YES, index % 3) if index % 2 else Answer("sunburn", Choice.NO)
        ),
        "active_acne": Answer("active_acne", (Choice.NO, Choice.YES, Choice.NOT_SURE)[index % 3]),
        "lotions_makeup": Answer("lotions_makeup", Choice.YES if index % 5 == 0 else Choice.NO),
    }


def tagged_submission(station: str, index: int) -> CheckinSubmission:
    """A valid check-in whose names, birth date and answers all follow from (station, index)."""
    return make_submission(
        CHECKLIST,
        first_name=f"Zoë {station.capitalize()}",
        last_name=f"Núñez-{letters(index).capitalize()}",
        date_of_birth=date(1940 + index % 60, 1 + index % 12, 1 + index % 28),
        answers=answers_for(index),
        submission_id=submission_id(station, index),
        station=station,
    )


def expected_for(stored_submission_id: str) -> CheckinSubmission:
    station, index = stored_submission_id.rsplit("-", 1)
    return tagged_submission(station, int(index))


@dataclass
class StoreReport:
    submission_ids: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def verify_stored(db: Database) -> StoreReport:
    """Every visit complete and true to its submission id; nothing partial, nothing twice."""
    report = StoreReport()
    with db.session_factory() as session:
        visits = session.execute(select(models.Visit)).scalars().all()
        answers = _grouped(session, models.Answer)
        consents = _grouped(session, models.Consent)
        events = Counter()
        event_ids: dict[int, str] = {}
        for event in session.execute(
            select(models.AuditEvent).where(models.AuditEvent.action == "checkin.submitted")
        ).scalars():
            visit_id = int(event.subject.removeprefix("visit:"))
            events[visit_id] += 1
            event_ids[visit_id] = json.loads(event.details)["submission_id"]
        for visit in visits:
            report.submission_ids.add(visit.submission_id)
            problem = _check_visit(
                visit,
                answers.get(visit.id, []),
                consents.get(visit.id, []),
                events[visit.id],
                event_ids.get(visit.id),
            )
            if problem:
                report.problems.append(f"visit {visit.id} ({visit.submission_id}): {problem}")
        lonely = session.execute(
            select(models.Patient.id).where(
                ~select(models.Visit.id)
                .where(models.Visit.patient_id == models.Patient.id)
                .exists()
            )
        ).all()
        if lonely:
            report.problems.append(f"{len(lonely)} patients without a visit")
    if len(report.submission_ids) != len(visits):
        report.problems.append("a submission id is stored twice")
    return report


def _grouped(session, model) -> dict[int, list]:
    grouped: dict[int, list] = {}
    for row in session.execute(select(model)).scalars():
        grouped.setdefault(row.visit_id, []).append(row)
    return grouped


def _check_visit(visit, answers, consents, event_count, event_submission_id) -> str | None:
    expected = expected_for(visit.submission_id)
    who = expected.identity
    patient = visit.patient
    if (patient.first_name, patient.last_name, patient.date_of_birth) != (
        who.first_name,
        who.last_name,
        who.date_of_birth,
    ):
        return f"patient is {patient.first_name} {patient.last_name}, expected {who.full_name}"
    if visit.station != expected.station:
        return f"station {visit.station}, expected {expected.station}"
    stored = {(a.item_key, a.choice, a.days_ago) for a in answers}
    wanted = {(a.item_key, a.choice.value, a.days_ago) for a in expected.answers}
    if len(answers) != len(expected.answers) or stored != wanted:
        return f"answers {sorted(stored, key=str)} != {sorted(wanted, key=str)}"
    if len(consents) != 1:
        return f"{len(consents)} consents"
    if consents[0].typed_name != who.full_name or consents[0].station != expected.station:
        return f"consent signed by {consents[0].typed_name} at {consents[0].station}"
    if event_count != 1 or event_submission_id != visit.submission_id:
        return f"{event_count} audit events (for {event_submission_id})"
    return None
