"""An unlock pattern drawn on a 3×3 grid with the mouse, a finger or the digit keys.

Points are numbered as on the phone: 1 2 3 / 4 5 6 / 7 8 9, top left first, whatever the
language: the grid is a picture of the phone's screen, so it is never mirrored. The pattern is
the points in drawing order joined by '-', e.g. '1-2-3-6-9'. Touch needs no code of its own:
Qt turns touches on a widget that does not take touch events into these mouse events.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QLocale, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.locale.text import to_latin_digits

HIT_RADIUS = 0.3  # of a cell: how close the pointer must pass to take a dot


class PatternPad(QWidget):
    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[int] = []
        self._pointer: QPointF | None = None  # where the drag is, while drawing
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setMinimumSize(self.sizeHint())

    # --- the pattern ------------------------------------------------------------------------
    def pattern(self) -> str:
        return "-".join(str(p) for p in self._points)

    def set_pattern(self, pattern: str) -> None:
        """Show a pattern given as text; anything that is not a point 1-9 is left out."""
        points: list[int] = []
        for part in pattern.split("-"):
            if part.strip().isdigit() and 1 <= int(part) <= 9 and int(part) not in points:
                points.append(int(part))
        self._set(points)

    def clear(self) -> None:
        self._set([])

    def _set(self, points: list[int]) -> None:
        self._points = points
        self.update()
        self.changed.emit(self.pattern())

    def _add(self, point: int) -> None:
        if point in self._points:
            return
        if self._points:  # a dot jumped over on the way is taken too, as on the phone
            middle = _between(self._points[-1], point)
            if middle is not None and middle not in self._points:
                self._points.append(middle)
        self._points.append(point)
        self.update()
        self.changed.emit(self.pattern())

    # --- geometry ---------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(120, 120)

    def _cell(self) -> float:
        return min(self.width(), self.height()) / 3

    def centre(self, point: int) -> QPointF:
        """Where dot ``point`` (1-9) is drawn, in widget coordinates."""
        cell = self._cell()
        row, column = divmod(point - 1, 3)
        return QPointF((column + 0.5) * cell, (row + 0.5) * cell)

    def _point_at(self, pos: QPointF) -> int | None:
        cell = self._cell()
        for point in range(1, 10):
            offset = pos - self.centre(point)
            if (offset.x() ** 2 + offset.y() ** 2) ** 0.5 <= HIT_RADIUS * cell:
                return point
        return None

    # --- input ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._points = []
        self._pointer = event.position()
        hit = self._point_at(event.position())
        if hit is not None:
            self._add(hit)
        else:
            self.update()
            self.changed.emit("")

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pointer is None:
            return
        self._pointer = event.position()
        hit = self._point_at(event.position())
        if hit is not None:
            self._add(hit)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pointer = None
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits 1-9 (Persian too) add a point; Backspace takes one back; Delete clears."""
        text = to_latin_digits(event.text())
        if len(text) == 1 and text in "123456789":
            self._add(int(text))
        elif event.key() == Qt.Key.Key_Backspace and self._points:
            self._set(self._points[:-1])
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Escape) and self._points:
            self.clear()
        else:
            super().keyPressEvent(event)

    # --- drawing ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        cell = self._cell()
        accent = QColor("#2563eb")
        if self._points:
            painter.setPen(QPen(accent, max(3.0, cell / 12), Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            path = [self.centre(p) for p in self._points]
            if self._pointer is not None:
                path.append(self._pointer)
            for start, end in itertools.pairwise(path):
                painter.drawLine(start, end)
        for point in range(1, 10):
            taken = point in self._points
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(accent if taken else palette.text().color())
            radius = cell * (0.13 if taken else 0.08)
            painter.drawEllipse(self.centre(point), radius, radius)
        if self.hasFocus():
            painter.setPen(QPen(accent, 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        for order, point in enumerate(self._points, start=1):  # small order numbers
            painter.setPen(palette.text().color())
            corner = self.centre(point) + QPointF(cell * 0.14, -cell * 0.14)
            painter.drawText(corner, QLocale().toString(order))
        painter.end()


def _between(a: int, b: int) -> int | None:
    """The dot halfway between two dots, when there is one (1 and 3 → 2, 1 and 9 → 5)."""
    ra, ca = divmod(a - 1, 3)
    rb, cb = divmod(b - 1, 3)
    if (ra + rb) % 2 or (ca + cb) % 2:
        return None
    return (ra + rb) // 2 * 3 + (ca + cb) // 2 + 1
