"""Jobs as a table model that fetches pages only as the view scrolls to them."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.customers.phone import national_form
from app.jobs.listing import JobFilter, JobListing, JobRow, Page
from app.locale.calendar import format_date, format_datetime
from app.locale.labels import status_label
from app.locale.text import to_persian_digits
from ui.board.at_risk import NEVER, AtRiskRule
from ui.board.colours import status_colour
from ui.shell.memory import keep_out_of_collections
from ui.shell.tasks import Latest, in_background

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("number", "status", "customer", "mobile", "device", "promised", "created")
PROMISED = COLUMNS.index("promised")
COLOUR, RISK = len(COLUMNS), len(COLUMNS) + 1  # after the texts: the colour, the warning
PAGE = 50
SLICE = 10  # rows made between two yields of the interpreter lock to the UI thread
DARK = QColor("#111827")  # dark text on the pale status colours, in any theme
AT_RISK_COLOUR = QColor("#fca5a5")  # the promised date's cell of a job at risk
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
DECORATION = int(Qt.ItemDataRole.DecorationRole)
Shown = tuple[Any, ...]  # a row's texts, its status colour, whether its promise is at risk


def shown_row(row: JobRow, lang: str, calendar: str, rule: AtRiskRule = NEVER) -> Shown:
    mobile = national_form(row.customer_mobile)
    created = format_datetime(row.created_at, calendar=calendar, lang=lang)
    promised = row.promised_date
    day = format_date(promised, calendar=calendar, lang=lang) if promised else ""
    return (to_persian_digits(row.number) if lang == "fa" else row.number,
            status_label(row.status, lang), row.customer_name,
            to_persian_digits(mobile) if lang == "fa" else mobile, row.device, day, created,
            status_colour(row.status), rule.at_risk(promised, row.status))


def shown_rows(rows: list[JobRow], lang: str, calendar: str,
               rule: AtRiskRule = NEVER) -> list[Shown]:
    """Made on the pool thread a few rows at a time: between slices the interpreter lock
    goes back to the UI thread, which is painting meanwhile."""
    made: list[Shown] = []
    for start in range(0, len(rows), SLICE):
        made.extend(shown_row(row, lang, calendar, rule) for row in rows[start:start + SLICE])
        time.sleep(0)
    return made


class JobTableModel(QAbstractTableModel):
    """Every read runs off the UI thread: the first page (on a new filter or a refresh) and
    each next page as the view scrolls. While a page is on its way `canFetchMore` is False;
    a newer read (another filter, a search) supersedes one still on its way."""

    def __init__(self, listing: JobListing,
                 read_rule: Callable[[], AtRiskRule] = lambda: NEVER) -> None:
        """read_rule: the shop's at-risk rule and the moment, read (off the UI thread) with
        each page."""
        super().__init__()
        self.listing = listing
        self.read_rule = read_rule
        self.rule = NEVER
        self.risk_text = ""
        self.risk_icon: QIcon | None = None
        self.headers = list(COLUMNS)
        self.lang, self.calendar = "en", "gregorian"
        self._rows: list[Any] = []
        self._shown: dict[int, Shown] = {}  # row position → its texts and colour, once made
        self._after: Any = None
        self._more = False
        self._filter = JobFilter()
        self._reads = Latest()
        self.in_flight = False
        self.on_error: Callable[[Exception], None] = lambda err: None
        # nothing is read until a filter is set: the board sets its own at once

    def set_language(self, lang: str, calendar: str, headers: list[str],
                     risk_text: str = "") -> None:
        self.lang, self.calendar, self.headers = lang, calendar, headers
        self.risk_text = risk_text
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

        def shown(page: Page, made: list[Shown] | None) -> None:
            self.beginResetModel()
            self._rows, self._after, self._more = page.rows, page.after, page.after is not None
            self._shown = dict(enumerate(made)) if made is not None else {}
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

        def shown(page: Page, made: list[Shown] | None) -> None:
            if page.rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
                self._rows.extend(page.rows)
                if made is not None:
                    self._shown.update(enumerate(made, first))
                self.endInsertRows()
            self._after, self._more = page.after, page.after is not None

        self._read(lambda: listing.page(flt, limit=PAGE, after=after), shown)

    def _read(self, read: Callable[[], Page],
              show: Callable[[Page, list[Shown] | None], None]) -> None:
        """The page and its rows' texts are made off the UI thread; texts made in another
        language than the board's by the time they arrive are left to be made again."""
        generation = self._reads.next()
        self.in_flight = True
        lang, calendar, read_rule = self.lang, self.calendar, self.read_rule

        def work() -> tuple[Page, AtRiskRule, list[Shown]]:
            page, rule = read(), read_rule()
            return page, rule, shown_rows(page.rows, lang, calendar, rule)

        def arrived(answer: tuple[Page, AtRiskRule, list[Shown]]) -> None:
            if self._reads.is_current(generation):
                self.in_flight = False
                page, self.rule, made = answer
                same = (lang, calendar) == (self.lang, self.calendar)
                show(page, made if same else None)
                keep_out_of_collections()

        def failed(err: Exception) -> None:
            if self._reads.is_current(generation):
                self.in_flight = False
                self.on_error(err)

        in_background(work, arrived, failed, busy=False, owner=self)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every cell, role and repaint: a row's texts and colour are made once
        # (off the UI thread for a page read), so painting only looks them up.
        if role == DISPLAY:
            row = index.row()
            return (self._shown.get(row) or self._made(row))[index.column()] if row >= 0 \
                else None
        if role == BACKGROUND:
            row = index.row()
            if row < 0:
                return None
            shown = self._shown.get(row) or self._made(row)
            return AT_RISK_COLOUR if index.column() == PROMISED and shown[RISK] \
                else shown[COLOUR]
        if role == FOREGROUND:
            return DARK
        if role in (TOOLTIP, DECORATION) and index.column() == PROMISED:
            row = index.row()
            if row < 0 or not (self._shown.get(row) or self._made(row))[RISK]:
                return None
            return self.risk_text if role == TOOLTIP else self._warning_icon()
        return None

    def at_risk(self, position: int) -> bool:
        """Whether the job in this row is flagged: its promised date is at risk."""
        return bool((self._shown.get(position) or self._made(position))[RISK])

    def _warning_icon(self) -> QIcon:
        if self.risk_icon is None:
            style = QApplication.style()
            self.risk_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self.risk_icon

    def _made(self, position: int) -> Shown:
        shown = self._shown[position] = shown_row(self._rows[position], self.lang,
                                                  self.calendar, self.rule)
        return shown

    def row_at(self, position: int) -> JobRow:
        return self._rows[position]
