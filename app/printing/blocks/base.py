"""The shared parts of every block: a style, a piece of known height, one line of text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from reportlab.lib.units import mm

from app.printing.bidi_text import Line
from app.printing.surface import LEADING, Align, Surface, baseline_below

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
    keep_with_previous: bool = False  # signatures never stand alone on a page
    optional: bool = False  # left out where that keeps what follows on the page

    def draw(self, surface: Surface, left: float, top: float, width: float) -> None:
        self.paint(surface, left, top, width)


def _line_piece(line: Line, style: Style, scale: float, bold: bool, align: Align) -> Drawn:
    size = style.size * scale

    def paint(s: Surface, left: float, top: float, width: float) -> None:
        s.text(line, left, left + width, baseline_below(top, size), size=size, bold=bold,
               align=align)
    return Drawn(style.leading(scale), paint)
