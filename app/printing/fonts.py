"""Vazirmatn registered once with reportlab; it draws Persian and Latin alike."""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.printing.resources import font_path

REGULAR = "Vazirmatn"
BOLD = "Vazirmatn-Bold"


@cache
def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont(REGULAR, str(font_path("regular"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(font_path("bold"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD)


def font_name(*, bold: bool = False) -> str:
    register_fonts()
    return BOLD if bold else REGULAR


@cache
def vertical_metrics(font: str) -> tuple[float, float]:
    """Ascent and descent (positive) per point of size, for boxes that really hold the glyphs."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return face.ascent / 1000, -face.descent / 1000
