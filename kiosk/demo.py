"""The demo clinic: a separate SQLite database with staff and a morning's check-ins.

Lets a new clinic, a trainer or a developer see every screen with believable data, without a
default PIN ever existing in a real database.
"""

from __future__ import annotations

import io
import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PIL import Image, ImageDraw

from kiosk.config import Settings
from kiosk.domain.checkin import Acknowledged, CheckinSubmission, SignedConsent
from kiosk.domain.checklist import Answer, Checklist, Choice, ItemKind
from kiosk.domain.consent import ConsentContent, Stroke, consent_identity
from kiosk.domain.patient import Identity
from kiosk.domain.pin_policy import DEMO_PIN, PinPolicy

if TYPE_CHECKING:
    from kiosk.storage import Database

DEMO_ADMIN_CODE = "101"
DEMO_NURSE_CODE = "102"

# (first, last, date of birth, language, answers that differ from "all clear")
_PATIENTS: tuple[tuple[str, str, date, str, dict[str, tuple[Choice, int | None]]], ...] = (
    ("Maria", "García López", date(1991, 4, 12), "es", {}),
    ("James", "O'Connor", date(1985, 11, 3), "en", {"retinoids": (Choice.WITHIN_WINDOW, 1)}),
    ("Aisha", "Rahman", date(1998, 2, 28), "en", {"lotions_makeup": (Choice.YES, None)}),
    ("Zoë", "Nguyễn", date(2001, 7, 19), "en", {"exfoliants": (Choice.NOT_SURE, None)}),
    ("Łukasz", "Wiśniewski", date(1979, 1, 30), "en", {}),
    ("Carmen", "Ruiz", date(1994, 9, 5), "es", {"active_acne": (Choice.YES, None)}),
)


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    visits: int
    codes: str = f"Demo Admin {DEMO_ADMIN_CODE}, Demo Nurse {DEMO_NURSE_CODE}"

    def __str__(self) -> str:
        return f"{self.staff} staff accounts, {self.visits} check-ins today"


def build_demo(settings: Settings, open_db: Callable[[], Database]) -> DemoSummary:
    """(Re)create the demo database from scratch."""
    from kiosk.content import load_content
    from kiosk.services.audit_secret import checkpoint_path
    from kiosk.services.checkin import submit_checkin
    from kiosk.services.clock import local_day, utc_now
    from kiosk.services.staff import Role, create_staff, load_pepper

    _remove_sqlite(settings.database_url)
    # The demo log starts afresh on purpose: its old anchor would rightly say "cut short".
    checkpoint_path(settings.data_dir).unlink(missing_ok=True)
    db = open_db()
    try:
        sf = db.session_factory
        pepper = load_pepper(settings.staff.pepper_path)
        demo = PinPolicy(demo=True)  # the only place the published demo PIN is accepted
        for name, role, code in (
            ("Demo Admin", Role.ADMIN, DEMO_ADMIN_CODE),
            ("Demo Nurse", Role.NURSE, DEMO_NURSE_CODE),
        ):
            create_staff(
                sf,
                name=name,
                pin=DEMO_PIN,
                role=role,
                actor=None,
                pepper=pepper,
                policy=demo,
                code=code,
            )
        zone = ZoneInfo(settings.clinic.timezone)
        today = local_day(utc_now(), settings.clinic.timezone)
        for index, (first, last, dob, lang, special) in enumerate(_PATIENTS):
            content = load_content(lang)
            arrived = datetime.combine(today, time(8, 40), zone) + timedelta(minutes=17 * index)
            submission = _submission(
                content.checklist, content.consent, first, last, dob, lang, today, special
            )
            submit_checkin(
                sf,
                submission,
                checklist=content.checklist,
                consent=content.consent,
                clock=lambda at=arrived: at.astimezone(UTC),
                zone=settings.clinic.timezone,
            )
        return DemoSummary(staff=2, visits=len(_PATIENTS))
    finally:
        db.dispose()


def _remove_sqlite(url: str) -> None:
    if not url.startswith("sqlite:///"):
        raise ValueError("the demo database is always a SQLite file")
    path = Path(url.removeprefix("sqlite:///"))
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _submission(
    checklist: Checklist,
    consent: ConsentContent,
    first: str,
    last: str,
    dob: date,
    lang: str,
    today: date,
    special: dict[str, tuple[Choice, int | None]],
) -> CheckinSubmission:
    answers = []
    for item in checklist.items:
        choice, days = special.get(item.key, (_clear_choice(item.kind), None))
        answers.append(Answer(item.key, choice, days))
    identity = Identity.create(first, last, dob, today)
    strokes = demo_signature(len(first) + len(last))
    ident = consent_identity(consent)
    return CheckinSubmission(
        submission_id=uuid.uuid4().hex,
        identity=identity,
        language=lang,
        procedure_date=today,
        station="demo-tablet",
        checklist_version=checklist.version,
        checklist_sha256=checklist.sha256,
        answers=tuple(answers),
        consent=SignedConsent(
            version=ident.version,
            text_sha256=ident.text_sha256,
            typed_name=identity.full_name,
            strokes=strokes,
            signature_png=strokes_png(strokes),
            acknowledgements=tuple(
                Acknowledged(a.key, ident.text_sha256) for a in consent.acknowledgements
            ),
        ),
    )


def _clear_choice(kind: ItemKind) -> Choice:
    return Choice.NEVER if kind is ItemKind.LAST_USED else Choice.NO


def demo_signature(seed: int) -> tuple[Stroke, ...]:
    """A looping, signature-like stroke that differs a little per patient."""
    points = tuple(
        (40 + t * 4.0, 90 + 35 * math.sin(t / (3 + seed % 4)) + 10 * math.cos(t / 1.7))
        for t in range(0, 100)
    )
    underline = tuple((40 + t * 8.0, 150.0) for t in range(0, 50))
    return (points, underline)


def strokes_png(strokes: tuple[Stroke, ...], size: tuple[int, int] = (480, 180)) -> bytes:
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for stroke in strokes:
        if len(stroke) > 1:
            draw.line(list(stroke), fill="#1b2a4a", width=3, joint="curve")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
