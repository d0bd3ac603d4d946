"""What every printed document shares: paper, named styles, page template, deterministic build.

Modelled on pretix's invoice renderer: named ``ParagraphStyle`` objects, one page template
whose ``onPage`` callback draws the footer, and a build step fed only by a frozen data object.
Invariant mode and fixed metadata make the same data render the same bytes.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, TableStyle

from kiosk.documents.fonts import BOLD, REGULAR, plain_line, register_fonts
from kiosk.documents.tounicode import fix_astral_tounicode

PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}
ACCENT = colors.HexColor("#1f7a7a")
MUTED = colors.HexColor("#444444")
MARGIN = 14 * mm  # left and right
TOP = 10 * mm
FOOTER_Y = 8 * mm  # baseline of the footer line


class DocumentError(ValueError):
    """Input a document cannot be made from; the message says what to fix."""


def page_size(paper: str) -> tuple[float, float]:
    try:
        return PAPER_SIZES[paper]
    except KeyError:
        raise DocumentError(f"paper must be 'letter' or 'a4', not {paper!r}") from None


@dataclass(frozen=True, slots=True)
class Styles:
    """The named paragraph styles; body text is 12 pt or larger (the sheet goes home)."""

    title: ParagraphStyle
    clinic: ParagraphStyle
    meta: ParagraphStyle
    heading: ParagraphStyle
    when: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    code: ParagraphStyle


def make_styles(body_size: float = 12.0, compact: bool = False) -> Styles:
    """``compact`` tightens line and paragraph spacing only; the type size stays."""
    register_fonts()
    leading = body_size * (1.13 if compact else 1.22)
    gap = 3 if compact else 6
    return Styles(
        title=ParagraphStyle(
            "Title", fontName=BOLD, fontSize=17, leading=20.5, textColor=ACCENT, spaceAfter=2
        ),
        clinic=ParagraphStyle("Clinic", fontName=BOLD, fontSize=14, leading=17),
        meta=ParagraphStyle("Meta", fontName=REGULAR, fontSize=body_size, leading=leading),
        heading=ParagraphStyle(
            "Heading",
            fontName=BOLD,
            fontSize=body_size + 1.5,
            leading=(body_size + 1.5) * 1.2,
            textColor=ACCENT,
            spaceBefore=gap,
            spaceAfter=1,
        ),
        when=ParagraphStyle(
            "When", fontName=BOLD, fontSize=body_size, leading=leading, spaceAfter=1
        ),
        body=ParagraphStyle(
            "Body",
            fontName=REGULAR,
            fontSize=body_size,
            leading=leading,
            alignment=TA_LEFT,
            spaceAfter=1 if compact else 3,
        ),
        small=ParagraphStyle("Small", fontName=REGULAR, fontSize=9, leading=11, textColor=MUTED),
        code=ParagraphStyle("Code", fontName=BOLD, fontSize=10, leading=13),
    )


Footer = Callable[[Canvas, BaseDocTemplate], None]
_REPORTLAB = threading.Lock()


def build_pdf(
    story: Sequence[Flowable],
    *,
    paper: str,
    title: str,
    subject: str,
    language: str,
    keywords: Sequence[str] = (),
    footer: Footer | None = None,
) -> bytes:
    """Lay out ``story`` on one page template and return the PDF bytes (deterministic)."""
    return build_pdf_counted(
        story,
        paper=paper,
        title=title,
        subject=subject,
        language=language,
        keywords=keywords,
        footer=footer,
    )[0]


def build_pdf_counted(
    story: Sequence[Flowable],
    *,
    paper: str,
    title: str,
    subject: str,
    language: str,
    keywords: Sequence[str] = (),
    footer: Footer | None = None,
) -> tuple[bytes, int]:
    """:func:`build_pdf`, also returning the number of pages laid out."""
    with _REPORTLAB:  # reportlab keeps global state: one document at a time
        size = page_size(paper)
        # Binary (zlib-only) streams: ASCII85 would only make the file bigger and slower to write.
        rl_config.useA85 = 0
        buffer = io.BytesIO()
        regular = register_fonts()
        doc = BaseDocTemplate(
            buffer,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=FOOTER_Y + 6 * mm,
            title=title,
            author="clinic-kiosk",
            subject=subject,
            creator="clinic-kiosk",
            producer="clinic-kiosk (reportlab)",
            keywords=list(keywords),
            invariant=1,
            initialFontName=regular,
            initialFontSize=12,
            lang=language,
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")

        def on_page(canvas: Canvas, document: BaseDocTemplate) -> None:
            canvas.saveState()
            canvas.setFont(regular, 9)
            if footer is not None:
                footer(canvas, document)
            canvas.restoreState()

        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
        doc.build(list(story))
        return fix_astral_tounicode(buffer.getvalue()), doc.page


def draw_line(canvas: Canvas, x: float, y: float, text: str, size: float = 9) -> None:
    """One line of any script at (x, y), a font per run (``drawString`` has no fallback)."""
    for font, piece in plain_line(text):
        canvas.setFont(font, size)
        canvas.drawString(x, y, piece)
        x += canvas.stringWidth(piece, font, size)
    canvas.setFont(REGULAR, size)


def page_footer(paper: str, left: str, page_label: str) -> Footer:
    """Every document's footer: ``left`` at the margin (any script), and the page number
    (``page_label`` holds ``{page}``) at the right."""
    width, _ = page_size(paper)

    def footer(canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_line(canvas, MARGIN, FOOTER_Y, left)
        canvas.drawRightString(
            width - MARGIN, FOOTER_Y, page_label.format(page=canvas.getPageNumber())
        )

    return footer


def fit_one_page(render: Callable[[bool], tuple[bytes, int]]) -> bytes:
    """``render(False)`` (normal spacing), or ``render(True)`` (tighter) when the first
    layout spills onto a second page: a one-page document stays one page where it can."""
    pdf, pages = render(False)
    return render(True)[0] if pages > 1 else pdf


def logo_path(configured: Path | None, resources: Path) -> Path | None:
    """The clinic's own logo when configured and present, else the shipped placeholder."""
    if configured is not None and configured.is_file():
        return configured
    shipped = resources / "images" / "clinic-logo.png"
    return shipped if shipped.is_file() else None


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A TableStyle whose cells use the embedded font (Table's default is base-14 Helvetica)."""
    register_fonts()
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *commands,
        ]
    )
