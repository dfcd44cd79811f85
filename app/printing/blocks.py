"""The building blocks of a paper. A block cuts itself into pieces of known height, so a
paper flows over pages (A5, A4) or sets the length of a thermal roll (80 mm) from them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from reportlab.lib.units import mm

from app.printing.bidi_text import width as text_width
from app.printing.bidi_text import wrap
from app.printing.fonts import font_name
from app.printing.surface import LEADING, Align, Surface, baseline_below, code128_width

GUTTER = 2.5 * mm  # between a label and its value


@dataclass(frozen=True)
class Style:
    rtl: bool
    size: float  # the body text size in points for this paper

    def leading(self, scale: float = 1.0) -> float:
        return self.size * scale * LEADING


class Piece(Protocol):
    height: float

    def draw(self, surface: Surface, left: float, top: float, width: float) -> None: ...


class Block(Protocol):
    def pieces(self, style: Style, width: float) -> list[Piece]: ...


@dataclass
class Drawn:
    """A piece that draws itself with a function: for things that are never split."""

    height: float
    paint: Callable[[Surface, float, float, float], None]
    header: Piece | None = None  # drawn again at the top of a new page (a table's titles)
    keep_with_next: bool = False  # a heading never ends a page

    def draw(self, surface: Surface, left: float, top: float, width: float) -> None:
        self.paint(surface, left, top, width)


def _line_piece(line: str, style: Style, scale: float, bold: bool, align: Align) -> Drawn:
    size = style.size * scale

    def paint(s: Surface, left: float, top: float, width: float) -> None:
        s.text(line, left, left + width, baseline_below(top, size), size=size, bold=bold,
               align=align)
    return Drawn(style.leading(scale), paint)


@dataclass(frozen=True)
class Paragraph:
    text: str
    scale: float = 1.0
    bold: bool = False
    align: Align = "start"
    heading: bool = False  # kept on the page of what follows it

    def pieces(self, style: Style, width: float) -> list[Piece]:
        font = font_name(bold=self.bold)
        lines = wrap(self.text, font, style.size * self.scale, width)
        pieces = [_line_piece(line, style, self.scale, self.bold, self.align) for line in lines]
        for piece in pieces:
            piece.keep_with_next = self.heading
        return list(pieces)


@dataclass(frozen=True)
class Space:
    height: float

    def pieces(self, style: Style, width: float) -> list[Piece]:
        return [Drawn(self.height, lambda s, left, top, w: None)]


@dataclass(frozen=True)
class Rule:
    dashed: bool = False
    gap: float = 1.5 * mm

    def pieces(self, style: Style, width: float) -> list[Piece]:
        def paint(s: Surface, left: float, top: float, w: float) -> None:
            s.line(left, top - self.gap, left + w, top - self.gap, dash=self.dashed)
        return [Drawn(2 * self.gap, paint)]


@dataclass(frozen=True)
class Fields:
    """Label: value rows; the label column on the reading side, values wrapping beside it.

    Rows without a value are left out. One share for a whole paper keeps its columns aligned;
    a label longer than its column wraps.
    """

    rows: Sequence[tuple[str, str]]
    label_share: float

    def pieces(self, style: Style, width: float) -> list[Piece]:
        rows = [(label, value) for label, value in self.rows if value]
        bold = font_name(bold=True)
        label_width = width * self.label_share
        value_width = width - label_width - GUTTER
        out: list[Piece] = []
        for label, value in rows:
            labels = wrap(label, bold, style.size, label_width)
            values = wrap(value, font_name(), style.size, value_width)
            for i in range(max(len(labels), len(values))):
                out.append(Drawn(style.leading(), self._painter(
                    style, labels[i] if i < len(labels) else "",
                    values[i] if i < len(values) else "", label_width)))
        return out

    @staticmethod
    def _painter(style: Style, label: str, line: str,
                 label_width: float) -> Callable[[Surface, float, float, float], None]:
        def paint(s: Surface, left: float, top: float, width: float) -> None:
            base = baseline_below(top, style.size)
            if s.rtl:
                s.text(label, left + width - label_width, left + width, base, size=style.size,
                       bold=True)
                s.text(line, left, left + width - label_width - GUTTER, base, size=style.size)
            else:
                s.text(label, left, left + label_width, base, size=style.size, bold=True)
                s.text(line, left + label_width + GUTTER, left + width, base, size=style.size)
        return paint


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
                       align="center")
        return [Drawn(self.space + style.leading(0.9) + 0.5 * mm, paint)]


@dataclass
class Stretch:
    """A piece that takes whatever room its page has left (none on a roll)."""

    paint: Callable[[Surface, float, float, float, float], None]
    height: float = 0.0

    def draw(self, surface: Surface, left: float, top: float, width: float) -> None:
        self.fill(surface, left, top, width, self.height)

    def fill(self, surface: Surface, left: float, top: float, width: float,
             room: float) -> None:
        self.paint(surface, left, top, width, room)


@dataclass(frozen=True)
class NoteLines:
    """Ruled lines to write on: at least ``count``, then as many as the page still holds."""

    count: int
    pitch: float = 7 * mm

    def pieces(self, style: Style, width: float) -> list[Piece]:
        def rule(s: Surface, left: float, top: float, w: float) -> None:
            s.line(left, top - self.pitch + 1 * mm, left + w, top - self.pitch + 1 * mm,
                   weight=0.3, dash=True)

        def more(s: Surface, left: float, top: float, w: float, room: float) -> None:
            for i in range(int(room // self.pitch)):
                rule(s, left, top - i * self.pitch, w)
        return [*(Drawn(self.pitch, rule) for _ in range(self.count)), Stretch(more)]


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
                       size=style.size)
                s.text(noted, left, left + width - item_w, base, size=style.size, bold=True)
            else:
                s.rect(left, base - 0.15 * box, box, box)
                s.text(item, left + box + 2 * mm, left + item_w, base, size=style.size)
                s.text(noted, left + item_w, left + width, base, size=style.size, bold=True)
        return paint


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
        name = wrap(self.name, font_name(bold=True), style.size * 1.4, shop_w)
        details = [ln for line in self.lines for ln in wrap(line, font_name(), style.size * 0.9,
                                                               shop_w)]
        titles = wrap(self.title, font_name(bold=True), style.size * 1.5, title_w)
        subtitle = wrap(self.subtitle, font_name(), style.size, title_w) if self.subtitle else []
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
