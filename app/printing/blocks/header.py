"""The shop's header on every paper."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm

from app.printing.bidi_text import lay_out
from app.printing.blocks.base import Drawn, Piece, Style
from app.printing.blocks.text import Paragraph, Rule
from app.printing.fonts import font_name
from app.printing.surface import Surface, baseline_below


@dataclass(frozen=True)
class Header:
    """The shop: logo, name, address and phone; centred on a roll, beside the title on a sheet."""

    name: str
    lines: Sequence[str]
    title: str
    logo: Path | None = None
    centred: bool = True
    subtitle: str = ""
    logo_side: float = 14 * mm

    def pieces(self, style: Style, width: float) -> list[Piece]:
        if self.centred:
            out: list[Piece] = []
            if self.logo:
                out.append(Drawn(self.logo_side + 1.5 * mm, self._logo_painter(centred=True)))
            out += Paragraph(self.name, 1.35, bold=True, align="center").pieces(style, width)
            for line in self.lines:
                out += Paragraph(line, 0.9, align="center").pieces(style, width)
            out += Rule().pieces(style, width)
            out += Paragraph(self.title, 1.2, bold=True, align="center").pieces(style, width)
            if self.subtitle:
                out += Paragraph(self.subtitle, 0.9, align="center").pieces(style, width)
            return out
        return self._side_by_side(style, width)

    def _side_by_side(self, style: Style, width: float) -> list[Piece]:
        logo_w = self.logo_side + 3 * mm if self.logo else 0.0
        title_w = width * 0.38
        shop_w = width - title_w - logo_w
        paper = style.rtl
        name = lay_out(self.name, font_name(bold=True), style.size * 1.4, shop_w, default=paper)
        details = [ln for line in self.lines
                   for ln in lay_out(line, font_name(), style.size * 0.9, shop_w, default=paper)]
        titles = lay_out(self.title, font_name(bold=True), style.size * 1.5, title_w,
                         default=paper, rtl=paper)
        subtitle = (lay_out(self.subtitle, font_name(), style.size, title_w, default=paper,
                            rtl=paper) if self.subtitle else [])
        shop_h = len(name) * style.leading(1.4) + len(details) * style.leading(0.9)
        title_h = len(titles) * style.leading(1.5) + len(subtitle) * style.leading()
        height = max(shop_h, title_h, self.logo_side if self.logo else 0.0) + 1.5 * mm
        logo_painter = self._logo_painter(centred=False)

        def paint(s: Surface, left: float, top: float, w: float) -> None:
            if s.rtl:
                shop_right, title_left = left + w - logo_w, left
            else:
                shop_right, title_left = left + logo_w + shop_w, left + shop_w + logo_w
            y = top
            for line in name:
                s.text(line, shop_right - shop_w, shop_right, baseline_below(y, style.size * 1.4),
                       size=style.size * 1.4, bold=True)
                y -= style.leading(1.4)
            for line in details:
                s.text(line, shop_right - shop_w, shop_right, baseline_below(y, style.size * 0.9),
                       size=style.size * 0.9)
                y -= style.leading(0.9)
            y = top
            for line in titles:
                s.text(line, title_left, title_left + title_w, baseline_below(y, style.size * 1.5),
                       size=style.size * 1.5, bold=True, align="end")
                y -= style.leading(1.5)
            for line in subtitle:
                s.text(line, title_left, title_left + title_w, baseline_below(y, style.size),
                       size=style.size, align="end")
                y -= style.leading()
            if self.logo:
                logo_painter(s, left, top, w)
            s.line(left, top - height + 0.5 * mm, left + w, top - height + 0.5 * mm, weight=0.8)
        return [Drawn(height + 1.5 * mm, paint)]

    def _logo_painter(self, *, centred: bool) -> Callable[[Surface, float, float, float], None]:
        side = self.logo_side

        def paint(s: Surface, left: float, top: float, w: float) -> None:
            if self.logo is None:
                return
            x = left + (w - side) / 2 if centred else left + w - side if s.rtl else left
            s.image(str(self.logo), x, top - side, side, side)
        return paint
