"""A technician's open jobs as a table: most urgent first, then by promised date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.jobs.listing import JobRow
from app.locale.calendar import format_date
from app.locale.labels import status_label
from app.locale.text import to_persian_digits
from ui.board.colours import status_colour
from ui.widgets.rows_model import Index, RowsTableModel

PRIORITY_MARK = {0: "", 1: "!", 2: "!!"}


class QueueModel(RowsTableModel[JobRow]):
    columns = 6

    def __init__(self, lang: str, calendar: str) -> None:
        super().__init__()
        self.lang, self.calendar = lang, calendar

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
