"""Convert Debian's Noto Sans CJK (OpenType/CFF, which reportlab cannot embed) to TrueType.

reportlab embeds only TrueType outlines (``glyf``), so the CJK fallback shipped in
``resources/fonts`` is made here from ``fonts-noto-cjk``: one face of the collection (SC),
cubic outlines turned into quadratic ones with fontTools' cu2qu, layout tables the renderer does
not use dropped. Run once when updating the fonts:

    apt-get install fonts-noto-cjk && .venv/bin/pip install fonttools
    .venv/bin/python scripts/build_cjk_fonts.py resources/fonts
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto")
FACE = 2  # "Noto Sans CJK SC" in the collection
DROP = ("CFF ", "VORG", "GSUB", "GPOS", "BASE", "JSTF", "DSIG", "vhea", "vmtx", "GDEF")


def convert(source: Path, target: Path) -> None:
    font = TTCollection(str(source)).fonts[FACE]
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = {}
    for name in glyf.glyphOrder:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font["maxp"].tableVersion = 0x00010000
    for attr in [
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ]:
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxZones = 1
    font["head"].indexToLocFormat = 1
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: smaller
    font.sfntVersion = "\x00\x01\x00\x00"
    for tag in DROP:
        if tag in font:
            del font[tag]
    font.save(str(target))


def main(out: str) -> None:
    folder = Path(out)
    for weight in ("Regular", "Bold"):
        target = folder / f"NotoSansCJKsc-{weight}.ttf"
        convert(SOURCE / f"NotoSansCJK-{weight}.ttc", target)
        print(f"wrote {target} ({target.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "resources/fonts")
