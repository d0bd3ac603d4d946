"""The wording lock: a changed wording needs a new version.

A record points at the consent and checklist *version* it was signed under, and the texts
table keeps the exact wording; but a question reworded without a version bump would make two
different wordings share one version. ``wording-lock.json`` (next to the language folders)
records, for each language's consent and checklist, the SHA-256 of the patient-visible
wording of every version released. ``clinic-kiosk check-content`` refuses a wording that no
longer matches the lock under an unchanged version, and ``check-content --lock`` records new
versions (never rewriting a locked one).

Why a lock file and not the database: the check belongs where the wording is edited (the
content folder, its version control, CI), it needs no database, and it also covers wordings
no patient has seen yet. The database keeps the wording that was shown in any case
(kiosk.services.texts), so records stay exact even if the lock is bypassed.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from kiosk.content.bundle import ContentBundle
from kiosk.content.errors import ContentError
from kiosk.domain.checklist import Choice

LOCK_FILE = "wording-lock.json"
_FORMAT = 1


def _sha(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def wording_of(bundle: ContentBundle) -> dict[str, tuple[str, str]]:
    """``{"<lang>/consent": (version, sha), "<lang>/checklist": (version, sha)}``."""
    checklist = bundle.checklist
    items = [
        {
            "key": item.key,
            "question": item.question,
            "help": item.help,
            "examples": list(item.examples),
            "patient_note": item.patient_note,
            "labels": {c.value: checklist.label(item, c) for c in Choice},
        }
        for item in checklist.items
    ]
    consent = bundle.consent
    return {
        f"{bundle.language}/consent": (
            consent.version,
            hashlib.sha256(consent.text.encode()).hexdigest(),
        ),
        f"{bundle.language}/checklist": (
            checklist.version,
            _sha({"items": items, "day_question": checklist.day_question}),
        ),
    }


def read_lock(root: Path) -> dict[str, dict[str, str]]:
    path = Path(root) / LOCK_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise ContentError(path, 0, "wording", f"the wording lock cannot be read: {exc}") from exc
    wording = raw.get("wording") if isinstance(raw, dict) else None
    if not isinstance(wording, dict):
        raise ContentError(path, 0, "wording", "the wording lock is damaged")
    return {str(k): dict(v) for k, v in wording.items() if isinstance(v, dict)}


def check_wording(
    root: Path, bundles: dict[str, ContentBundle], *, lock: bool = False
) -> list[str]:
    """Refuse a changed wording under a locked version; returns notes on new versions.

    With ``lock`` the new versions are written into the lock file (atomically).
    """
    root = Path(root)
    locked = read_lock(root)
    notes: list[str] = []
    changed = False
    for bundle in bundles.values():
        for name, (version, sha) in wording_of(bundle).items():
            known = locked.setdefault(name, {})
            if version not in known:
                known[version] = sha
                changed = True
                notes.append(f"{name} version {version} is new" + (": locked" if lock else ""))
            elif known[version] != sha:
                lang, kind = name.split("/")
                raise ContentError(
                    root / lang / f"{kind}.toml",
                    0,
                    "version",
                    f"the wording changed but version {version} did not: give the edited"
                    f" {kind} a new version (records signed under {version} keep meaning the"
                    " words they were signed with)",
                )
    if lock and changed:
        path = root / LOCK_FILE
        tmp = path.with_name(f".{LOCK_FILE}.tmp")
        tmp.write_text(
            json.dumps({"format": _FORMAT, "wording": locked}, indent=2, sort_keys=True) + "\n",
            encoding="utf-8",
        )
        os.replace(tmp, path)
    elif not lock and notes:
        notes = [f"{n} (not yet in {LOCK_FILE}; run check-content --lock)" for n in notes]
    return notes
