"""The language the staff screens are shown in, for words the core gives in both languages."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def screen_language() -> str:
    """ "es" when the screens are in Spanish (Qt's default locale), else "en"."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"
