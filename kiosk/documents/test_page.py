"""A printer test page: does the paper size match, is nothing cut off, does every script print?

A frame 10 mm inside every edge (all four sides visible means nothing is cut off or shifted), a
100 mm ruler (the printer does not scale), the clinic's name and the chosen printer and paper,
and a line of names in the scripts the documents support.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kiosk.documents.fonts import markup
from kiosk.documents.layout import build_pdf, make_styles, page_size

SAMPLE_NAMES = (
    "Zoë Núñez · Łukasz · Αλέξανδρος · Дмитрий · محمد علي · דוד לוי · 山田太郎 · 김민준 · 😀"
)

WORDS = {
    "en": {
        "title": "Printer test page",
        "printer": "Printer: {printer} · Paper: {paper}",
        "frame": (
            "The grey frame lies 10 mm inside every edge: if all four sides show, nothing is cut"
            " off. The ruler below measures exactly 100 mm when the printer does not scale."
        ),
        "names": "Names in every script the documents print:",
    },
    "es": {
        "title": "Página de prueba de la impresora",
        "printer": "Impresora: {printer} · Papel: {paper}",
        "frame": (
            "El marco gris está a 10 mm de cada borde: si se ven los cuatro lados, no se corta"
            " nada. La regla de abajo mide exactamente 100 mm si la impresora no cambia la escala."
        ),
        "names": "Nombres en todas las escrituras que imprimen los documentos:",
    },
}
PAPER_NAMES = {"letter": "Letter (8.5 × 11 in)", "a4": "A4 (210 × 297 mm)"}


@dataclass(frozen=True, slots=True)
class TestPageData:
    clinic_name: str
    printer: str
    paper: str
    language: str = "en"


class _Ruler(Flowable):
    """A 100 mm ruler with a tick every 10 mm."""

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 100 * mm, 8 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.setLineWidth(0.8)
        canvas.line(0, 0, 100 * mm, 0)
        for tick in range(11):
            height = 6 * mm if tick in (0, 5, 10) else 3 * mm
            canvas.line(tick * 10 * mm, 0, tick * 10 * mm, height)


def render_test_page(data: TestPageData) -> bytes:
    words = WORDS.get(data.language, WORDS["en"])
    styles = make_styles(12)
    width, height = page_size(data.paper)

    def frame(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setStrokeGray(0.5)
        canvas.setLineWidth(1)
        canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)

    story = [
        Spacer(1, 8 * mm),
        Paragraph(markup(words["title"], bold=True), styles.title),
        Paragraph(f"<b>{markup(data.clinic_name, bold=True)}</b>", styles.meta),
        Paragraph(
            markup(
                words["printer"].format(
                    printer=data.printer, paper=PAPER_NAMES.get(data.paper, data.paper)
                )
            ),
            styles.meta,
        ),
        Spacer(1, 6 * mm),
        Paragraph(markup(words["frame"]), styles.body),
        Spacer(1, 4 * mm),
        _Ruler(),
        Spacer(1, 6 * mm),
        Paragraph(markup(words["names"]), styles.body),
        Paragraph(markup(SAMPLE_NAMES, bold=True), styles.heading),
    ]
    return build_pdf(
        story,
        paper=data.paper,
        title=words["title"],
        subject=words["title"],
        language=data.language,
        footer=frame,
    )
