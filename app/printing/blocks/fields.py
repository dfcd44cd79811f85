"""Label-and-value rows, two to a line where they fit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.printing.bidi_text import wrap
from app.printing.blocks.base import GUTTER, Drawn, Piece, Style
from app.printing.fonts import font_name
from app.printing.surface import Surface, baseline_below


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
