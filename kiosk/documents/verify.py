"""Reading a consent record's verification code back from its PDF.

The code sits in the PDF's keywords (``verification:<hex>``), which survives any reader; the
printed text is the fallback for a PDF whose metadata was stripped.
"""

from __future__ import annotations

import io
import re
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
        metadata = reader.metadata
        keywords = str(metadata.get("/Keywords", "")) if metadata is not None else ""
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
