"""The job's problem in the header: as a paragraph in its own direction, wrapped to the header's
width and at most a few lines high; a longer problem ends in "…" and shows whole on hover."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.widgets.text_direction import text_direction

ELLIPSIS = "…"


class ProblemText(QWidget):
    def __init__(self, max_lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self._text = ""
        self.cut = False  # the last paint left part of the text out
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        direction = text_direction(text)
        if direction is None:
            self.unsetLayoutDirection()
        else:
            self.setLayoutDirection(direction)
        self._check_cut()
        self.updateGeometry()
        self.update()

    # --- size --------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        lines = max(len(self._lines(width)[1]), 1)
        return lines * self.fontMetrics().lineSpacing()

    def sizeHint(self) -> QSize:
        width = max(self.width(), 200)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(80, self.fontMetrics().lineSpacing())

    # --- drawing -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        text, lines, _ = self._lines(self._width())
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        layout = self._layout(text)
        layout.beginLayout()
        y = 0.0
        for _ in lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self._width())
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        layout.draw(painter, QPointF(0, 0))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._check_cut()
        super().resizeEvent(event)

    def _check_cut(self) -> None:
        self.cut = self._lines(self._width())[2]
        self.setToolTip(self._text if self.cut else "")

    # --- the lines ---------------------------------------------------------------------
    def _width(self) -> int:
        return max(self.width(), 1)

    def _paragraph(self) -> str:
        """One paragraph: a problem typed on several lines is read on as one here."""
        return " ".join(self._text.split())

    def _layout(self, text: str) -> QTextLayout:
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(self.layoutDirection())
        option.setAlignment(Qt.AlignmentFlag.AlignLeading)
        layout = QTextLayout(text, self.font())
        layout.setTextOption(option)
        return layout

    def _lines(self, width: int) -> tuple[str, list[tuple[int, int]], bool]:
        """The text drawn, each line's start and length in it, and whether it was cut: a text
        longer than the lines allow ends, whole words kept, in "…"."""
        text = self._paragraph()
        spans = self._wrap(text, width)
        if len(spans) <= self.max_lines:
            return text, spans, False
        start, length = spans[self.max_lines - 1]
        keep = start + length
        while keep > start:  # shorten the last line until it and "…" fit on it
            shorter = text[:keep].rstrip() + ELLIPSIS
            spans = self._wrap(shorter, width)
            if len(spans) <= self.max_lines:
                return shorter, spans, True
            space = text.rfind(" ", start, keep - 1)
            keep = space if space > start else keep - 1
        shorter = text[:start].rstrip() + ELLIPSIS
        return shorter, self._wrap(shorter, width), True

    def _wrap(self, text: str, width: int) -> list[tuple[int, int]]:
        layout = self._layout(text)
        layout.beginLayout()
        spans = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            spans.append((line.textStart(), line.textLength()))
        layout.endLayout()
        return spans
