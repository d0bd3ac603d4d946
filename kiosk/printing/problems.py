"""What is wrong with a printer, in plain words and what to do, in English and Spanish.

CUPS reports a printer's trouble as IPP ``printer-state-reasons`` keywords (RFC 8011 §5.4.12,
with ``-error``/``-warning``/``-report`` suffixes); the backends turn those (and their own
failures) into a problem *code*, which is stored on the print job, so that every screen can say
it in its reader's language and the command line in English.
"""

from __future__ import annotations

from collections.abc import Iterable

# code -> language -> sentence; {printer} is the queue's name
PROBLEMS: dict[str, dict[str, str]] = {
    "no_printer": {
        "en": "No printer is chosen and this computer has no default printer. An administrator"
        " chooses one in Administration > Printer.",
        "es": "No hay ninguna impresora elegida y este equipo no tiene impresora predeterminada."
        " Un administrador la elige en Administración > Impresora.",
    },
    "printer_missing": {
        "en": "The printer {printer} does not exist on this computer. An administrator chooses"
        " another one in Administration > Printer.",
        "es": "La impresora {printer} no existe en este equipo. Un administrador elige otra en"
        " Administración > Impresora.",
    },
    "cups_down": {
        "en": "The printing service of this computer (CUPS) is not running. Restart the computer"
        " or call IT.",
        "es": "El servicio de impresión de este equipo (CUPS) no está en marcha. Reinicie el"
        " equipo o llame a informática.",
    },
    "not_accepting": {
        "en": "The printer {printer} is refusing new jobs. Check the printer, or ask IT to let it"
        " accept jobs again.",
        "es": "La impresora {printer} no acepta trabajos nuevos. Revise la impresora o pida a"
        " informática que vuelva a aceptarlos.",
    },
    "paused": {
        "en": "The printer {printer} is paused. Resume it (or ask IT to), then print again.",
        "es": "La impresora {printer} está en pausa. Reanúdela (o pida a informática que lo haga)"
        " y vuelva a imprimir.",
    },
    "offline": {
        "en": "The printer {printer} is not answering. Check that it is switched on and its cable"
        " or network is connected.",
        "es": "La impresora {printer} no responde. Compruebe que está encendida y que el cable o"
        " la red están conectados.",
    },
    "media-empty": {
        "en": "The printer {printer} is out of paper. Load paper, then print again.",
        "es": "La impresora {printer} no tiene papel. Ponga papel y vuelva a imprimir.",
    },
    "media-needed": {
        "en": "The printer {printer} needs paper of the right size. Load it, then print again.",
        "es": "La impresora {printer} necesita papel del tamaño correcto. Póngalo y vuelva a"
        " imprimir.",
    },
    "media-jam": {
        "en": "Paper is jammed in the printer {printer}. Open it, take the paper out gently,"
        " close it, then print again.",
        "es": "Hay papel atascado en la impresora {printer}. Ábrala, retire el papel con cuidado,"
        " ciérrela y vuelva a imprimir.",
    },
    "door-open": {
        "en": "A door or cover of the printer {printer} is open. Close it, then print again.",
        "es": "Una puerta o tapa de la impresora {printer} está abierta. Ciérrela y vuelva a"
        " imprimir.",
    },
    "toner-empty": {
        "en": "The printer {printer} is out of toner or ink. Replace it, then print again.",
        "es": "La impresora {printer} no tiene tóner o tinta. Cámbielo y vuelva a imprimir.",
    },
    "output-area-full": {
        "en": "The output tray of the printer {printer} is full. Empty it.",
        "es": "La bandeja de salida de la impresora {printer} está llena. Vacíela.",
    },
    "stuck": {
        "en": "The printer {printer} has not finished this job. Check the printer; then cancel"
        " the job, or print again (the waiting copy is cancelled first).",
        "es": "La impresora {printer} no ha terminado este trabajo. Revise la impresora; después"
        " cancele el trabajo o vuelva a imprimir (la copia en espera se cancela antes).",
    },
    "job_failed": {
        "en": "The printer {printer} could not print this job. Check the printer, then print"
        " again.",
        "es": "La impresora {printer} no pudo imprimir este trabajo. Revise la impresora y"
        " vuelva a imprimir.",
    },
    "cancelled": {
        "en": "The job was cancelled; nothing more will print.",
        "es": "El trabajo se canceló; no se imprimirá nada más.",
    },
    "other": {
        "en": "The printer {printer} reports a problem. Check it, then print again.",
        "es": "La impresora {printer} informa de un problema. Revísela y vuelva a imprimir.",
    },
}

# IPP keyword (suffix removed) -> code; the first reason found in this order wins
_REASONS: tuple[tuple[str, str], ...] = (
    ("media-jam", "media-jam"),
    ("jam", "media-jam"),
    ("media-empty", "media-empty"),
    ("media-needed", "media-needed"),
    ("input-tray-missing", "media-needed"),
    ("door-open", "door-open"),
    ("cover-open", "door-open"),
    ("interlock-open", "door-open"),
    ("toner-empty", "toner-empty"),
    ("marker-supply-empty", "toner-empty"),
    ("output-area-full", "output-area-full"),
    ("offline", "offline"),
    ("connecting-to-device", "offline"),
    ("timed-out", "offline"),
    ("shutdown", "offline"),
    ("paused", "paused"),
)
_HARMLESS = {"none", "cups-waiting-for-job-completed", "cups-remote-pending", "media-low"}


def reason_code(reasons: Iterable[str]) -> str | None:
    """The problem code of a printer's ``printer-state-reasons`` (None when nothing is wrong).

    Only ``-error`` reasons and the plain ones count; ``-warning``/``-report`` (toner low, ...)
    do not stop a job, so they are not shown as a problem.
    """
    bare = []
    for raw in reasons:
        word = raw.strip()
        if word.endswith(("-warning", "-report")) or word in _HARMLESS or not word:
            continue
        bare.append(word.removesuffix("-error"))
    for keyword, code in _REASONS:
        if any(keyword == word or word.endswith("-" + keyword) for word in bare):
            return code
    return "other" if bare else None


def explain(code: str, language: str = "en", printer: str | None = None) -> str:
    """The problem in plain words in ``language`` (English when it has none)."""
    table = PROBLEMS.get(code) or PROBLEMS["other"]
    text = table.get(language) or table["en"]
    default = {"en": "(the default printer)", "es": "(la predeterminada)"}
    return text.format(printer=printer or default.get(language, default["en"]))
