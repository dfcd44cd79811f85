"""Jobs as a table model that fetches pages only as the view scrolls to them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.customers.phone import national_form
from app.jobs.listing import JobFilter, JobListing, JobRow, Page
from app.locale.calendar import format_datetime
from app.locale.labels import status_label
from app.locale.text import to_persian_digits
from ui.board.colours import status_colour
from ui.shell.tasks import Latest, in_background

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("number", "status", "customer", "mobile", "device", "created")
PAGE = 50
DARK = QColor("#111827")  # dark text on the pale status colours, in any theme


class JobTableModel(QAbstractTableModel):
    """Every read runs off the UI thread: the first page (on a new filter or a refresh) and
    each next page as the view scrolls. While a page is on its way `canFetchMore` is False;
    a newer read (another filter, a search) supersedes one still on its way."""

    def __init__(self, listing: JobListing) -> None:
        super().__init__()
        self.listing = listing
        self.headers = list(COLUMNS)
        self.lang, self.calendar = "en", "gregorian"
        self._rows: list[Any] = []
        self._shown: dict[int, tuple[str, ...]] = {}  # row position → its texts, once made
        self._after: Any = None
        self._more = False
        self._filter = JobFilter()
        self._reads = Latest()
        self.in_flight = False
        self.on_error: Callable[[Exception], None] = lambda err: None
        # nothing is read until a filter is set: the board sets its own at once

    def set_language(self, lang: str, calendar: str, headers: list[str]) -> None:
        self.lang, self.calendar, self.headers = lang, calendar, headers
        self._shown.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    def set_filter(self, flt: JobFilter, *, rows: int = PAGE,
                   then: Callable[[], None] | None = None) -> None:
        self._filter = flt
        self.reload(rows=rows, then=then)

    def reload(self, *, rows: int = PAGE, then: Callable[[], None] | None = None) -> None:
        """The first `rows` rows (at least a page) under the filter, read afresh; `then`
        runs once they are shown."""
        listing, flt, limit = self.listing, self._filter, max(rows, PAGE)

        def shown(page: Page) -> None:
            self.beginResetModel()
            self._rows, self._after, self._more = page.rows, page.after, page.after is not None
            self._shown.clear()
            self.endResetModel()
            if then is not None:
                then()

        self._read(lambda: listing.page(flt, limit=limit), shown)

    def show_rows(self, rows: list[Any]) -> None:
        """Search results, found elsewhere (e.g. off the UI thread): one page, no more."""
        self._reads.next()  # a page still on its way belongs to the list these replace
        self.in_flight = False
        self.beginResetModel()
        self._rows, self._after, self._more = rows, None, False
        self._shown.clear()
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self._more and not self.in_flight and not parent.isValid()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        listing, flt, after = self.listing, self._filter, self._after

        def shown(page: Page) -> None:
            if page.rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._rows.extend(page.rows)
                self.endInsertRows()
            self._after, self._more = page.after, page.after is not None

        self._read(lambda: listing.page(flt, limit=PAGE, after=after), shown)

    def _read(self, read: Callable[[], Page], show: Callable[[Page], None]) -> None:
        generation = self._reads.next()
        self.in_flight = True

        def arrived(page: Page) -> None:
            if self._reads.is_current(generation):
                self.in_flight = False
                show(page)

        def failed(err: Exception) -> None:
            if self._reads.is_current(generation):
                self.in_flight = False
                self.on_error(err)

        in_background(read, arrived, failed, busy=False, owner=self)

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
        # Called for every cell, role and repaint: the texts of a row are made once.
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts(index.row())[index.column()] if index.isValid() else None
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid():
            return status_colour(self._rows[index.row()].status)
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid():
            return DARK
        return None

    def _texts(self, position: int) -> tuple[str, ...]:
        texts = self._shown.get(position)
        if texts is None:
            row, lang = self._rows[position], self.lang
            mobile = national_form(row.customer_mobile)
            created = format_datetime(row.created_at, calendar=self.calendar, lang=lang)
            texts = (to_persian_digits(row.number) if lang == "fa" else row.number,
                     status_label(row.status, lang), row.customer_name,
                     to_persian_digits(mobile) if lang == "fa" else mobile, row.device,
                     created)
            self._shown[position] = texts
        return texts

    def row_at(self, position: int) -> JobRow:
        return self._rows[position]
