"""Clinic-editable content: checklist, consent, aftercare and education per language.

Staff edit ``resources/content/<lang>/*.toml``; this package reads, validates and caches them,
and checks that every language agrees with English on everything that is not wording.
"""

from kiosk.content.bundle import ContentBundle, Education, EducationPage
from kiosk.content.crosscheck import check_agreement, validate_all
from kiosk.content.errors import ContentError
from kiosk.content.loader import available_languages, clear_cache, load_content

__all__ = [
    "ContentBundle",
    "ContentError",
    "Education",
    "EducationPage",
    "available_languages",
    "check_agreement",
    "clear_cache",
    "load_content",
    "validate_all",
]
