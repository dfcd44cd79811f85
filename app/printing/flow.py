"""Blocks onto pages: flowed over A5/A4 pages with a page footer, or one roll page as long as
the content."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.printing.blocks import Block, Piece, Stretch, Style
from app.printing.fonts import register_fonts
from app.printing.papers import Paper
from app.printing.surface import Box, Surface


@dataclass(frozen=True)
class Rendered:
    pdf: bytes
    boxes: list[Box]
    pages: list[tuple[float, float]]  # width and height of each page, in points
    margin: float
    paper: Paper

    @property
    def page_count(self) -> int:
        return len(self.pages)


@dataclass(frozen=True)
class Meta:
    title: str
    footer: Callable[[int, int], str]  # page number, page count -> footer text


def _canvas(buf: io.BytesIO, width: float, height: float, meta: Meta) -> Canvas:
    register_fonts()
    canvas = Canvas(buf, pagesize=(width, height), invariant=True)
    canvas.setTitle(meta.title)
    canvas.setCreator("Tamirgah")
    return canvas


def render_flow(blocks: Sequence[Block], paper: Paper, rtl: bool, meta: Meta) -> Rendered:
    style = Style(rtl=rtl, size=paper.body_size)
    width = paper.width - 2 * paper.margin
    pieces = [piece for block in blocks for piece in block.pieces(style, width)]
    if paper.height is None:
        height = sum(p.height for p in pieces) + 2 * paper.margin
        return _draw([pieces], paper, paper.width, height, rtl, meta, footer=0.0)
    footer = style.leading(0.85) + 1 * mm
    room = paper.height - 2 * paper.margin - footer
    return _draw(_paginate(pieces, room), paper, paper.width, paper.height, rtl, meta, footer)


def _paginate(pieces: list[Piece], room: float) -> list[list[Piece]]:
    pages: list[list[Piece]] = [[]]
    used = 0.0
    for index, piece in enumerate(pieces):
        needed = piece.height
        if getattr(piece, "keep_with_next", False) and index + 1 < len(pieces):
            needed += pieces[index + 1].height
        if used + needed > room and pages[-1]:
            pages.append([])
            used = 0.0
            header = getattr(piece, "header", None)
            if header is not None:
                pages[-1].append(header)
                used += header.height
        pages[-1].append(piece)
        used += piece.height
    return pages


def _draw(pages: list[list[Piece]], paper: Paper, width: float, height: float, rtl: bool,
          meta: Meta, footer: float) -> Rendered:
    buf = io.BytesIO()
    surface = Surface(_canvas(buf, width, height, meta), rtl)
    inner = width - 2 * paper.margin
    for number, pieces in enumerate(pages, start=1):
        top = height - paper.margin
        spare = max(0.0, top - paper.margin - footer - sum(p.height for p in pieces))
        for piece in pieces:
            if isinstance(piece, Stretch):
                piece.fill(surface, paper.margin, top, inner, spare)
                top -= spare
                continue
            piece.draw(surface, paper.margin, top, inner)
            top -= piece.height
        if footer:
            size = paper.body_size * 0.8
            surface.text(meta.footer(number, len(pages)), paper.margin, width - paper.margin,
                         paper.margin + size * 0.6, size=size, align="center")
        if number < len(pages):
            surface.next_page()
    surface.canvas.save()
    return Rendered(buf.getvalue(), surface.boxes, [(width, height)] * len(pages),
                    paper.margin, paper)


def render_fixed(pages: Sequence[Callable[[Surface], None]], paper: Paper, rtl: bool,
                 meta: Meta) -> Rendered:
    """Pages laid out by hand (labels): each function draws one whole page."""
    assert paper.height is not None
    buf = io.BytesIO()
    surface = Surface(_canvas(buf, paper.width, paper.height, meta), rtl)
    for number, draw in enumerate(pages, start=1):
        draw(surface)
        if number < len(pages):
            surface.next_page()
    surface.canvas.save()
    return Rendered(buf.getvalue(), surface.boxes, [(paper.width, paper.height)] * len(pages),
                    paper.margin, paper)
