"""Reading a consent record back from its PDF: its verification code and what it says.

The code sits in the PDF's keywords (``verification:<hex>``) and in every page's footer; it
only says which record to compare with. What decides is the text: :func:`read_pages` reads
each page back and :func:`compare_printed` names every difference from the stored record
rendered afresh (kiosk.services.documents.verify_consent_document).
"""

from __future__ import annotations

import difflib
import io
import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from kiosk.documents.consent_record import CODE_KEYWORD
from kiosk.documents.layout import DocumentError

_HEX = re.compile(r"\b([0-9a-f]{64})\b")
_GROUPED = re.compile(r"((?:[0-9a-f]{8} ){7}[0-9a-f]{8})")


def read_verification_code(pdf: bytes | Path) -> str:
    """The 64-hex code of a consent record PDF; DocumentError if it holds none."""
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    try:
        reader = PdfReader(io.BytesIO(data))
        keywords = str((reader.metadata or {}).get("/Keywords", ""))
        for word in re.split(r"[,\s]+", keywords):
            if word.startswith(CODE_KEYWORD) and _HEX.fullmatch(word[len(CODE_KEYWORD) :]):
                return word[len(CODE_KEYWORD) :]
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, OSError) as exc:
        raise DocumentError(f"not a readable PDF: {exc}") from exc
    found = _GROUPED.search(text) or _HEX.search(text)
    if found is None:
        raise DocumentError("this PDF carries no verification code (is it a consent record?)")
    return found.group(1).replace(" ", "")


# -- what the document says ------------------------------------------------------------------

_FOOTER_CODE = re.compile(r"^.*?:\s*([0-9a-f]{64})\s*$")


@dataclass(frozen=True, slots=True)
class PrintedPage:
    code: str | None  # the code in the page's footer
    lines: tuple[str, ...]  # the page's text without its footer lines


def read_pages(pdf: bytes | Path) -> list[PrintedPage]:
    """The text of each page as printed, split from the footer (code and page number)."""
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    try:
        reader = PdfReader(io.BytesIO(data))
        texts = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, OSError) as exc:
        raise DocumentError(f"not a readable PDF: {exc}") from exc
    pages = []
    for text in texts:
        lines = [" ".join(line.split()) for line in text.splitlines()]
        lines = [line for line in lines if line]
        code = None
        body = []
        for i, line in enumerate(lines):
            found = _FOOTER_CODE.match(line) if i < 2 else None
            if found and code is None:
                code = found.group(1)
            elif i < 2 and _PAGE_NUMBER.fullmatch(line):
                continue
            else:
                body.append(line)
        pages.append(PrintedPage(code, tuple(body)))
    return pages


_PAGE_NUMBER = re.compile(r"\S+ \d+")


def compare_printed(
    document: list[PrintedPage],
    record: list[PrintedPage],
    fact_labels: dict[str, str],
    title: str = "",
) -> list[str]:
    """Every difference between what a document says and the stored record, in plain words.

    ``fact_labels`` maps a printed label ("Patient:") to the fact's name ("patient"); a
    differing line is named after the label above it in the record. Lines above ``title`` on
    the first page (the clinic's name, address and phone, printed from the settings of the
    day) are not compared: a clinic that moved would otherwise disown its old records.
    """
    found: list[str] = []
    if len(document) != len(record):
        found.append(f"the document has {len(document)} pages, the record has {len(record)}")
    expected_code = record[0].code if record else None
    for n, page in enumerate(document, start=1):
        if page.code != expected_code:
            found.append(
                f"page {n} carries "
                + ("no code" if page.code is None else f"another record's code ({page.code[:8]}…)")
            )
        if not page.lines:
            found.append(f"page {n} is blank apart from the code")
    doc_lines = _from_title([line for page in document for line in page.lines], title)
    rec_lines = _from_title([line for page in record for line in page.lines], title)
    matcher = difflib.SequenceMatcher(a=doc_lines, b=rec_lines, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            continue
        fact = _fact_above(rec_lines, b0, fact_labels)
        if fact == "the answers" and 0 < b0 < len(rec_lines) and rec_lines[b0 - 1].endswith("?"):
            fact = f"the answer to '{_cut(rec_lines[b0 - 1], 80)}'"
        said = " / ".join(doc_lines[a0:a1]) or "(nothing)"
        stored = " / ".join(rec_lines[b0:b1]) or "(nothing)"
        found.append(f"{fact}: the document says '{_cut(said)}', the record says '{_cut(stored)}'")
    return found


def _from_title(lines: list[str], title: str) -> list[str]:
    if title and title in lines[:6]:
        return lines[lines.index(title) :]
    return lines


def _fact_above(lines: list[str], index: int, fact_labels: dict[str, str]) -> str:
    for i in range(min(index, len(lines) - 1), -1, -1):
        if lines[i] in fact_labels:
            return fact_labels[lines[i]]
    return "the text"


def _cut(text: str, limit: int = 120) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
