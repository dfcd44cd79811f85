"""A technician's open jobs as a table: most urgent first, then by promised date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.jobs.listing import JobRow
from app.locale.calendar import format_date
from app.locale.labels import status_label
from app.locale.text import to_persian_digits
from ui.board.colours import status_colour

Index = QModelIndex | QPersistentModelIndex
PRIORITY_MARK = {0: "", 1: "!", 2: "!!"}


class QueueModel(QAbstractTableModel):
    def __init__(self, lang: str, calendar: str) -> None:
        super().__init__()
        self.lang, self.calendar = lang, calendar
        self.headers: list[str] = []
        self.rows: list[JobRow] = []

    def set_rows(self, rows: list[JobRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(headers) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and section < len(self.headers)):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return status_colour(row.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#111827")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        promised = (format_date(row.promised_date, calendar=self.calendar, lang=self.lang)
                    if row.promised_date else "")
        number = to_persian_digits(row.number) if self.lang == "fa" else row.number
        values = (PRIORITY_MARK.get(row.priority, ""), number,
                  status_label(row.status, self.lang), row.device, row.customer_name, promised)
        return values[index.column()]

    def row_at(self, position: int) -> JobRow:
        return self.rows[position]
