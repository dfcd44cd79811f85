"""A reportlab canvas that remembers the box of everything drawn on it.

The boxes let tests prove that nothing is drawn outside the margins and nothing overlaps,
without reading pixels.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing, qrencoder
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from app.printing.bidi_text import Line, plain, single, width
from app.printing.fonts import font_name, vertical_metrics

Align = Literal["start", "end", "center", "left", "right"]
LEADING = 1.6  # Vazirmatn's ascent + descent is 1.56 of the size; lines never touch
# Two dots of a 203 dpi thermal head, three of a 300 dpi one: every bar prints the same width.
BAR_MODULE: float = 0.25 * mm
QR_QUIET = 4  # modules of white around a QR code, as the standard asks


def baseline_below(top: float, size: float, *, bold: bool = False) -> float:
    """The baseline of a line whose box of LEADING × size starts at top, glyphs centred in it."""
    ascent, descent = vertical_metrics(font_name(bold=bold))
    return top - size * (ascent + (LEADING - ascent - descent) / 2)


@dataclass(frozen=True)
class Box:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    kind: str
    text: str = ""

    def overlaps(self, other: Box, tolerance: float = 0.01) -> bool:
        return (self.page == other.page
                and self.x0 < other.x1 - tolerance and other.x0 < self.x1 - tolerance
                and self.y0 < other.y1 - tolerance and other.y0 < self.y1 - tolerance)


@dataclass
class Surface:
    canvas: Canvas
    rtl: bool
    page: int = 1
    boxes: list[Box] = field(default_factory=list)

    def physical(self, align: Align, rtl: bool | None = None) -> Literal["left", "right",
                                                                         "center"]:
        """Where a line aligned to align sits: start and end are those of rtl (a paragraph's own
        direction), or of the paper."""
        rtl = self.rtl if rtl is None else rtl
        if align == "start":
            return "right" if rtl else "left"
        if align == "end":
            return "left" if rtl else "right"
        return align

    def text(self, line: str | Line, left: float, right: float, baseline: float, *,
             size: float, bold: bool = False, align: Align = "start",
             rtl: bool | None = None) -> float:
        """Draw one line between left and right; returns its width.

        A Line comes laid out with its paragraph; a bare string is a paragraph of its own, in
        direction rtl, else its own (the first strong letter), else the paper's.
        """
        if isinstance(line, str):
            line = single(line, rtl, default=self.rtl)
        if not line.text.strip():
            return 0.0
        font = font_name(bold=bold)
        w = width(line.text, font, size)
        side = self.physical(align, line.rtl)
        x = left if side == "left" else right - w if side == "right" else (left + right - w) / 2
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, baseline, line.shown)
        ascent, descent = vertical_metrics(font)
        self.boxes.append(Box(self.page, x, baseline - descent * size, x + w,
                              baseline + ascent * size, "text", plain(line.text)))
        return w

    def barcode(self, value: str, x: float, y: float, *, bar_height: float,
                max_width: float) -> float:
        """A Code128 of value with its quiet zones, narrowed only if it must; returns width.

        Its left edge sits on the module grid, so at printer resolution bars fall on dots.
        """
        module = BAR_MODULE
        drawing = _code128(value, module, bar_height)
        if drawing.width > max_width:
            module *= max_width / drawing.width
            drawing = _code128(value, module, bar_height)
        x = math.ceil(x / module - 1e-6) * module
        self._place(drawing, x, y, "barcode", value)
        return float(drawing.width)

    def qr(self, value: str, x: float, y: float, side: float) -> None:
        """A QR code with its 4-module quiet zone, drawn as one filled path per dark run."""
        modules = qr_modules(value)
        count = len(modules) + 2 * QR_QUIET
        box = side / count
        path = self.canvas.beginPath()
        for r, row in enumerate(modules):
            top = y + side - (r + QR_QUIET) * box
            c = 0
            for dark, run in itertools.groupby(row):
                length = len(list(run))
                if dark:
                    path.rect(x + (c + QR_QUIET) * box, top - box, length * box, box)
                c += length
        self.canvas.drawPath(path, stroke=0, fill=1)
        self.boxes.append(Box(self.page, x, y, x + side, y + side, "qr", value))

    def image(self, path: str, x: float, y: float, w: float, h: float) -> None:
        self.canvas.drawImage(ImageReader(path), x, y, w, h, preserveAspectRatio=True,
                              anchor="c", mask="auto")
        self.boxes.append(Box(self.page, x, y, x + w, y + h, "image", path))

    def line(self, x0: float, y0: float, x1: float, y1: float, *, weight: float = 0.5,
             dash: bool = False) -> None:
        self.canvas.setLineWidth(weight)
        self.canvas.setDash(1.5, 1.5) if dash else self.canvas.setDash()
        self.canvas.line(x0, y0, x1, y1)
        self.canvas.setDash()
        self.boxes.append(Box(self.page, min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1),
                              "line"))

    def rect(self, x: float, y: float, w: float, h: float, *, weight: float = 0.6,
             fill: bool = False) -> None:
        self.canvas.setLineWidth(weight)
        self.canvas.rect(x, y, w, h, stroke=1, fill=1 if fill else 0)
        self.boxes.append(Box(self.page, x, y, x + w, y + h, "shape"))

    def circle(self, cx: float, cy: float, r: float, *, fill: bool) -> None:
        self.canvas.circle(cx, cy, r, stroke=1, fill=1 if fill else 0)
        self.boxes.append(Box(self.page, cx - r, cy - r, cx + r, cy + r, "shape"))

    def next_page(self) -> None:
        self.canvas.showPage()
        self.page += 1

    def _place(self, drawing: Drawing, x: float, y: float, kind: str, value: str) -> None:
        renderPDF.draw(drawing, self.canvas, x, y)
        self.boxes.append(Box(self.page, x, y, x + drawing.width, y + drawing.height, kind,
                              value))


@lru_cache(maxsize=64)
def qr_modules(value: str) -> tuple[tuple[bool, ...], ...]:
    """The QR matrix (error correction M, smallest version that holds value), worked out once
    per value: encoding is most of a receipt's render time."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(value)
    code.make()
    return tuple(tuple(bool(m) for m in row) for row in code.modules)


def _code128(value: str, bar_width: float, bar_height: float) -> Drawing:
    drawing: Drawing = createBarcodeDrawing("Code128", value=value, barWidth=bar_width,
                                            barHeight=bar_height, humanReadable=False,
                                            quiet=True)
    return drawing


def code128_width(value: str) -> float:
    """The width with quiet zones at the normal module, plus one module for grid snapping."""
    return float(_code128(value, BAR_MODULE, 10).width) + BAR_MODULE
