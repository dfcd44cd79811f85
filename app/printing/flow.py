"""Blocks onto pages: flowed over A5/A4 pages with a page footer, or one roll page as long as
the content."""

from __future__ import annotations

import datetime as dt
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
    """The PDF's properties and the page footer."""

    title: str
    footer: Callable[[int, int], str]  # page number, page count -> footer text
    author: str  # the shop
    created: dt.datetime  # when it was rendered, with its offset from UTC


def _canvas(buf: io.BytesIO, width: float, height: float, meta: Meta) -> Canvas:
    """A canvas whose PDF depends only on what is drawn and on meta: invariant, so that one
    paper rendered twice gives the same bytes, but with the real author and time."""
    register_fonts()
    canvas = Canvas(buf, pagesize=(width, height), invariant=True)
    canvas.setTitle(meta.title)
    canvas.setAuthor(meta.author)
    canvas.setCreator(f"Tamirgah · {meta.author}")
    canvas.setDateFormatter(lambda *_ignored: pdf_date(meta.created))
    return canvas


def pdf_date(moment: dt.datetime) -> str:
    """A PDF date string, D:YYYYMMDDHHmmSS+HH'mm' (a naive time is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    offset = moment.utcoffset() or dt.timedelta()
    minutes = int(abs(offset).total_seconds()) // 60
    sign = "-" if offset < dt.timedelta() else "+"
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


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
    """Pieces onto pages of height room. A heading goes with what follows it; an optional piece
    (a spare note line) that does not fit is left out; a piece kept with the previous one
    (signatures) first makes room by leaving out optional pieces, else takes the piece before
    it (and a heading before that) to the next page."""
    pages: list[list[Piece]] = [[]]
    used = 0.0
    for index, piece in enumerate(pieces):
        needed = piece.height
        if getattr(piece, "keep_with_next", False) and index + 1 < len(pieces):
            needed += pieces[index + 1].height
        if used + needed > room and pages[-1]:
            if getattr(piece, "optional", False):
                continue  # a spare line to write on never starts a page
            carried: list[Piece] = []
            if getattr(piece, "keep_with_previous", False):
                if _leave_out_optional(pages[-1], used + needed - room):
                    used = sum(p.height for p in pages[-1])
                    pages[-1].append(piece)
                    used += piece.height
                    continue
                carried = _carried(pages[-1])
            pages.append([])
            used = 0.0
            first = carried[0] if carried else piece
            header = getattr(first, "header", None)
            if header is not None:
                pages[-1].append(header)
                used += header.height
            pages[-1].extend(carried)
            used += sum(p.height for p in carried)
        pages[-1].append(piece)
        used += piece.height
    return pages


def _leave_out_optional(page: list[Piece], excess: float) -> bool:
    """Takes optional pieces off the page, last first, if that frees excess; else leaves it."""
    optional = [i for i, p in enumerate(page) if getattr(p, "optional", False)]
    freed, chosen = 0.0, []
    for i in reversed(optional):
        if freed >= excess:
            break
        freed += page[i].height
        chosen.append(i)
    if freed < excess:
        return False
    for i in chosen:  # descending, so the indexes stay right
        del page[i]
    return True


def _carried(page: list[Piece]) -> list[Piece]:
    """The last piece with height on the page and the headings before it, taken off the page
    to go with the piece that must not start a page alone; never the whole page."""
    cut = len(page)
    while cut > 0 and page[cut - 1].height == 0:
        cut -= 1
    if cut == 0:
        return []
    cut -= 1
    while cut > 0 and getattr(page[cut - 1], "keep_with_next", False):
        cut -= 1
    if cut == 0:
        return []
    carried = page[cut:]
    del page[cut:]
    return carried


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
                         paper.margin + size * 0.6, size=size, align="center", rtl=rtl)
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
