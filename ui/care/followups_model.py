"""The follow-ups as a table: kind, customer, job, what it is about, owner, due, and its marks
(overdue in red, escalated, snoozed; in the history, how it ended)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from app.care.states import CameBy, EscalatedTo, Outcome, Severity, TaskKind
from app.customers.phone import national_form
from app.locale.calendar import DEFAULT_TZ, format_datetime
from app.locale.labels import label_of
from app.locale.text import join_isolated, to_persian_digits
from ui.care.followups import FollowUp
from ui.widgets.rows_model import Index, RowsTableModel

COLUMNS = ("kind", "customer", "job", "summary", "owner", "due", "marks")
RED = QColor("#b91c1c")
GREY = QColor("#64748b")
DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
FOREGROUND, FONT = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole


class FollowUpsModel(RowsTableModel[FollowUp]):
    columns = len(COLUMNS)

    def __init__(self, lang: str, calendar: str) -> None:
        super().__init__()
        self.lang, self.calendar = lang, calendar
        self.now = dt.datetime.now(dt.UTC)
        self.timezone = DEFAULT_TZ

    def load(self, rows: list[FollowUp], now: dt.datetime, timezone: str) -> None:
        self.beginResetModel()
        self.rows, self.now, self.timezone = rows, now, timezone
        self.endResetModel()

    def translate(self) -> None:
        self.set_headers([self.tr("Kind"), self.tr("Customer"), self.tr("Job"),
                          self.tr("About"), self.tr("Owner"), self.tr("Due"),
                          self.tr("State")])

    def digits(self, text: str) -> str:
        return to_persian_digits(text) if self.lang == "fa" else text

    def when(self, moment: dt.datetime) -> str:
        return format_datetime(moment, calendar=self.calendar, lang=self.lang,
                               tz=self.timezone)

    def overdue(self, row: FollowUp) -> bool:
        return row.task is not None and row.task.overdue(self.now)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == DISPLAY:
            return self.text(row, column)
        if role == TOOLTIP:
            return self.tooltip(row, column)
        if role == FOREGROUND:
            if column in ("due", "marks") and self.overdue(row):
                return RED
            if (column == "owner" and row.task is not None and row.task.assignee_id is None) \
                    or (row.task is not None and row.task.snoozed(self.now)):
                return GREY
        if role == FONT and ((self.overdue(row) and column in ("due", "marks"))
                             or row.reply is not None):
            font = QFont()
            font.setBold(True)  # unread, as the messages page shows it
            return font
        return None

    def text(self, row: FollowUp, column: str) -> str:
        task = row.task
        if column == "kind":
            return label_of(TaskKind, task.kind, self.lang) if task else self.tr("Unread reply")
        if column == "customer":
            return join_isolated(" · ", [row.customer_name,
                                         self.digits(national_form(row.customer_mobile))])
        if column == "job":
            return self.digits(row.job_number or "")
        if column == "summary":
            return self.summary(row)
        if column == "owner":
            if task is None:
                return ""
            return task.assignee_name or self.tr("nobody yet")
        if column == "due":
            return self.when(task.due_at) if task else ""
        return self.marks(row)

    def describe(self, row: FollowUp) -> str:
        """The row in one line, for a dialog's heading: kind, customer, what it is about. The
        kind, in the desk's language, comes first and bare, so the line reads in its
        direction; the customer's words keep their own."""
        rest = join_isolated(" · ", [row.customer_name, self.summary(row)])
        return f"{self.text(row, 'kind')} · {rest}" if rest else self.text(row, "kind")

    def summary(self, row: FollowUp) -> str:
        """One line: a survey's recovery starts with the score the customer sent, then what
        they said went wrong; any other text's lines are run together."""
        if row.task is None:
            return " ".join((row.reply.body if row.reply else "").split())
        lines = [" ".join(line.split()) for line in row.task.summary.splitlines()]
        lines = [line for line in lines if line]
        if row.task.came_by == CameBy.SURVEY and lines:
            lines[0] = self.tr("Scored {score}").format(score=self.digits(lines[0]))
        return " · ".join(lines)

    def marks(self, row: FollowUp) -> str:
        task, reply = row.task, row.reply
        if task is None:
            assert reply is not None
            return self.tr("received {time}").format(time=self.when(reply.received_at))
        if task.outcome is not None:
            closed = self.when(task.closed_at) if task.closed_at else ""
            return " · ".join(part for part in (
                label_of(Outcome, task.outcome, self.lang), closed) if part)
        marks = []
        if task.severity == Severity.HIGH:
            marks.append(self.tr("serious"))
        if task.overdue(self.now):
            marks.append(self.tr("overdue"))
        if task.escalated_to is not None:
            marks.append(label_of(EscalatedTo, task.escalated_to, self.lang))
        if task.snoozed(self.now) and task.snoozed_until is not None:
            marks.append(self.tr("snoozed until {time}").format(
                time=self.when(task.snoozed_until)))
        return " · ".join(marks)

    def tooltip(self, row: FollowUp, column: str) -> str | None:
        if column == "summary":
            text = row.task.summary if row.task else row.reply.body if row.reply else ""
            if row.task is not None and row.task.note:
                return self.tr("{text}\n\nNote: {note}").format(text=text, note=row.task.note)
            return text
        if column in ("customer", "marks"):
            return self.text(row, column) or None
        return None
