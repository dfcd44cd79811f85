"""Jobs as a table model that fetches pages only as the view scrolls to them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.jobs.listing import JobFilter, JobListing, JobRow
from app.search.service import SearchService

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("number", "status", "customer", "mobile", "device", "created")
PAGE = 50


class JobTableModel(QAbstractTableModel):
    def __init__(self, listing: JobListing, search: SearchService) -> None:
        super().__init__()
        self.listing = listing
        self.search = search
        self.headers = list(COLUMNS)
        self._rows: list[Any] = []
        self._after: Any = None
        self._more = False
        self._filter = JobFilter()
        self.reload()

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def reload(self, term: str = "") -> None:
        self.beginResetModel()
        if term.strip():
            self._rows, self._more = list(self.search.jobs(term)), False
        else:
            page = self.listing.page(self._filter, limit=PAGE)
            self._rows, self._after, self._more = page.rows, page.after, page.after is not None
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self._more and not parent.isValid()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        page = self.listing.page(self._filter, limit=PAGE, after=self._after)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()
        self._after, self._more = page.after, page.after is not None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self._rows[index.row()]
        name = row.customer_name
        mobile = row.customer_mobile
        values = (row.number, str(row.status), name, mobile, row.device,
                  row.created_at.strftime("%Y-%m-%d %H:%M"))
        return values[index.column()]

    def row_at(self, position: int) -> JobRow:
        return self._rows[position]  # type: ignore[no-any-return]
