"""Tables with columns that keep amounts aligned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm

from app.printing.bidi_text import lay_out
from app.printing.bidi_text import width as text_width
from app.printing.blocks.base import Drawn, Piece, Style
from app.printing.fonts import font_name
from app.printing.surface import Align, Surface, baseline_below


@dataclass(frozen=True)
class Column:
    title: str
    share: float
    align: Align = "start"
    numeric: bool = False  # digits run left to right, so amounts line up on the right


PAD = 1.2 * mm  # between a cell's text and its neighbours


@dataclass(frozen=True)
class Table:
    """Rows under column titles; a row moving to a new page takes the titles with it.

    A numeric column is widened, where the others can spare the room, so that no amount (with
    its unit) is broken over two lines.
    """

    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    show_header: bool = True
    bold_rows: frozenset[int] = frozenset()

    def pieces(self, style: Style, width: float) -> list[Piece]:
        spans = self._spans(style.rtl, self._widths(style, width))
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

    def _widths(self, style: Style, width: float) -> list[float]:
        total = sum(c.share for c in self.columns)
        widths = [width * c.share / total for c in self.columns]
        cells = [[(row[i], index in self.bold_rows) for index, row in enumerate(self.rows)]
                 for i in range(len(self.columns))]

        def widest(i: int, *, words: bool) -> float:
            title = self.columns[i].title if self.show_header else ""
            texts = [(title, True), *cells[i]]
            if words:
                texts = [(word, bold) for text, bold in texts for word in text.split()]
            return max((text_width(text, font_name(bold=bold), style.size) + 2 * PAD + 0.1
                        for text, bold in texts), default=0.0)

        short = {i: widest(i, words=False) - widths[i] for i, c in enumerate(self.columns)
                 if c.numeric and widest(i, words=False) > widths[i]}
        if not short:
            return widths
        others = [i for i, c in enumerate(self.columns) if not c.numeric]
        for words in (False, True):  # first room no cell needs, then room a wrap can give
            wanted = sum(short.values())
            spare = {i: max(0.0, widths[i] - widest(i, words=words)) for i in others}
            given = min(wanted, sum(spare.values()))
            if given <= 0:
                continue
            for i in others:
                widths[i] -= given * spare[i] / sum(spare.values())
            for i in short:
                widths[i] += given * short[i] / wanted
                short[i] -= given * short[i] / wanted
        return widths

    @staticmethod
    def _spans(rtl: bool, widths: list[float]) -> list[tuple[float, float]]:
        spans = []
        x = sum(widths) if rtl else 0.0
        for w in widths:
            spans.append((x - w, x) if rtl else (x, x + w))
            x = x - w if rtl else x + w
        return spans

    def _row(self, cells: list[str], spans: list[tuple[float, float]], style: Style, *,
             bold: bool, ruled: bool) -> Drawn:
        pad = PAD
        font = font_name(bold=bold)
        paper = style.rtl if ruled else None  # titles are the app's; cells have their own
        wrapped = [lay_out(text, font, style.size, (b - a) - 2 * pad, default=style.rtl,
                           rtl=paper)
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
