"""A rendered document (the PDF and its stored row), and a verification's verdict."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    pdf: bytes
    sha256: str  # aftercare: of the PDF bytes; consent record: its verification code
    kind: str
    filename: str
    document_id: int
    visit_id: int


@dataclass(frozen=True, slots=True)
class VerificationResult:
    ok: bool
    code: str
    document_id: int | None
    message: str
