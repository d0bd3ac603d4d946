"""Text-layer repair for characters outside the Basic Multilingual Plane (😀, 𠮷).

reportlab (5.1 and earlier) writes a subset font's ToUnicode CMap entry as ``<01> <1F600>``:
five hex digits, which a PDF reader cannot decode (pypdf skips it, poppler reads "ὠ"). The
PDF standard wants UTF-16BE there, a surrogate pair ``<D83DDE00>``. Rather than patch
reportlab, the finished PDF's CMaps are rewritten with pypdf; only documents that embed a font
with such characters (Symbola, Noto Sans CJK) are touched, and the result stays deterministic.
``tests/kiosk/documents/test_every_name.py`` checks reportlab still needs this and that the
text extracts as typed.
"""

from __future__ import annotations

import io
import re

# fonts that hold characters outside the BMP (see kiosk.documents.coverage.FAMILIES)
_ASTRAL_FONTS = (b"Symbola", b"NotoSansCJK")
_ENTRY = re.compile(rb"<([0-9A-Fa-f]{2,4})> <([0-9A-Fa-f]{5,6})>")


def _utf16(match: re.Match[bytes]) -> bytes:
    code = int(match.group(2), 16)
    high, low = 0xD800 + ((code - 0x10000) >> 10), 0xDC00 + ((code - 0x10000) & 0x3FF)
    return b"<%s> <%04X%04X>" % (match.group(1), high, low)


def fix_astral_tounicode(pdf: bytes) -> bytes:
    """``pdf`` with every five- or six-digit ToUnicode entry written as a surrogate pair."""
    if not any(name in pdf for name in _ASTRAL_FONTS):
        return pdf
    from pypdf import PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    changed = False
    seen: set[int] = set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            cmap_ref = font.get("/ToUnicode")
            if cmap_ref is None or id(cmap_ref.get_object()) in seen:
                continue
            stream = cmap_ref.get_object()
            seen.add(id(stream))
            data = stream.get_data()
            fixed = _ENTRY.sub(_utf16, data)
            if fixed != data:
                stream.set_data(fixed)
                changed = True
    if not changed:
        return pdf
    writer.add_metadata({NameObject("/Producer"): "clinic-kiosk (reportlab)"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
