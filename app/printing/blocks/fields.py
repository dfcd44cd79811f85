"""Label-and-value rows, two to a line where they fit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from app.printing.bidi_text import Line, lay_out
from app.printing.blocks.base import GUTTER, Drawn, Piece, Style
from app.printing.fonts import font_name
from app.printing.surface import Align, Surface, baseline_below


@dataclass(frozen=True)
class Fields:
    """Label: value rows; the label column on the reading side, values wrapping beside it.

    A value is laid out in its own direction (a Persian problem on an English paper starts at
    the right of its column), a label in the paper's; a value of one line, whatever its
    direction, stands beside its label (a Persian name on an English paper reads in its own
    order but does not sit at the far end of the column). Rows without a value are left out. One
    share for a whole paper keeps its columns aligned; a label longer than its column wraps.
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
            labels = lay_out(label, bold, style.size, label_width, default=style.rtl,
                             rtl=style.rtl)
            values = lay_out(value, font_name(), style.size, value_width, default=style.rtl)
            beside = len(values) == 1
            for i in range(max(len(labels), len(values))):
                out.append(Drawn(style.leading(), self._painter(
                    style, labels[i] if i < len(labels) else None,
                    values[i] if i < len(values) else None, label_width, beside)))
        return out

    @staticmethod
    def _painter(style: Style, label: Line | None, line: Line | None, label_width: float,
                 beside: bool) -> Callable[[Surface, float, float, float], None]:
        def paint(s: Surface, left: float, top: float, width: float) -> None:
            base = baseline_below(top, style.size)
            if s.rtl:
                label_span = (left + width - label_width, left + width)
                value_span = (left, left + width - label_width - GUTTER)
            else:
                label_span = (left, left + label_width)
                value_span = (left + label_width + GUTTER, left + width)
            if label is not None:
                s.text(label, *label_span, base, size=style.size, bold=True)
            if line is not None:
                # "start" is the line's own side; beside the label means the paper's start
                align: Align = "end" if beside and line.rtl != s.rtl else "start"
                s.text(line, *value_span, base, size=style.size, align=align)
        return paint
