"""Draws the app icon (a wrench over a phone on the shop's teal) into resources/icons/.

    python build_scripts/make_icon.py            redraw resources/icons/tamirgah.png
    python build_scripts/make_icon.py --ico OUT  the committed PNG as a Windows .ico

The PNG is committed; build.py makes the .ico from it at build time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
ICON = ROOT / "resources" / "icons" / "tamirgah.png"
SIZE = 256


def draw(size: int = SIZE) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#0f766e"))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)

    # the phone being repaired
    p.setBrush(QColor("#e6fffa"))
    p.drawRoundedRect(QRectF(58, 40, 104, 176), 18, 18)
    p.setBrush(QColor("#134e4a"))
    p.drawRoundedRect(QRectF(68, 58, 84, 130), 6, 6)
    p.setBrush(QColor("#e6fffa"))
    p.drawEllipse(QPointF(110, 201), 7, 7)

    # the wrench, drawn upright then turned across the phone
    p.translate(150, 140)
    p.rotate(45)
    wrench = QPainterPath()
    wrench.addRoundedRect(QRectF(-13, -20, 26, 120), 13, 13)
    head = QPainterPath()
    head.addEllipse(QPointF(0, -40), 36, 36)
    jaw = QPainterPath()
    jaw.addRect(QRectF(-12, -86, 24, 46))
    shape = wrench.united(head).subtracted(jaw)
    p.setPen(QPen(QColor("#0f766e"), 8))
    p.setBrush(QColor("#fbbf24"))
    p.drawPath(shape)
    p.end()
    return image


def main() -> int:
    QGuiApplication(sys.argv)
    if sys.argv[1:2] == ["--ico"]:
        target = Path(sys.argv[2])
        target.parent.mkdir(parents=True, exist_ok=True)
        return 0 if QImage(str(ICON)).save(str(target), "ICO") else 1
    ICON.parent.mkdir(parents=True, exist_ok=True)
    if not draw().save(str(ICON)):
        return 1
    print(f"wrote {ICON}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
