"""The fixed words of the printed documents, per language (the content files hold the rest)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime

Day = date  # "date" is also a method name of Labels

LABELS: Mapping[str, Mapping[str, str]] = {
    "en": {
        "patient": "Patient",
        "procedure_date": "Procedure date",
        "treated_areas": "Treated areas",
        "session": "Session",
        "phone": "Phone",
        "range": "{start} to {end}",
        "open_ended": "from {start}",  # after the heading's colon
        "qr_caption": "Scan to add the next-session window to your calendar.",
        "calendar_summary": "Next micro-needling session window ({clinic})",
        "area.face": "face",
        "area.neck": "neck",
        "area.hands": "hands",
        "area.eyes": "around the eyes",
        "consent_title": "Signed consent record",
        "visit": "Visit",
        "date_of_birth": "Date of birth",
        "consent_version": "Consent text version",
        "consent_sha256": "SHA-256 of the text shown",
        "consent_text_heading": "The consent text shown",
        "consent_text_missing": (
            "The text of this version is no longer in the content files; "
            "its SHA-256 above identifies the exact text that was shown."
        ),
        "acknowledged": "Ticked by the patient",
        "not_acknowledged": "Not ticked",
        "answers_heading": "Checklist answers",
        "question": "Question",
        "answer": "Answer",
        "day_of_use": "day: {date}",
        "checklist_version": "Checklist version",
        "signature_heading": "Signature",
        "typed_name": "Typed name",
        "signature_method": "Signed by",
        "method.drawn": "a signature drawn on the pad",
        "method.typed": "the typed full name, adopted as the signature (nothing drawn)",
        "signed_at": "Signed at",
        "station": "Station",
        "verification": "Verification code",
        "verification_note": (
            "This code is a SHA-256 of the record above; "
            "'clinic-kiosk verify-document' checks it against the clinic's database."
        ),
        "page": "Page {page}",
    },
    "es": {
        "patient": "Paciente",
        "procedure_date": "Fecha del procedimiento",
        "treated_areas": "Zonas tratadas",
        "session": "Sesión",
        "phone": "Teléfono",
        "range": "del {start} al {end}",
        "open_ended": "a partir del {start}",  # after the heading's colon
        "qr_caption": "Escanee para añadir a su calendario el periodo de la próxima sesión.",
        "calendar_summary": "Periodo para la próxima sesión de micropunción ({clinic})",
        "area.face": "cara",
        "area.neck": "cuello",
        "area.hands": "manos",
        "area.eyes": "alrededor de los ojos",
        "consent_title": "Registro del consentimiento firmado",
        "visit": "Visita",
        "date_of_birth": "Fecha de nacimiento",
        "consent_version": "Versión del texto de consentimiento",
        "consent_sha256": "SHA-256 del texto mostrado",
        "consent_text_heading": "El texto de consentimiento mostrado",
        "consent_text_missing": (
            "El texto de esta versión ya no está en los archivos de contenido; "
            "su SHA-256 indicado arriba identifica el texto exacto que se mostró."
        ),
        "acknowledged": "Marcado por quien firma",
        "not_acknowledged": "No marcado",
        "answers_heading": "Respuestas al cuestionario",
        "question": "Pregunta",
        "answer": "Respuesta",
        "day_of_use": "día: {date}",
        "checklist_version": "Versión del cuestionario",
        "signature_heading": "Firma",
        "typed_name": "Nombre escrito",
        "signature_method": "Firmado con",
        "method.drawn": "una firma dibujada en el recuadro",
        "method.typed": "el nombre completo escrito, adoptado como firma (sin dibujo)",
        "signed_at": "Firmado el",
        "station": "Puesto",
        "verification": "Código de verificación",
        "verification_note": (
            "Este código es un SHA-256 del registro anterior; "
            "'clinic-kiosk verify-document' lo comprueba con la base de datos de la clínica."
        ),
        "page": "Página {page}",
    },
}


class Labels:
    """The label table of one language (English when the language has none)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LABELS else "en"
        self._table = LABELS[self.language]

    def __getitem__(self, key: str) -> str:
        return self._table.get(key) or LABELS["en"][key]

    def date(self, day: Day) -> str:
        """A date the way the language writes it in full ("Tuesday, March 3, 2026")."""
        return format_date(day, "full", locale=self.language)

    def short_date(self, day: Day) -> str:
        return format_date(day, "long", locale=self.language)

    def instant(self, at: datetime, zone: str) -> str:
        """An aware instant written in the clinic's zone ("March 3, 2026, 10:04:00 AM EST")."""
        return format_datetime(at, "long", tzinfo=ZoneInfo(zone), locale=self.language)

    def span(self, start: Day, end: Day | None) -> str:
        if end is None:
            return self["open_ended"].format(start=self.date(start))
        if end == start:
            return self.date(start)
        return self["range"].format(start=self.date(start), end=self.date(end))

    def area(self, key: str) -> str:
        return self._table.get(f"area.{key}", key)
