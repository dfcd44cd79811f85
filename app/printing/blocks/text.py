"""Paragraphs, spaces, rules and the stretch that fills a thermal roll's end."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.units import mm

from app.printing.bidi_text import lay_out
from app.printing.blocks.base import Drawn, Piece, Style, _line_piece
from app.printing.fonts import font_name
from app.printing.surface import Align, Surface


@dataclass(frozen=True)
class Paragraph:
    text: str
    scale: float = 1.0
    bold: bool = False
    align: Align = "start"
    heading: bool = False  # kept on the page of what follows it

    def pieces(self, style: Style, width: float) -> list[Piece]:
        font = font_name(bold=self.bold)
        lines = lay_out(self.text, font, style.size * self.scale, width, default=style.rtl)
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
