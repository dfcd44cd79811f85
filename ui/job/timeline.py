"""The job's story, newest first: its events, the customer's messages with their delivery
state, prints (with Reprint), payments and replies (unread marked, with Mark read)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.customers.phone import national_form
from app.jobs.timeline import TimelineKind
from app.jobs.views import EventView
from app.locale.text import isolate
from app.notify.states import MessageStatus
from app.notify.views import MessageView, ReplyView
from ui.job.words import JobWords
from ui.widgets.select_row import select_row
from ui.widgets.text_direction import TextDirectionDelegate

Index = QModelIndex | QPersistentModelIndex
UNREAD_COLOUR = QColor("#fde68a")
FAILED_COLOUR = QColor("#fecaca")
# Dispatcher steps of a message the timeline already shows as one row with its latest state.
MESSAGE_STEPS = frozenset({TimelineKind.MESSAGE_SENT, TimelineKind.MESSAGE_DELIVERED,
                           TimelineKind.MESSAGE_FAILED, TimelineKind.MESSAGE_REVIEW})
FAILED = frozenset({MessageStatus.FAILED, MessageStatus.REVIEW})


@dataclass(frozen=True)
class TimelineRow:
    at: dt.datetime
    who: str
    what: str
    details: str
    kind: str  # "event", "message" or "reply"
    event_id: int | None = None  # a 'printed' event, for Reprint
    reply_id: int | None = None
    unread: bool = False
    failed: bool = False


def timeline_rows(words: JobWords, events: list[EventView], messages: list[MessageView],
                  replies: list[ReplyView]) -> list[TimelineRow]:
    shown_messages = {m.id for m in messages}
    shown_replies = {r.id for r in replies}
    rows: list[TimelineRow] = []
    for event in events:
        if event.kind in MESSAGE_STEPS and event.data.get("message_id") in shown_messages:
            continue
        if event.kind == TimelineKind.CUSTOMER_REPLY \
                and event.data.get("inbound_id") in shown_replies:
            continue
        what, details = words.describe_event(event.kind, event.data)
        rows.append(TimelineRow(event.at, words.agent(event.actor), what, details, "event",
                                event_id=event.id if event.kind == TimelineKind.PRINTED else None))
    for m in messages:
        what = words.message_row(m.event, m.status)
        details = isolate(m.body) if not m.error else f"{isolate(m.body)}\n{isolate(m.error)}"
        rows.append(TimelineRow(m.created_at, words.sms_sender(), what, details, "message",
                                failed=m.status in FAILED))
    for r in replies:
        what = words.reply_title(r.read)
        sender = isolate(words.digits(national_form(r.sender)))
        rows.append(TimelineRow(r.received_at, sender, what, isolate(r.body), "reply",
                                reply_id=r.id, unread=not r.read))
    rows.sort(key=lambda row: _utc(row.at), reverse=True)
    return rows


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class TimelineModel(QAbstractTableModel):
    def __init__(self, words: JobWords) -> None:
        super().__init__()
        self.words = words
        self.rows: list[TimelineRow] = []
        self.headers = ["", "", ""]

    def set_headers(self, headers: list[str]) -> None:
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def set_rows(self, rows: list[TimelineRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self.words.moment(row.at)
            if index.column() == 1:
                return row.who
            text = f"{row.what}: {row.details}" if row.details else row.what
            return self.words.in_line(" ".join(text.split()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (row.what, row.details) if part)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.unread:
                return UNREAD_COLOUR
            if row.failed:
                return FAILED_COLOUR
        if role == Qt.ItemDataRole.FontRole and row.unread:
            font = QFont()
            font.setBold(True)
            return font
        return None


class TimelinePanel(QWidget):
    reprint_requested = Signal(int)
    mark_read_requested = Signal(int)

    def __init__(self, words: JobWords) -> None:
        super().__init__()
        self.model = TimelineModel(words)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(1, TextDirectionDelegate(self.table))  # names
        self.table.setItemDelegateForColumn(2, TextDirectionDelegate(self.table))
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.reprint = QPushButton()
        self.mark_read = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reprint)
        buttons.addWidget(self.mark_read)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reprint.clicked.connect(self._reprint)
        self.mark_read.clicked.connect(self._mark_read)
        self._selection_changed()
        self.translate_ui()

    def translate_ui(self) -> None:
        self.model.set_headers([self.tr("When"), self.tr("Who"), self.tr("What happened")])
        self.reprint.setText(self.tr("Reprint"))
        self.mark_read.setText(self.tr("Mark read"))

    def show_rows(self, rows: list[TimelineRow]) -> None:
        self.model.set_rows(rows)
        self._selection_changed()

    def select_row(self, row: int) -> None:
        select_row(self.table, row)

    def current(self) -> TimelineRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        row = self.current()
        self.reprint.setEnabled(row is not None and row.event_id is not None)
        self.mark_read.setEnabled(row is not None and row.unread)

    def _reprint(self) -> None:
        row = self.current()
        if row is not None and row.event_id is not None:
            self.reprint_requested.emit(row.event_id)

    def _mark_read(self) -> None:
        row = self.current()
        if row is not None and row.reply_id is not None:
            self.mark_read_requested.emit(row.reply_id)
