"""An unlock pattern drawn as its 3x3 grid."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm

from app.printing.blocks.base import Drawn, Piece, Style
from app.printing.surface import Surface


@dataclass(frozen=True)
class UnlockPattern:
    """The unlock pattern as a path over a 3×3 grid: a ring marks the start, numbers the order."""

    pattern: str
    digits: Callable[[str], str] = str
    side: float = 30 * mm

    def pieces(self, style: Style, width: float) -> list[Piece]:
        points = [int(p) for p in self.pattern.split("-")] if self.pattern else []

        def paint(s: Surface, left: float, top: float, w: float) -> None:
            x0 = left + w - self.side if s.rtl else left
            step = self.side / 3

            def centre(point: int) -> tuple[float, float]:
                row, col = divmod(point - 1, 3)
                return x0 + step * (col + 0.5), top - step * (row + 0.5)

            canvas = s.canvas
            canvas.saveState()
            canvas.setStrokeGray(0.55)
            canvas.setFillGray(0.55)
            s.rect(x0, top - self.side, self.side, self.side, weight=0.4)
            for point in range(1, 10):
                s.circle(*centre(point), 0.9 * mm, fill=True)
            canvas.setStrokeGray(0)
            canvas.setFillGray(0)
            canvas.setLineWidth(1.6)
            canvas.setLineCap(1)
            canvas.setLineJoin(1)
            for a, b in itertools.pairwise(points):
                canvas.line(*centre(a), *centre(b))
            if points:
                canvas.setLineWidth(1)
                s.circle(*centre(points[0]), 2.6 * mm, fill=False)
            size = style.size * 0.75
            for order, point in enumerate(points, start=1):
                cx, cy = centre(point)
                s.text(self.digits(str(order)), cx + 1.4 * mm, cx + 1.4 * mm + size, cy + 1.3 * mm,
                       size=size, bold=True, align="left")
            canvas.restoreState()
        return [Drawn(self.side + 1 * mm, paint)]
