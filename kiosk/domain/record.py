"""The record digest: one SHA-256 over everything a patient's signature attests.

Identity, procedure date, every answer with the exact wording of its question (and its help
and the chosen answer's words), the consent text identity, each acknowledgement with the text
it was ticked under, the typed name, the signature method, strokes and image, the signing time
and station. The digest is stored with the consent and in the keyed audit event of the
check-in; re-deriving it from the rows shows an edited answer, a moved signature, a changed
identity. The event also carries a keyed digest of each part, so a verifier can say *which*
part differs without the audit log holding a patient's name.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

DIGEST_FORMAT = 1


@dataclass(frozen=True, slots=True)
class AnswerFact:
    item_key: str
    choice: str
    days_ago: int | None
    question_sha256: str | None
    question: str  # the wording shown ("" when it was never stored: records before 0002)
    help_sha256: str | None
    label_sha256: str | None


@dataclass(frozen=True, slots=True)
class RecordFacts:
    visit_id: int
    submission_id: str
    first_name: str
    last_name: str
    date_of_birth: date
    procedure_date: date
    language: str
    checklist_version: str
    answers: tuple[AnswerFact, ...]
    consent_version: str
    consent_sha256: str
    acknowledgements: tuple[tuple[str, str], ...]  # (key, text_sha256 it was ticked under)
    typed_name: str
    method: str
    strokes: list[list[list[float]]]
    signature_png: bytes
    signed_at: datetime
    station: str
    zone: str


def _canonical(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def record_parts(facts: RecordFacts) -> dict[str, Any]:
    """The record as named parts; the digest covers all of them, the verifier names each."""
    parts: dict[str, Any] = {
        "format": DIGEST_FORMAT,
        "identity": [facts.first_name, facts.last_name, facts.date_of_birth.isoformat()],
        "visit": [
            facts.visit_id,
            facts.submission_id,
            facts.procedure_date.isoformat(),
            facts.language,
            facts.checklist_version,
        ],
        "consent": [facts.consent_version, facts.consent_sha256],
        "acknowledgements": sorted([k, h] for k, h in facts.acknowledgements),
        "typed_name": facts.typed_name,
        "signature": [
            facts.method,
            facts.strokes,
            hashlib.sha256(facts.signature_png).hexdigest(),
        ],
        "signed": [
            facts.signed_at.astimezone(UTC).isoformat(timespec="microseconds"),
            facts.station,
            facts.zone,
        ],
    }
    for a in facts.answers:
        parts[f"answer:{a.item_key}"] = [
            a.choice,
            a.days_ago,
            a.question_sha256,
            a.question,
            a.help_sha256,
            a.label_sha256,
        ]
    return parts


def record_digest(facts: RecordFacts) -> str:
    return hashlib.sha256(_canonical(record_parts(facts))).hexdigest()


def part_digests(facts: RecordFacts, key: bytes) -> dict[str, str]:
    """Keyed digest of each part: names what changed, and reveals nothing without the key."""
    return {
        name: hmac.new(key, _canonical(value), hashlib.sha256).hexdigest()[:32]
        for name, value in record_parts(facts).items()
    }


PART_WORDS = {
    "identity": "the patient's name or date of birth changed after signing",
    "visit": "the visit's date, language or checklist changed after signing",
    "consent": "the consent text it points at changed after signing",
    "acknowledgements": "the ticked statements changed after signing",
    "typed_name": "the typed name changed after signing",
    "signature": "the signature was replaced (another signature attached?)",
    "signed": "the signing time or station changed after signing",
}


def describe_differences(signed: dict[str, str], now: dict[str, str]) -> list[str]:
    """Plain words for each part whose keyed digest differs from the signed one."""
    found: list[str] = []
    for name in sorted(set(signed) | set(now)):
        if signed.get(name) == now.get(name):
            continue
        if name.startswith("answer:"):
            key = name.removeprefix("answer:")
            if name not in now:
                found.append(f"the answer to '{key}' was deleted after signing")
            elif name not in signed:
                found.append(f"an answer to '{key}' was added after signing")
            else:
                found.append(f"the answer to '{key}' changed after signing")
        else:
            found.append(PART_WORDS.get(name, f"'{name}' changed after signing"))
    return found
