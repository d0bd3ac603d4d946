"""The tables, as SQLAlchemy 2.x typed models.

Services read and write these; widgets never see them (services hand out frozen dataclasses).
The Alembic migrations in ``kiosk/storage/migrations`` create exactly this schema, plus the
triggers that keep the clinical tables and ``audit_events`` append-only (kiosk.storage.append_only).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from kiosk.domain.name_words import PAIR_PREFIX
from kiosk.domain.staff import Role
from kiosk.domain.visit import Decision, VisitStatus
from kiosk.storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SEARCH_KEY_LENGTH = 200  # case folding can lengthen a name; the key is cut to fit an index
GENESIS_HASH = "0" * 64  # prev_hash of the first audit event


def _one_of(values: type[StrEnum], name: str) -> Enum:
    """VARCHAR(16) and a CHECK naming the allowed values, the same on SQLite and PostgreSQL
    (the schema 0001 created); rows read back as the StrEnum, which equals its text."""
    return Enum(
        values,
        native_enum=False,
        create_constraint=True,
        length=16,
        name=name,
        values_callable=lambda members: [m.value for m in members],
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(_one_of(Role, "role"))
    pin_hash: Mapped[str] = mapped_column(String(255))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]
    # 0003 (staff security): the folded name is unique, so two accounts never read alike; the
    # staff code is typed at sign-in instead of picking from a list of names.
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    locked_at: Mapped[datetime | None]  # too many wrong PINs in a row: an admin unlocks
    pin_changed_at: Mapped[datetime | None]


class StaffSession(Base):
    """One sign-in, open until ``ended_at``; staff actions name it by its token's hash."""

    __tablename__ = "staff_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), index=True)
    station: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    end_reason: Mapped[str | None] = mapped_column(String(16))


class SigninThrottle(Base):
    """Wrong PINs in a row per station and account ("staff:<id>", or "*" for the whole
    station): the wait before the next try grows with them (see kiosk.services.signin)."""

    __tablename__ = "signin_throttle"

    station: Mapped[str] = mapped_column(String(64), primary_key=True)
    account: Mapped[str] = mapped_column(String(32), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    last_failure_at: Mapped[datetime]


class Patient(Base):
    """Names exactly as entered (NFC); ``search_key`` is case- and accent-folded."""

    __tablename__ = "patients"
    __table_args__ = (
        UniqueConstraint("search_key", "date_of_birth"),
        Index(None, "last_name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    search_key: Mapped[str] = mapped_column(String(SEARCH_KEY_LENGTH))
    last_name_key: Mapped[str] = mapped_column(String(SEARCH_KEY_LENGTH))
    date_of_birth: Mapped[date] = mapped_column(Date, index=True)
    created_at: Mapped[datetime]
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"))

    visits: Mapped[list[Visit]] = relationship(back_populates="patient")


class Visit(Base):
    """One check-in. ``flag_count``/``worst_outcome`` are frozen at submission for the queue."""

    __tablename__ = "visits"
    __table_args__ = (
        Index(None, "checked_in_at", "status"),
        Index(None, "patient_id", "checked_in_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    submission_id: Mapped[str] = mapped_column(String(64), unique=True)
    procedure_date: Mapped[date] = mapped_column(Date)
    checked_in_at: Mapped[datetime]
    zone: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(
        _one_of(VisitStatus, "status"), default=VisitStatus.SUBMITTED.value
    )
    language: Mapped[str] = mapped_column(String(8))
    station: Mapped[str] = mapped_column(String(64))
    checklist_version: Mapped[str] = mapped_column(String(64))
    checklist_sha256: Mapped[str] = mapped_column(String(64))
    flag_count: Mapped[int] = mapped_column(Integer)
    worst_outcome: Mapped[str | None] = mapped_column(String(32))
    version: Mapped[int] = mapped_column(Integer, default=1)
    updated_at: Mapped[datetime]

    patient: Mapped[Patient] = relationship(back_populates="visits")
    answers: Mapped[list[Answer]] = relationship(order_by="Answer.id")


class Answer(Base):
    """One stored answer; ``item_version`` is the checklist version it answered."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("visit_id", "item_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"))
    item_key: Mapped[str] = mapped_column(String(64))
    choice: Mapped[str] = mapped_column(String(16))
    days_ago: Mapped[int | None] = mapped_column(Integer)
    item_version: Mapped[str] = mapped_column(String(64))
    # The exact wording shown (texts.sha256); NULL on answers stored before revision 0002.
    question_sha256: Mapped[str | None] = mapped_column(String(64))
    help_sha256: Mapped[str | None] = mapped_column(String(64))
    label_sha256: Mapped[str | None] = mapped_column(String(64))  # the chosen answer's words


class Consent(Base):
    """Append-only (triggers refuse UPDATE/DELETE); a correction supersedes, never edits."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("consents.id"))
    content_version: Mapped[str] = mapped_column(String(64))
    text_sha256: Mapped[str] = mapped_column(String(64))
    typed_name: Mapped[str] = mapped_column(String(250))
    acknowledgements: Mapped[list[str]] = mapped_column(JSON)
    strokes: Mapped[list[list[list[float]]]] = mapped_column(JSON)
    signature_png: Mapped[bytes] = mapped_column(LargeBinary)
    signed_at: Mapped[datetime]
    zone: Mapped[str] = mapped_column(String(64))
    station: Mapped[str] = mapped_column(String(64))
    method: Mapped[str] = mapped_column(String(8), server_default="drawn")  # drawn | typed
    # kiosk.services.record_digest over everything the signature attests; NULL before 0002.
    record_digest: Mapped[str | None] = mapped_column(String(64))


class ShownText(Base):
    """Every wording a patient was shown, once, keyed by the SHA-256 of ``body`` (UTF-8).

    Insert-once (ON CONFLICT DO NOTHING) and append-only: a record renders from here years
    later, whatever the content files say then. ``parts`` keeps a consent's structure (title,
    paragraphs, acknowledgement keys and texts) whose join is ``body``.
    """

    __tablename__ = "texts"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # consent | question | help | label | ...
    language: Mapped[str] = mapped_column(String(8))
    version: Mapped[str] = mapped_column(String(64))
    item_key: Mapped[str] = mapped_column(String(64))  # the question's key; "" for a consent
    body: Mapped[str] = mapped_column(Text)
    parts: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    first_seen_at: Mapped[datetime]


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    decision: Mapped[str] = mapped_column(_one_of(Decision, "decision"))
    reason: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)
    suggested_date: Mapped[date | None] = mapped_column(Date)
    at: Mapped[datetime]

    staff: Mapped[Staff] = relationship()


class Procedure(Base):
    __tablename__ = "procedures"
    __table_args__ = (Index(None, "supersedes_id", unique=True),)  # one correction per record

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    areas: Mapped[list[str]] = mapped_column(JSON)
    session_number: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime]
    supersedes_id: Mapped[int | None] = mapped_column(ForeignKey("procedures.id"))
    correction_reason: Mapped[str | None] = mapped_column(Text)

    staff: Mapped[Staff] = relationship()


class Document(Base):
    """A rendered document; ``pdf`` keeps the bytes so a failed print can be retried."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    filename: Mapped[str] = mapped_column(String(200))
    pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime]
    superseded_at: Mapped[datetime | None]  # re-issued after a correction


class PrintJob(Base):
    __tablename__ = "print_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    backend: Mapped[str] = mapped_column(String(16))
    printer: Mapped[str | None] = mapped_column(String(200))
    job_ref: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    # what is wrong as a code ("printer:media-empty", "no_default", ...), so each screen can
    # say it in its reader's language; ``error`` keeps the English words for the command line
    problem: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class AuditEvent(Base):
    """Append-only, hash-chained: ``hash = sha256(prev_hash + canonical JSON of the event)``."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(String(100))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON, exactly the hashed text
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


class AuditHead(Base):
    """The single row that serialises chain appends (locked FOR UPDATE on PostgreSQL)."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class PatientNamePrefix(Base):
    """Every prefix of every word of a patient's folded name, kept by database triggers.

    ``last_seen`` is the patient's newest check-in, so a name search reads the matching
    patients newest first straight from the index and stops after a page.
    """

    __tablename__ = "patient_name_prefixes"
    __table_args__ = (Index(None, "prefix", "last_seen", "patient_id"),)

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), primary_key=True)
    prefix: Mapped[str] = mapped_column(String(SEARCH_KEY_LENGTH), primary_key=True)
    last_seen: Mapped[datetime]


class PatientNamePair(Base):
    """Two words of a patient's folded name together, kept by database triggers (0008).

    ``pair`` is a prefix (up to ``PAIR_PREFIX`` characters) of each of two words, joined in
    code-point order: a two-word search reads the few patients holding both words, newest
    first, instead of walking one common word's patients.
    """

    __tablename__ = "patient_name_pairs"
    __table_args__ = (Index(None, "pair", "last_seen", "patient_id"),)

    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), primary_key=True)
    pair: Mapped[str] = mapped_column(String(2 * PAIR_PREFIX + 1), primary_key=True)
    last_seen: Mapped[datetime]


class IdentityChange(Base):
    """Append-only history of a patient's identity: corrections, merges, and their reversal."""

    __tablename__ = "identity_changes"
    __table_args__ = (
        CheckConstraint("kind IN ('correction', 'merge', 'unmerge', 'revert')", name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    before: Mapped[dict[str, Any]]
    after: Mapped[dict[str, Any]]
    other_patient_id: Mapped[int | None] = mapped_column(ForeignKey("patients.id"))
    visit_ids: Mapped[list[int]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    reverts_id: Mapped[int | None] = mapped_column(ForeignKey("identity_changes.id"))
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]


class VisitClosure(Base):
    """Why a visit ended without a procedure: cancelled, or the patient did not come."""

    __tablename__ = "visit_closures"
    __table_args__ = (CheckConstraint("kind IN ('cancelled', 'no_show')", name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    at: Mapped[datetime]


class StationOutbox(Base):
    """What each kiosk last reported about its offline outbox: check-ins it holds that have
    not reached this database yet, and since when (the nurse station's banner reads it)."""

    __tablename__ = "station_outbox"

    station: Mapped[str] = mapped_column(String(64), primary_key=True)
    held: Mapped[int] = mapped_column(Integer)
    oldest_at: Mapped[datetime | None] = mapped_column(nullable=True)
    reported_at: Mapped[datetime]


class ClinicSettings(Base):
    """The clinic's details and printer as an administrator set them in the app (one row).

    The configuration file still overrides any of them for IT (``Settings.overridden``).
    """

    __tablename__ = "clinic_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(120))
    address: Mapped[str] = mapped_column(String(300))
    phone: Mapped[str] = mapped_column(String(40))
    timezone: Mapped[str] = mapped_column(String(64))
    languages: Mapped[str] = mapped_column(String(32))  # "en,es"
    printer: Mapped[str | None] = mapped_column(String(200))
    paper: Mapped[str] = mapped_column(String(8))
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime]
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
