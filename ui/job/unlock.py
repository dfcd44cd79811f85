"""The device's passcode and its unlock pattern, drawn read-only on the 3×3 grid as the
customer drew it at intake (points 1–9, row by row, as on the phone)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.jobs.service import UnlockInfo


def pattern_points(pattern: str) -> list[int]:
    """'1-2-3-6-9' -> [1, 2, 3, 6, 9]; anything else on the grid is ignored."""
    points = []
    for part in pattern.replace(" ", "").split("-"):
        if part.isdigit() and 1 <= int(part) <= 9:
            points.append(int(part))
    return points


class PatternView(QWidget):
    """A read-only 3×3 grid with the pattern's path; the start is ringed, the path numbered."""

    def __init__(self, pattern: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points = pattern_points(pattern)
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # A phone's grid has no reading direction: never mirror it in a right-to-left layout.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def sizeHint(self) -> QSize:
        return QSize(180, 180)

    def set_pattern(self, pattern: str) -> None:
        self.points = pattern_points(pattern)
        self.update()

    def centre(self, point: int) -> QPointF:
        side = min(self.width(), self.height())
        step = side / 3
        row, column = divmod(point - 1, 3)
        return QPointF(step * column + step / 2, step * row + step / 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#f8fafc"))
        side = min(self.width(), self.height())
        dot = side / 18
        if len(self.points) > 1:
            painter.setPen(QPen(QColor("#2563eb"), dot * 0.8, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
            for a, b in zip(self.points, self.points[1:], strict=False):
                painter.drawLine(self.centre(a), self.centre(b))
        for point in range(1, 10):
            used = point in self.points
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#2563eb") if used else QColor("#94a3b8"))
            painter.drawEllipse(self.centre(point), dot, dot)
        if self.points:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#16a34a"), dot / 2))
            painter.drawEllipse(self.centre(self.points[0]), dot * 2, dot * 2)
        painter.end()


class UnlockDialog(QDialog):
    def __init__(self, info: UnlockInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passcode = QLabel(info.passcode)
        self.passcode.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.passcode.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        font = self.passcode.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.passcode.setFont(font)
        self.pattern = PatternView(info.pattern)
        self.has_pattern = bool(self.pattern.points)
        self.no_pattern = QLabel()
        self.passcode_label, self.pattern_label, self.note = QLabel(), QLabel(), QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #64748b;")
        self.pattern.setVisible(self.has_pattern)
        self.no_pattern.setVisible(not self.has_pattern)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        form = QFormLayout()
        form.addRow(self.passcode_label, self.passcode)
        form.addRow(self.pattern_label, self.pattern if self.has_pattern else self.no_pattern)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.info = info
        self.translate_ui()

    def translate_ui(self) -> None:
        self.setWindowTitle(self.tr("Passcode and pattern"))
        self.passcode_label.setText(self.tr("Passcode:"))
        self.pattern_label.setText(self.tr("Pattern:"))
        self.no_pattern.setText(self.tr("none"))
        if not self.info.passcode:
            self.passcode.setText(self.tr("none"))
        self.note.setText(self.tr("This look is recorded on the job's timeline."))
        if self.info.hidden:
            self.passcode.setText(self.tr("hidden"))
            self.no_pattern.setText(self.tr("hidden"))
            self.note.setText(self.tr(
                "On record, but your login does not hold the shop's key for passcodes yet. "
                "A manager or technician who has it hands it on when they log in."))
