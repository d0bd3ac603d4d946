"""A QR code drawn as filled rectangles: no fonts (nothing unembedded slips in), sharp at any
printer resolution, and cheap: one literal path of module runs instead of one call per module.

The code carries an ECI designator for UTF-8 (segno's ``eci=True``): without it a reader assumes
ISO-8859-1 or guesses, and a common one decoded "próxima" as "pr籀xima".
"""

from __future__ import annotations

import functools

import segno
from reportlab.platypus import Flowable


@functools.lru_cache(maxsize=64)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The modules of ``data``'s QR code (quiet zone included); a pure function, so cached:
    a reprint of the same sheet does not search for the best mask again."""
    code = segno.make_qr(data, error="m", boost_error=False, encoding="utf-8", eci=True)
    return tuple(tuple(bool(m) for m in row) for row in code.matrix_iter(border=2))


@functools.lru_cache(maxsize=64)
def runs_path(matrix: tuple[tuple[bool, ...], ...]) -> str:
    """PDF path operators (``x y w h re``) for each horizontal run of dark modules, one unit
    per module, origin at the bottom left; filled once with ``f``."""
    size = len(matrix)
    ops = []
    for row, line in enumerate(matrix):
        y = size - row - 1
        col = 0
        while col < size:
            if not line[col]:
                col += 1
                continue
            start = col
            while col < size and line[col]:
                col += 1
            ops.append(f"{start} {y} {col - start} 1 re")
    ops.append("f")
    return "\n".join(ops)


class QrFlowable(Flowable):
    """``data`` as a square QR code ``size`` points wide."""

    def __init__(self, data: str, size: float) -> None:
        super().__init__()
        self.matrix = qr_matrix(data)
        self.size = size
        self.width = self.height = size

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        cell = self.size / len(self.matrix)
        canvas.scale(cell, cell)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.addLiteral(runs_path(self.matrix))
        canvas.restoreState()
