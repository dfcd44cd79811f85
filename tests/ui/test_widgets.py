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


def test_a_row_is_selected_in_a_right_to_left_table_too(qtbot: QtBot) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QHeaderView, QTableView

    from ui.widgets.select_row import select_row

    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        table = QTableView()
        qtbot.addWidget(table)
        table.setLayoutDirection(direction)
        model = QStandardItemModel(3, 3)
        for row in range(3):
            for column in range(3):
                model.setItem(row, column, QStandardItem(f"{row}{column}"))
        table.setModel(model)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.resize(600, 200)
        table.show()
        select_row(table, 2)
        assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
        assert table.currentIndex().row() == 2
        select_row(table, 7)  # past the end: the selection stays
        assert [i.row() for i in table.selectionModel().selectedRows()] == [2]
