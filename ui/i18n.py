"""Live language switching: one QTranslator per language, swapped on the application.

Widgets retranslate in ``changeEvent`` on ``QEvent.LanguageChange``, which Qt sends to every
widget when a translator is installed or removed; content (checklist, consent) is chosen by the
same language code from ``resources/content/<lang>/``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from kiosk.paths import resources_dir

SOURCE_LANGUAGE = "en"
LANGUAGE_NAMES = {"en": "English", "es": "Español"}  # each in its own language, never translated


def translations_dir() -> Path:
    return resources_dir() / "translations"


class LanguageSwitcher(QObject):
    """Installs the translators for one language at a time on the application."""

    language_changed = Signal(str)

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def set_language(self, language: str) -> bool:
        """Switch every widget to ``language``; False when its translation file is missing."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        ok = True
        if language != SOURCE_LANGUAGE:
            ok = self._install(app, self._folder or translations_dir(), f"kiosk_{language}")
            # Qt's own strings (context menus, dialog buttons) where Qt ships them.
            self._install(
                app,
                Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                f"qtbase_{language}",
            )
        self.language = language
        QLocale.setDefault(QLocale(language))
        self.language_changed.emit(language)
        return ok

    def _install(self, app: QCoreApplication, folder: Path, name: str) -> bool:
        translator = QTranslator(self)
        if not translator.load(name, str(folder)):
            return False
        app.installTranslator(translator)
        self._installed.append(translator)
        return True


def month_name(month: int, language: str) -> str:
    """The month's name in the patient's language ("March", "marzo")."""
    return QLocale(language).standaloneMonthName(month, QLocale.FormatType.LongFormat)


def long_date(day: object, language: str) -> str:
    """A date written out for a patient ("Tuesday 24 November 2026", "martes, 24 de ...")."""
    from PySide6.QtCore import QDate

    qdate = QDate(day.year, day.month, day.day)  # type: ignore[attr-defined]
    return QLocale(language).toString(qdate, QLocale.FormatType.LongFormat)
