"""The Qt binding must not lose references to None: PySide6 6.12.0 on Python 3.11 dropped one
on every void method call, and the desk died with "deallocating None" within a working day."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(20_000):
        label.setText(str(n))
        label.update()
    assert sys.getrefcount(None) - before > -1000  # a leak would show as about -40,000
