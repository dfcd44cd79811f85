from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.widgets.shop_date import ShopDateEdit


def test_jalali_date_reads_year_first_in_a_right_to_left_app(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        edit = ShopDateEdit("fa", "jalali")
        qtbot.addWidget(edit)
        edit.set_day(dt.date(2026, 11, 22))
        assert edit.text() == "۱۴۰۵/۰۹/۰۱"  # 1 Azar 1405
        assert edit.day() == dt.date(2026, 11, 22)  # Gregorian underneath
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    english = ShopDateEdit("en", "gregorian")
    qtbot.addWidget(english)
    english.set_day(dt.date(2026, 11, 22))
    assert english.text() == "2026/11/22"
