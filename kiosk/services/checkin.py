"""Check-in: store a patient's finished check-in, once, however often the kiosk retries.

Everything is checked before anything is written: names, date of birth, every answer against
its question, the checklist the patient saw, the signature. Then patient (matched or new),
visit, answers, consent and an audit event are written in one transaction.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from math import isfinite

from sqlalchemy import ARRAY, Integer, Select, String, Table, bindparam, func, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, aliased

from kiosk.domain.checkin import SIGNATURE_METHODS, Acknowledged, CheckinSubmission, SignedConsent
from kiosk.domain.checklist import Answer, AnswerError, Checklist, Choice, Evaluation, evaluate
from kiosk.domain.consent import (
    ConsentContent,
    SignatureError,
    consent_identity,
    validate_signature,
)
from kiosk.domain.patient import Identity, check_birth_date, search_key
from kiosk.domain.record import AnswerFact, RecordFacts, part_digests, record_digest
from kiosk.domain.text_rules import MAX_TYPED_NAME_LENGTH, TextRuleError, clean_name
from kiosk.services.audit import READ_HEAD, append_event, audit_key
from kiosk.services.clock import Clock, local_day, now_from, utc_now
from kiosk.services.errors import ServiceError, ValidationError
from kiosk.services.results.checkin import ReturningPatient, SubmissionReceipt
from kiosk.services.texts import ShownWording, insert_texts_statement, shown_texts
from kiosk.services.transactions import SessionFactory, transaction
from kiosk.storage import models
from kiosk.storage.models import SEARCH_KEY_LENGTH

ChecklistSource = Checklist | Callable[[str], Checklist]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_SIDE = 4000  # pixels; a pad is a few hundred
MAX_COORDINATE = 100_000.0
MAX_ANSWERS = 200
MAX_DAYS_AGO = 36_500
PROCEDURE_DATE_SLACK = timedelta(days=366)  # a date sanity bound, not a clinical rule
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
MAX_SIGNATURE_PNG = 2_000_000
MAX_SIGNATURE_POINTS = 20_000
_SUBMISSION_ID = re.compile(r"[0-9A-Za-z_-]{8,64}")
_SHA256 = re.compile(r"[0-9a-f]{64}")

# _store writes with Core, not through the unit of work. The statements are built once, so
# SQLAlchemy finds each one's compiled form in its cache without rebuilding a cache key.
_PATIENTS: Table = models.Base.metadata.tables["patients"]
_VISITS: Table = models.Base.metadata.tables["visits"]
_ANSWERS: Table = models.Base.metadata.tables["answers"]
_CONSENTS: Table = models.Base.metadata.tables["consents"]
_KEPT_ID = (
    select(func.coalesce(_PATIENTS.c.merged_into_id, _PATIENTS.c.id))
    .where(
        _PATIENTS.c.search_key == bindparam("search_key"),
        _PATIENTS.c.date_of_birth == bindparam("date_of_birth"),
    )
    .scalar_subquery()
)
_KEPT = _PATIENTS.alias("kept")
# One row: the visit this submission already made (a retry) and the returning patient, if any.
_FIND = select(
    select(_VISITS.c.id)
    .where(_VISITS.c.submission_id == bindparam("submission_id"))
    .scalar_subquery(),
    select(_VISITS.c.patient_id)
    .where(_VISITS.c.submission_id == bindparam("submission_id"))
    .scalar_subquery(),
    # The returning patient and the names stored for them; for a record merged into
    # another, the kept one.
    *(
        select(column).where(_KEPT.c.id == _KEPT_ID).scalar_subquery()
        for column in (_KEPT.c.id, _KEPT.c.first_name, _KEPT.c.last_name)
    ),
)
_FIND_PATIENT = select(_PATIENTS.c.id, _PATIENTS.c.first_name, _PATIENTS.c.last_name).where(
    _PATIENTS.c.search_key == bindparam("search_key"),
    _PATIENTS.c.date_of_birth == bindparam("date_of_birth"),
)
_INSERT_VISIT = insert(_VISITS).returning(_VISITS.c.id)


_PATIENT_COLUMNS = (
    "first_name",
    "last_name",
    "search_key",
    "last_name_key",
    "date_of_birth",
    "created_at",
)
# Two stations adding the same new patient at once no longer race on the unique index: a
# unique violation would put the folded name and date of birth in PostgreSQL's server log (its
# DETAIL line). SQLite and PostgreSQL spell ON CONFLICT alike; as text (with the columns'
# types) the statement is compiled once and cached, where the dialects' own insert()
# constructs are compiled again on every execution (they are not cacheable).
_INSERT_PATIENT = text(
    f"INSERT INTO patients ({', '.join(_PATIENT_COLUMNS)})"
    f" VALUES ({', '.join(':' + c for c in _PATIENT_COLUMNS)})"
    " ON CONFLICT (search_key, date_of_birth) DO NOTHING RETURNING id"
).bindparams(*(bindparam(c, type_=_PATIENTS.c[c].type) for c in _PATIENT_COLUMNS))


_INSERT_ANSWER = insert(_ANSWERS)  # executed with a list of rows: one executemany
_INSERT_CONSENT = insert(_CONSENTS)
_TEXTS: Table = models.Base.metadata.tables["texts"]
_CONSENT_COLUMNS = (
    "method",
    "record_digest",
    "content_version",
    "text_sha256",
    "typed_name",
    "acknowledgements",
    "strokes",
    "signature_png",
    "signed_at",
    "zone",
    "station",
)


def _answers_consent_and_head() -> Select[tuple[int, str]]:
    """PostgreSQL: answers, consent and the locked audit head in one statement.

    Each statement is a network round trip there. The answers arrive as arrays and are
    ``unnest``-ed (in order, so their ids follow the checklist as before), so one cached
    statement serves any number of answers; the two inserts are data-modifying WITH clauses of
    the head's ``SELECT ... FOR UPDATE``. The generic ARRAY type keeps the PostgreSQL dialect
    module out of a SQLite kiosk's start-up.
    """
    visit_id = bindparam("new_visit_id", type_=Integer)
    rows = (
        func.unnest(
            bindparam("answer_keys", type_=ARRAY(String)),
            bindparam("answer_choices", type_=ARRAY(String)),
            bindparam("answer_days", type_=ARRAY(Integer)),
            bindparam("answer_questions", type_=ARRAY(String)),
            bindparam("answer_helps", type_=ARRAY(String)),
            bindparam("answer_labels", type_=ARRAY(String)),
        )
        .table_valued(
            "item_key",
            "choice",
            "days_ago",
            "question_sha256",
            "help_sha256",
            "label_sha256",
            with_ordinality="position",
        )
        .render_derived(name="answer_rows")
    )
    answers = insert(_ANSWERS).from_select(
        [
            "visit_id",
            "item_key",
            "choice",
            "days_ago",
            "item_version",
            "question_sha256",
            "help_sha256",
            "label_sha256",
        ],
        select(
            visit_id,
            rows.c.item_key,
            rows.c.choice,
            rows.c.days_ago,
            bindparam("answer_item_version", type_=String),
            rows.c.question_sha256,
            rows.c.help_sha256,
            rows.c.label_sha256,
        ).order_by(rows.c.position),
    )
    consent = insert(_CONSENTS).values(
        visit_id=visit_id,
        **{
            name: bindparam(f"consent_{name}", type_=_CONSENTS.c[name].type)
            for name in _CONSENT_COLUMNS
        },
    )
    return READ_HEAD.add_cte(answers.cte("new_answers")).add_cte(consent.cte("new_consent"))


_PG_ANSWERS_CONSENT_HEAD = _answers_consent_and_head()


def checklist_from(source: ChecklistSource, language: str) -> Checklist:
    """Accept a Checklist or a ``checklist_for(language)`` callable."""
    return source if isinstance(source, Checklist) else source(language)


def stored_search_key(first_name: str, last_name: str) -> str:
    return search_key(first_name, last_name)[:SEARCH_KEY_LENGTH]


def stored_last_name_key(last_name: str) -> str:
    return search_key(last_name, "")[:SEARCH_KEY_LENGTH]


def submit_checkin(
    sf: SessionFactory,
    submission: CheckinSubmission,
    *,
    checklist: ChecklistSource,
    zone: str,
    clock: Clock = utc_now,
    consent: ConsentContent | None = None,
) -> SubmissionReceipt:
    """Store the check-in; a retry of the same ``submission_id`` returns the same visit.

    ``checklist`` is the checklist in the submission's language (or a callable giving it);
    ``consent``, when given, is the consent content the patient must have signed.
    Raises ValidationError for bad input, StorageUnavailable when the database is away.
    """
    now = now_from(clock)
    identity, evaluation = check_submission(
        submission, checklist=checklist, zone=zone, now=now, consent=consent
    )
    shown_checklist = checklist_from(checklist, submission.language)
    wording = shown_texts(shown_checklist, submission, consent, now)
    for attempt in (1, 2):
        try:
            with transaction(sf) as session:
                return _store(session, submission, identity, evaluation, now, zone, wording)
        except IntegrityError as exc:
            # Another station stored the same patient or the same submission a moment ago;
            # once more, the lookups now find what it wrote.
            if attempt == 2:
                raise ServiceError("The check-in could not be saved. Please try again.") from exc
    raise AssertionError("unreachable")


def check_submission(
    submission: CheckinSubmission,
    *,
    checklist: ChecklistSource,
    zone: str,
    now: datetime,
    consent: ConsentContent | None = None,
) -> tuple[Identity, Evaluation]:
    """Every check submit_checkin makes before writing, on its own (the kiosk's outbox runs
    it before keeping a check-in for later). Raises ValidationError with a field and a code."""
    if not isinstance(submission, CheckinSubmission):
        raise ValidationError("submission", "invalid", "not a check-in submission")
    today = local_day(now, zone)
    _check_fields(submission, today)
    identity = _checked_identity(submission.identity, today)
    evaluation = _checked_answers(submission, checklist_from(checklist, submission.language))
    _check_consent(submission.consent, consent)
    return identity, evaluation


def find_returning_patient(sf: SessionFactory, identity: Identity) -> ReturningPatient | None:
    """The patient with the same folded name and date of birth, and how often they came."""
    key = stored_search_key(identity.first_name, identity.last_name)
    found = aliased(models.Patient)  # the spelling typed; a merged record leads to the kept one
    kept = (
        select(func.coalesce(found.merged_into_id, found.id))
        .where(found.search_key == key, found.date_of_birth == identity.date_of_birth)
        .scalar_subquery()
    )
    with transaction(sf, read_only=True) as session:
        row = session.execute(
            select(models.Patient.id, func.count(models.Visit.id))
            .outerjoin(models.Visit, models.Visit.patient_id == models.Patient.id)
            .where(models.Patient.id == kept)
            .group_by(models.Patient.id)
        ).first()
    return None if row is None else ReturningPatient(patient_id=row[0], previous_visits=row[1])


def _store(
    session: Session,
    submission: CheckinSubmission,
    identity: Identity,
    evaluation: Evaluation,
    now: datetime,
    zone: str,
    wording: ShownWording,
) -> SubmissionReceipt:
    """Write the check-in with Core statements on the transaction's connection.

    No ORM objects: the unit of work (one flush per lookup, identity map, per-row inserts)
    cost more than the writes themselves. One lookup finds both a stored retry and a
    returning patient. SQLite (in-process, a statement costs no round trip): answers as one
    executemany, then consent and audit head; PostgreSQL: those three in one statement.
    tests/kiosk/services/test_checkin_statements.py pins the count per backend.
    """
    conn = session.connection()
    key = stored_search_key(identity.first_name, identity.last_name)
    visit_id, visit_patient_id, patient_id, first_name, last_name = conn.execute(
        _FIND,
        {
            "submission_id": submission.submission_id,
            "search_key": key,
            "date_of_birth": identity.date_of_birth,
        },
    ).one()
    if visit_id is not None:
        return SubmissionReceipt(visit_id=visit_id, patient_id=visit_patient_id, created=False)
    if patient_id is None:
        first_name, last_name = identity.first_name, identity.last_name
        patient_id = conn.execute(
            _INSERT_PATIENT,
            {
                "first_name": identity.first_name,
                "last_name": identity.last_name,
                "search_key": key,
                "last_name_key": stored_last_name_key(identity.last_name),
                "date_of_birth": identity.date_of_birth,
                "created_at": now,
            },
        ).scalar_one_or_none()
        if patient_id is None:  # another station added the same patient a moment ago
            patient_id, first_name, last_name = conn.execute(
                _FIND_PATIENT, {"search_key": key, "date_of_birth": identity.date_of_birth}
            ).one()
    outcome = evaluation.outcome.value if evaluation.outcome else None
    visit_id = conn.execute(
        _INSERT_VISIT,
        {
            "patient_id": patient_id,
            "submission_id": submission.submission_id,
            "procedure_date": submission.procedure_date,
            "checked_in_at": now,
            "zone": zone,
            "status": "submitted",
            "language": submission.language,
            "station": submission.station,
            "checklist_version": submission.checklist_version,
            "checklist_sha256": submission.checklist_sha256,
            "flag_count": evaluation.flag_count,
            "worst_outcome": outcome,
            "version": 1,
            "updated_at": now,
        },
    ).scalar_one()
    signed = submission.consent
    typed_name = _clean_typed_name(signed.typed_name)
    strokes = [[[float(x), float(y)] for x, y in stroke] for stroke in signed.strokes]
    facts = RecordFacts(
        visit_id=visit_id,
        submission_id=submission.submission_id,
        first_name=first_name,
        last_name=last_name,
        date_of_birth=identity.date_of_birth,
        procedure_date=submission.procedure_date,
        language=submission.language,
        checklist_version=submission.checklist_version,
        answers=tuple(
            AnswerFact(
                a.item_key,
                a.choice.value,
                a.days_ago,
                *wording.answers[a.item_key],
            )
            for a in submission.answers
        ),
        consent_version=signed.version,
        consent_sha256=signed.text_sha256,
        acknowledgements=tuple((a.key, a.text_sha256) for a in signed.acknowledgements),
        typed_name=typed_name,
        method=signed.method,
        strokes=strokes,
        signature_png=signed.signature_png,
        signed_at=now,
        station=submission.station,
        zone=zone,
    )
    digest = record_digest(facts)
    if wording.rows:
        conn.execute(insert_texts_statement(conn.dialect.name), wording.rows)
    consent = {
        "method": signed.method,
        "record_digest": digest,
        "visit_id": visit_id,
        "content_version": signed.version,
        "text_sha256": signed.text_sha256,
        "typed_name": typed_name,
        # The keys; each one's text identity equals text_sha256 (checked before writing).
        "acknowledgements": [a.key for a in signed.acknowledgements],
        "strokes": strokes,
        "signature_png": signed.signature_png,
        "signed_at": now,
        "zone": zone,
        "station": submission.station,
    }
    if conn.dialect.name == "postgresql":
        head = conn.execute(
            _PG_ANSWERS_CONSENT_HEAD,
            {
                "answer_keys": [a.item_key for a in submission.answers],
                "answer_choices": [a.choice.value for a in submission.answers],
                "answer_days": [a.days_ago for a in submission.answers],
                "answer_questions": [wording.answers[a.item_key][0] for a in submission.answers],
                "answer_helps": [wording.answers[a.item_key][2] for a in submission.answers],
                "answer_labels": [wording.answers[a.item_key][3] for a in submission.answers],
                "answer_item_version": submission.checklist_version,
                "new_visit_id": visit_id,
                **{f"consent_{name}": consent[name] for name in _CONSENT_COLUMNS},
            },
        ).one()
    else:
        conn.execute(
            _INSERT_ANSWER,
            [
                {
                    "visit_id": visit_id,
                    "item_key": a.item_key,
                    "choice": a.choice.value,
                    "days_ago": a.days_ago,
                    "item_version": submission.checklist_version,
                    "question_sha256": wording.answers[a.item_key][0],
                    "help_sha256": wording.answers[a.item_key][2],
                    "label_sha256": wording.answers[a.item_key][3],
                }
                for a in submission.answers
            ],
        )
        conn.execute(_INSERT_CONSENT, consent)
        head = conn.execute(READ_HEAD).one()
    append_event(
        conn,
        (head.seq, head.hash),
        actor=f"kiosk:{submission.station}",
        action="checkin.submitted",
        subject=f"visit:{visit_id}",
        details={
            "patient_id": patient_id,
            "submission_id": submission.submission_id,
            "language": submission.language,
            "checklist_version": submission.checklist_version,
            "flag_count": evaluation.flag_count,
            "outcome": outcome,
            "consent_version": signed.version,
            "consent_sha256": signed.text_sha256,
            "record_digest": digest,
            "record_parts": part_digests(facts, audit_key(conn.engine)),
        },
        at=now,
    )
    return SubmissionReceipt(visit_id=visit_id, patient_id=patient_id, created=True)


def _checked_identity(identity: Identity, today: date) -> Identity:
    try:
        return Identity(
            clean_name(identity.first_name, "first_name"),
            clean_name(identity.last_name, "last_name"),
            check_birth_date(identity.date_of_birth, today),
        )
    except TextRuleError as exc:  # IdentityError (the birth date) included
        raise ValidationError(exc.field, exc.code, str(exc)) from exc


def _checked_answers(submission: CheckinSubmission, checklist: Checklist) -> Evaluation:
    if checklist.language != submission.language:
        raise ValidationError("language", "mismatch", "the checklist is in another language")
    if (checklist.version, checklist.sha256) != (
        submission.checklist_version,
        submission.checklist_sha256,
    ):
        raise ValidationError(
            "checklist",
            "stale",
            "The questions changed while the patient was answering; please start again.",
        )
    answers = {a.item_key: a for a in submission.answers}
    if len(answers) != len(submission.answers):
        raise ValidationError("answers", "duplicate", "a question was answered twice")
    try:
        evaluation = evaluate(checklist, answers, submission.procedure_date)
    except AnswerError as exc:
        raise ValidationError("answers", "invalid", str(exc)) from exc
    if evaluation.missing:
        raise ValidationError(
            "answers", "incomplete", f"unanswered: {', '.join(evaluation.missing)}"
        )
    return evaluation


def _check_consent(signed: SignedConsent, content: ConsentContent | None) -> None:
    if not (
        isinstance(signed.version, str)
        and isinstance(signed.text_sha256, str)
        and isinstance(signed.typed_name, str)
        and isinstance(signed.acknowledgements, tuple)
        and all(
            isinstance(a, Acknowledged)
            and isinstance(a.key, str)
            and isinstance(a.text_sha256, str)
            for a in signed.acknowledgements
        )
        and isinstance(signed.strokes, tuple)
    ):
        raise ValidationError("consent", "invalid", "the consent is malformed")
    if not (1 <= len(signed.version) <= 64 and _SHA256.fullmatch(signed.text_sha256)):
        raise ValidationError("consent", "invalid", "the consent identity is malformed")
    acks = signed.acknowledgements
    if len(acks) > 50 or any(
        not isinstance(a, Acknowledged) or len(a.key) > 64 or not _SHA256.fullmatch(a.text_sha256)
        for a in acks
    ):
        raise ValidationError("consent", "invalid", "the acknowledgements are malformed")
    if any(a.text_sha256 != signed.text_sha256 for a in acks):
        # A box ticked under another text (a language switch, a new version) is not consent
        # to the text signed: the patient must read and tick again.
        raise ValidationError(
            "consent",
            "acknowledged_other_text",
            "The consent text changed after a statement was ticked; please read and tick again.",
        )
    if signed.method not in SIGNATURE_METHODS:
        raise ValidationError("signature", "bad_method", "unknown signature method")
    _check_png(signed.signature_png)  # decodes, whichever way it was made
    if signed.method == "typed":
        if signed.strokes:
            raise ValidationError(
                "signature", "typed_with_strokes", "a typed signature has no strokes"
            )
    else:
        _check_strokes(signed.strokes)
        points = sum(len(stroke) for stroke in signed.strokes)
        if points > MAX_SIGNATURE_POINTS:
            raise ValidationError("signature", "too_large", "the signature has too many points")
        try:
            validate_signature(signed.strokes)
        except SignatureError as exc:
            raise ValidationError("signature", str(exc), "please sign again") from exc
    _clean_typed_name(signed.typed_name)
    if content is None:
        return
    shown = consent_identity(content)
    if (signed.version, signed.text_sha256) != (shown.version, shown.text_sha256):
        raise ValidationError(
            "consent", "stale", "The consent text changed; please read and sign it again."
        )
    required = {a.key for a in content.acknowledgements}
    ticked = [a.key for a in signed.acknowledgements]
    if set(ticked) != required or len(ticked) != len(required):
        raise ValidationError("consent", "unacknowledged", "every statement must be ticked")


def _clean_typed_name(raw: str) -> str:
    """The name rules (kiosk.domain.text_rules), for the whole name typed under the consent."""
    try:
        return clean_name(raw, "typed_name", max_length=MAX_TYPED_NAME_LENGTH)
    except TextRuleError as exc:
        raise ValidationError(exc.field, exc.code, str(exc)) from exc


def _check_fields(submission: CheckinSubmission, today: date) -> None:
    """Types and ranges of everything a client could get wrong, before any of it is used."""
    sid = submission.submission_id
    if not isinstance(sid, str) or not _SUBMISSION_ID.fullmatch(sid):
        raise ValidationError("submission_id", "invalid", "the submission id is malformed")
    station = submission.station
    if not isinstance(station, str) or not 1 <= len(station) <= 64 or not station.isprintable():
        raise ValidationError(
            "station", "invalid", "the station name must be 1-64 printable characters"
        )
    language = submission.language
    if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
        raise ValidationError("language", "invalid", "unknown language")
    for name in ("checklist_version", "checklist_sha256"):
        value = getattr(submission, name)
        if not isinstance(value, str) or not 1 <= len(value) <= 64 or not value.isprintable():
            raise ValidationError("checklist", "invalid", f"the {name} is malformed")
    day = submission.procedure_date
    if not isinstance(day, date) or isinstance(day, datetime):
        raise ValidationError("procedure_date", "invalid", "the procedure date is not a date")
    if not today - PROCEDURE_DATE_SLACK <= day <= today + PROCEDURE_DATE_SLACK:
        raise ValidationError(
            "procedure_date", "out_of_range", "the procedure date is not within a year of today"
        )
    identity = submission.identity
    if not isinstance(identity, Identity) or not (
        isinstance(identity.first_name, str)
        and isinstance(identity.last_name, str)
        and isinstance(identity.date_of_birth, date)
        and not isinstance(identity.date_of_birth, datetime)
    ):
        raise ValidationError("identity", "invalid", "the identity is malformed")
    if not isinstance(submission.answers, tuple) or len(submission.answers) > MAX_ANSWERS:
        raise ValidationError("answers", "invalid", "the answers are malformed")
    for answer in submission.answers:
        _check_answer(answer)
    if not isinstance(submission.consent, SignedConsent):
        raise ValidationError("consent", "invalid", "the consent is malformed")


def _check_answer(answer: Answer) -> None:
    if not isinstance(answer, Answer) or not isinstance(answer.item_key, str):
        raise ValidationError("answers", "invalid", "an answer is malformed")
    if not 1 <= len(answer.item_key) <= 64 or not isinstance(answer.choice, Choice):
        raise ValidationError("answers", "invalid", "an answer is malformed")
    days = answer.days_ago
    if days is None:
        return
    if isinstance(days, bool) or not isinstance(days, int):
        raise ValidationError("answers", "whole_days", "days ago must be a whole number")
    if not 0 <= days <= MAX_DAYS_AGO:
        raise ValidationError("answers", "out_of_range", "days ago is out of range")


def _check_strokes(strokes: object) -> None:
    """Pairs of finite numbers in a sane range: NaN or infinity would poison every drawing.

    One pass: unpacking refuses a point that is not a pair, isfinite anything not a number."""
    if not isinstance(strokes, tuple) or not all(isinstance(s, (tuple, list)) for s in strokes):
        raise ValidationError("signature", "bad_point", "the signature strokes are malformed")
    limit = MAX_COORDINATE
    try:
        ok = all(
            isfinite(x) and isfinite(y) and -limit <= x <= limit and -limit <= y <= limit
            for stroke in strokes
            for x, y in stroke
        )
    except (TypeError, ValueError):
        ok = False
    if not ok:
        raise ValidationError("signature", "bad_point", "a signature point is not a finite number")


def _check_png(png: object) -> None:
    """The image must decode as a PNG of a sane size: a record that cannot print is no record."""
    if not isinstance(png, bytes) or not png.startswith(PNG_MAGIC) or len(png) > MAX_SIGNATURE_PNG:
        raise ValidationError("signature", "bad_image", "the signature image is not a PNG")
    from PIL import Image

    try:
        with Image.open(io.BytesIO(png), formats=["PNG"]) as image:
            width, height = image.size
            if not (1 <= width <= MAX_SIGNATURE_SIDE and 1 <= height <= MAX_SIGNATURE_SIDE):
                raise ValidationError("signature", "bad_image", "the signature image is too big")
            image.verify()  # every chunk's CRC, through to IEND
        with Image.open(io.BytesIO(png), formats=["PNG"]) as image:
            image.load()  # and every row decodes
    except ValidationError:
        raise
    except Exception as exc:  # Pillow raises many kinds for a damaged file
        raise ValidationError(
            "signature", "bad_image", "the signature image does not decode"
        ) from exc
