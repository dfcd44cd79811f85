"""Selecting a table's row in either direction. QTableView.selectRow selects nothing in a
right-to-left view (Qt finds no column to start the row from), so a Persian board lost the
job selected before each refresh; this goes through the selection model, which does not."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QTableView

ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def select_row(table: QTableView, row: int) -> None:
    model = table.model()
    if model is None or not 0 <= row < model.rowCount():
        return
    table.selectionModel().setCurrentIndex(model.index(row, 0), ROW)
