"""The job's barcode and QR code."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from app.printing.blocks.base import Drawn, Piece, Style
from app.printing.surface import Surface, code128_width


@dataclass(frozen=True)
class Codes:
    """The job number as a Code128 barcode, and beside it or under it a QR code."""

    value: str
    bar_height: float = 11 * mm
    qr_side: float = 0.0

    def pieces(self, style: Style, width: float) -> list[Piece]:
        bars = min(code128_width(self.value), width)
        gap = 3 * mm
        side = self.qr_side
        beside = bool(side) and bars + gap + side <= width
        height = (max(self.bar_height, side) if beside
                  else self.bar_height + (gap + side if side else 0))

        def paint(s: Surface, left: float, top: float, w: float) -> None:
            if beside:
                x = left + (w - bars - gap - side) / 2
                bars_x, qr_x = (x + side + gap, x) if s.rtl else (x, x + bars + gap)
                s.barcode(self.value, bars_x, top - (height + self.bar_height) / 2,
                          bar_height=self.bar_height, max_width=bars)
                s.qr(self.value, qr_x, top - height, side)
                return
            s.barcode(self.value, left + (w - bars) / 2, top - self.bar_height,
                      bar_height=self.bar_height, max_width=bars)
            if side:
                s.qr(self.value, left + (w - side) / 2, top - height, side)
        return [Drawn(height + 1 * mm, paint)]
