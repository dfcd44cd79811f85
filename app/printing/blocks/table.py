"""Tables with columns that keep amounts aligned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

from app.printing.bidi_text import wrap
from app.printing.blocks.base import Drawn, Piece, Style
from app.printing.fonts import font_name
from app.printing.surface import Align, Surface, baseline_below


@dataclass(frozen=True)
class Column:
    title: str
    share: float
    align: Align = "start"
    numeric: bool = False  # digits run left to right, so amounts line up on the right


@dataclass(frozen=True)
class Table:
    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    show_header: bool = True
    bold_rows: frozenset[int] = frozenset()

    def pieces(self, style: Style, width: float) -> list[Piece]:
        spans = self._spans(style.rtl, width)
        header = None
        out: list[Piece] = []
        if self.show_header:
            header = self._row([c.title for c in self.columns], spans, style, bold=True,
                               ruled=True)
            out.append(header)
        for index, row in enumerate(self.rows):
            piece = self._row(list(row), spans, style, bold=index in self.bold_rows,
                              ruled=False)
            piece.header = header
            out.append(piece)
        return out

    def _spans(self, rtl: bool, width: float) -> list[tuple[float, float]]:
        total = sum(c.share for c in self.columns)
        spans = []
        x = width if rtl else 0.0
        for column in self.columns:
            w = width * column.share / total
            spans.append((x - w, x) if rtl else (x, x + w))
            x = x - w if rtl else x + w
        return spans

    def _row(self, cells: list[str], spans: list[tuple[float, float]], style: Style, *,
             bold: bool, ruled: bool) -> Drawn:
        pad = 1.2 * mm
        font = font_name(bold=bold)
        wrapped = [wrap(text, font, style.size, (b - a) - 2 * pad)
                   for text, (a, b) in zip(cells, spans, strict=True)]
        height = max(len(lines) for lines in wrapped) * style.leading() + (1 * mm if ruled
                                                                           else 0)

        def paint(s: Surface, left: float, top: float, width: float) -> None:
            for column, lines, (a, b) in zip(self.columns, wrapped, spans, strict=True):
                align: Align = "right" if column.numeric else column.align
                for i, line in enumerate(lines):
                    s.text(line, left + a + pad, left + b - pad,
                           baseline_below(top - i * style.leading(), style.size),
                           size=style.size, bold=bold, align=align)
            if ruled:
                s.line(left, top - height + 0.5 * mm, left + width, top - height + 0.5 * mm,
                       weight=0.4)
        return Drawn(height, paint)
