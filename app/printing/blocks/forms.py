"""What a person fills in by hand: signatures, note lines, checklists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

from app.printing.bidi_text import width as text_width
from app.printing.blocks.base import GUTTER, Drawn, Piece, Style
from app.printing.blocks.text import Stretch
from app.printing.fonts import font_name
from app.printing.surface import Surface, baseline_below


@dataclass(frozen=True)
class Signatures:
    captions: Sequence[str]
    space: float = 12 * mm

    def pieces(self, style: Style, width: float) -> list[Piece]:
        size = style.size * 0.9
        gap = 6 * mm
        count = len(self.captions)
        each = (width - gap * (count - 1)) / count

        def paint(s: Surface, left: float, top: float, w: float) -> None:
            order = list(reversed(self.captions)) if s.rtl else list(self.captions)
            for i, caption in enumerate(order):
                x = left + i * (each + gap)
                line_y = top - self.space
                s.line(x, line_y, x + each, line_y, weight=0.5, dash=True)
                s.text(caption, x, x + each, baseline_below(line_y - 0.5 * mm, size), size=size,
                       align="center", rtl=s.rtl)
        return [Drawn(self.space + style.leading(0.9) + 0.5 * mm, paint, keep_with_previous=True)]


@dataclass(frozen=True)
class NoteLines:
    """Ruled lines to write on: ``count``, then as many as the page still holds. Past the first,
    a line gives way where it would push what follows (the signature) onto a page alone."""

    count: int
    pitch: float = 7 * mm

    def pieces(self, style: Style, width: float) -> list[Piece]:
        def rule(s: Surface, left: float, top: float, w: float) -> None:
            s.line(left, top - self.pitch + 1 * mm, left + w, top - self.pitch + 1 * mm,
                   weight=0.3, dash=True)

        def more(s: Surface, left: float, top: float, w: float, room: float) -> None:
            for i in range(int(room // self.pitch)):
                rule(s, left, top - i * self.pitch, w)
        return [*(Drawn(self.pitch, rule, optional=i > 0) for i in range(self.count)),
                Stretch(more)]


@dataclass(frozen=True)
class Checklist:
    """Each condition item as noted at intake, with an empty box to tick after the repair."""

    rows: Sequence[tuple[str, str]]

    def pieces(self, style: Style, width: float) -> list[Piece]:
        box = style.size * 0.95
        widest = max((text_width(item, font_name(), style.size) for item, _ in self.rows),
                      default=0.0)
        item_w = min(box + 2 * mm + widest + GUTTER, width / 2)
        return [Drawn(style.leading() + 0.6 * mm, self._painter(style, item, noted, box, item_w))
                for item, noted in self.rows]

    @staticmethod
    def _painter(style: Style, item: str, noted: str, box: float,
                 item_w: float) -> Callable[[Surface, float, float, float], None]:
        def paint(s: Surface, left: float, top: float, width: float) -> None:
            base = baseline_below(top, style.size)
            if s.rtl:
                s.rect(left + width - box, base - 0.15 * box, box, box)
                s.text(item, left + width - item_w, left + width - box - 2 * mm, base,
                       size=style.size, rtl=True)
                s.text(noted, left, left + width - item_w, base, size=style.size, bold=True,
                       rtl=True)
            else:
                s.rect(left, base - 0.15 * box, box, box)
                s.text(item, left + box + 2 * mm, left + item_w, base, size=style.size,
                       rtl=False)
                s.text(noted, left + item_w, left + width, base, size=style.size, bold=True,
                       rtl=False)
        return paint
