"""What :func:`kiosk.content.load_content` returns: one language's four content files."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.aftercare import AftercareContent
from kiosk.domain.checklist import Checklist
from kiosk.domain.consent import ConsentContent


@dataclass(frozen=True, slots=True)
class EducationPage:
    key: str
    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Education:
    """The "About your treatment" pages the patient can read while waiting."""

    version: str
    language: str
    title: str
    pages: tuple[EducationPage, ...]
    sha256: str = ""  # of the content file


@dataclass(frozen=True, slots=True)
class ContentBundle:
    """One language's content.

    ``version`` is the files' common version when they agree (they normally do), otherwise
    ``checklist=..;consent=..;aftercare=..;education=..``. ``sha256`` covers all four files.
    """

    language: str
    checklist: Checklist
    consent: ConsentContent
    aftercare: AftercareContent
    education: Education
    version: str
    sha256: str
