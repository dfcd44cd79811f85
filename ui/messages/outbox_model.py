"""The outbox as a table, newest first, fetched a page at a time as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from app.customers.phone import national_form
from app.locale.calendar import format_datetime
from app.locale.labels import message_status_label
from app.locale.text import to_persian_digits
from app.notify.states import MessageStatus
from app.notify.views import MessageView
from ui.shell.tasks import Latest, in_background
from ui.widgets.rows_model import Index, RowsTableModel

PAGE = 100
S = MessageStatus
COLOURS: dict[str, str] = {S.QUEUED: "#dbeafe", S.SENDING: "#fef3c7", S.SENT: "#e0f2fe",
                           S.DELIVERED: "#bbf7d0", S.FAILED: "#fecaca", S.CANCELLED: "#e5e7eb",
                           S.REVIEW: "#fed7aa"}
Fetch = Callable[[int | None], list[MessageView]]


class OutboxModel(RowsTableModel[MessageView]):
    columns = 6

    def __init__(self, lang: str, calendar: str) -> None:
        super().__init__()
        self.lang, self.calendar = lang, calendar
        # What the app does about a lost answer, in the desk's language; given the time
        self.lost_answer: Callable[[str], str] = lambda when: (
            f"No answer from the provider. At {when} the app asks whether it went out and "
            "sends it again, with the same id, only if it did not.")
        self.held: Callable[[str], str] = lambda reason: (
            f"Sending waits for the SMS account to work again (see Alerts): {reason}")
        self._fetch: Fetch = lambda before: []
        self._more = False
        self._pages = Latest()
        self.in_flight = False

    def load(self, first: list[MessageView], fetch: Fetch) -> None:
        """Show the first page (read already); `fetch(before_id)` reads each next one, newest
        first, off the UI thread as the view scrolls."""
        self._fetch = fetch
        self._pages.next()  # a page of the previous list still on its way is dropped
        self.in_flight = False
        self.beginResetModel()
        self.rows, self._more = list(first), len(first) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return self._more and not self.in_flight and not parent.isValid()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        fetch, before = self._fetch, self.rows[-1].id if self.rows else None
        generation = self._pages.next()
        self.in_flight = True

        def arrived(page: list[MessageView]) -> None:
            if not self._pages.is_current(generation):
                return
            self.in_flight = False
            if page:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
                self.rows.extend(page)
                self.endInsertRows()
            self._more = len(page) == PAGE

        def failed(_err: Exception) -> None:  # the next scroll asks again
            if self._pages.is_current(generation):
                self.in_flight = False

        in_background(lambda: fetch(before), arrived, failed, busy=False, owner=self)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.rows[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and index.column() == 2:
            return QColor(COLOURS.get(m.status, "#ffffff"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._answer(m) or m.body
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        mobile = national_form(m.to)
        digits = to_persian_digits if self.lang == "fa" else str
        values = (format_datetime(m.created_at, calendar=self.calendar, lang=self.lang),
                  digits(mobile), message_status_label(m.status, self.lang),
                  digits(str(m.attempts)), m.body, self._answer(m))
        return values[index.column()]

    def _answer(self, m: MessageView) -> str:
        if m.held_by is not None:
            return self.held(m.held_by)
        if m.check_at is None:
            return m.error
        return self.lost_answer(format_datetime(m.check_at, calendar=self.calendar,
                                                lang=self.lang))
