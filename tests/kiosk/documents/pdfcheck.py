"""Reading our PDFs back: text, fonts, pages, metadata (pypdf and poppler's pdffonts)."""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

BASE14 = (
    "Helvetica",
    "Times",
    "Courier",
    "Symbol",
    "ZapfDingbats",
)


def text_of(pdf: bytes) -> str:
    """All pages' text with whitespace runs folded to one space (line breaks vanish)."""
    reader = PdfReader(io.BytesIO(pdf))
    raw = "\n".join(page.extract_text() or "" for page in reader.pages)
    return " ".join(raw.split())


def pages_of(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def metadata_of(pdf: bytes) -> dict[str, str]:
    meta = PdfReader(io.BytesIO(pdf)).metadata or {}
    return {k: str(v) for k, v in meta.items()}


def fonts_of(pdf: bytes) -> list[dict[str, str]]:
    """pdffonts' table as rows of name/type/emb."""
    if shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils (pdffonts) is not installed")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.pdf"
        path.write_bytes(pdf)
        out = subprocess.run(
            ["pdffonts", str(path)], capture_output=True, text=True, check=True
        ).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        # name, type words..., encoding, emb, sub, uni, object, id
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows
