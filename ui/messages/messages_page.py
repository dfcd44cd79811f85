"""Messages: the outbox with its statuses, customers' replies, and the manager's alerts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.auth.roles import Perm
from app.changes import Changes
from app.customers.phone import national_form
from app.locale.calendar import format_datetime
from app.locale.labels import alert_kind_label, message_status_label
from app.locale.text import isolate
from app.notify.alerts import BLOCKING as PAUSING
from app.notify.states import MessageStatus
from app.notify.views import AlertView, MessageView, ReplyView
from ui.messages.outbox_model import OutboxModel
from ui.operations import messages
from ui.shell.desk import Desk
from ui.shell.tasks import Operation, Reads, run_operation
from ui.widgets.text_direction import TextDirectionDelegate

BODY, ANSWER = 4, 5  # the outbox's columns of free text
ID = Qt.ItemDataRole.UserRole
JOB = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class MessagesRead:
    outbox: list[MessageView]  # its first page
    counts: dict[str, int]
    replies: list[ReplyView]
    alerts: list[AlertView]  # the manager's only
    unread: int


class MessagesPage(QWidget):
    job_opened = Signal(int)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.reads = Reads(self, on_error=lambda err: self.desk.show_error(self, err))
        self.desk = desk
        self.manager = desk.can(Perm.MANAGE_MESSAGES)
        self.status = QComboBox()
        self.counts = QLabel()
        self.model = OutboxModel(desk.lang, desk.calendar)
        self.table = QTableView()
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        for column in (BODY, ANSWER):  # what customers and providers wrote, in its direction
            self.table.setItemDelegateForColumn(column, TextDirectionDelegate(self.table))
        self.retry = QPushButton()
        self.cancel = QPushButton()
        self.mark_sent = QPushButton()
        self.open_job = QPushButton()
        self.replies = QListWidget()
        self.no_replies = QLabel()
        self.mark_read = QPushButton()
        self.alerts = QListWidget()
        self.no_alerts = QLabel()
        self.resolve = QPushButton()
        for empty in (self.no_replies, self.no_alerts):
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            empty.setStyleSheet("color: #64748b;")
            empty.hide()

        outbox = QWidget()
        top = QHBoxLayout()
        top.addWidget(self.status)
        top.addStretch(1)
        top.addWidget(self.counts)
        buttons = QHBoxLayout()
        for button in (self.open_job, self.retry, self.cancel, self.mark_sent):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(outbox)
        box.addLayout(top)
        box.addWidget(self.table)
        box.addLayout(buttons)
        replies = QWidget()
        reply_box = QVBoxLayout(replies)
        reply_box.addWidget(self.replies)
        reply_box.addWidget(self.no_replies, 1)
        reply_box.addWidget(self.mark_read, alignment=Qt.AlignmentFlag.AlignLeading)
        alerts = QWidget()
        alert_box = QVBoxLayout(alerts)
        alert_box.addWidget(self.alerts)
        alert_box.addWidget(self.no_alerts, 1)
        alert_box.addWidget(self.resolve, alignment=Qt.AlignmentFlag.AlignLeading)
        self.tabs = QTabWidget()
        self.tabs.addTab(outbox, "")
        self.tabs.addTab(replies, "")
        if self.manager:
            self.tabs.addTab(alerts, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        for button in (self.retry, self.cancel, self.mark_sent):
            button.setVisible(self.manager)
        self.status.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)
        self.retry.clicked.connect(lambda: self._act(messages.retry))
        self.cancel.clicked.connect(lambda: self._act(messages.cancel))
        self.mark_sent.clicked.connect(lambda: self._act(messages.mark_sent))
        self.open_job.clicked.connect(self._open_selected_job)
        self.table.doubleClicked.connect(lambda _: self._open_selected_job())
        self.mark_read.clicked.connect(self._mark_read)
        self.replies.itemDoubleClicked.connect(self._open_reply_job)
        self.resolve.clicked.connect(self._resolve)
        self.translate_ui()

    def translate_ui(self) -> None:
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All messages"), None)
        for status in MessageStatus:
            self.status.addItem(message_status_label(status, self.desk.lang), status.value)
        self.status.setCurrentIndex(max(self.status.findData(chosen), 0))
        self.status.blockSignals(False)
        self.model.set_headers([self.tr("Queued at"), self.tr("To"), self.tr("Status"),
                                self.tr("Tries"), self.tr("Text"), self.tr("Provider's answer")])
        self.retry.setText(self.tr("Send again"))
        self.cancel.setText(self.tr("Cancel"))
        self.mark_sent.setText(self.tr("It did go out"))
        self.mark_sent.setToolTip(self.tr("You checked with the provider that this doubtful "
                                          "message was sent"))
        self.open_job.setText(self.tr("Open job"))
        self.mark_read.setText(self.tr("Mark read"))
        self.resolve.setText(self.tr("Resolved"))
        self.no_replies.setText(self.tr("No replies yet. What customers answer to the shop's "
                                        "messages shows here."))
        self.no_alerts.setText(self.tr("No alerts. A problem with the SMS account (no credit, "
                                       "a refused key) shows here."))
        self.model.lost_answer = lambda when: self.tr(
            "No answer from the provider. At {time} the app asks it whether the message went "
            "out and sends it again, with the same id, only if it did not.").format(time=when)
        self.model.held = lambda reason: self.tr(
            "Sending waits for the SMS account to work again (see Alerts): {reason}").format(
            reason=isolate(reason))
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Read only when shown: a page nobody opens costs the board's start nothing."""
        self.refresh()
        super().showEvent(event)

    @property
    def loading(self) -> bool:
        return self.reads.loading

    def refresh(self) -> None:
        """What the page shows, read in one call off the UI thread."""
        messages, status, manager = self.desk.services.messages, self.status.currentData(), \
            self.manager

        def read() -> MessagesRead:
            return MessagesRead(messages.outbox(status=status), messages.status_counts(),
                                messages.replies(limit=200),
                                messages.alerts() if manager else [], messages.unread_count())

        self.reads.read(read, lambda found: self._show(found, status))

    def _show(self, found: MessagesRead, status: Any) -> None:
        messages = self.desk.services.messages
        self.model.load(found.outbox,
                        lambda before: messages.outbox(status=status, before_id=before))
        counts = found.counts
        self.counts.setText(" · ".join(
            f"{message_status_label(s, self.desk.lang)} {self.desk.digits(str(n))}"
            for s, n in sorted(counts.items())))
        self._fill_replies(found.replies)
        if self.manager:
            self._fill_alerts(found.alerts)
        self._enable_buttons()
        self.tabs.setTabText(0, self.tr("Outbox"))
        unread = found.unread
        self.tabs.setTabText(1, self.tr("Replies ({count} unread)").format(
            count=self.desk.digits(str(unread))) if unread else self.tr("Replies"))
        if self.manager:
            open_alerts = self.alerts.count()
            self.tabs.setTabText(2, self.tr("Alerts ({count})").format(
                count=self.desk.digits(str(open_alerts))) if open_alerts else self.tr("Alerts"))

    def _fill_replies(self, replies: list[ReplyView]) -> None:
        self.replies.clear()
        lang, calendar = self.desk.lang, self.desk.calendar
        for reply in replies:
            when = format_datetime(reply.received_at, calendar=calendar, lang=lang)
            sender = self.desk.digits(national_form(reply.sender))
            item = QListWidgetItem(f"{when} · {isolate(sender)} · {isolate(reply.body)}")
            item.setData(ID, reply.id)
            item.setData(JOB, reply.job_id)
            if not reply.read:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.replies.addItem(item)
        self._show_empty(self.replies, self.no_replies, self.mark_read)

    def _fill_alerts(self, alerts: list[AlertView]) -> None:
        self.alerts.clear()
        for alert in alerts:
            item = QListWidgetItem(f"{self._alert_kind(alert.kind)}: {isolate(alert.reason)}")
            if alert.kind in PAUSING:
                item.setToolTip(self.tr("Sending is paused and the messages wait in the queue. "
                                        "Once this is fixed (a setting saved, a test SMS that "
                                        "goes through) they go out by themselves."))
            item.setData(ID, alert.id)
            self.alerts.addItem(item)
        self._show_empty(self.alerts, self.no_alerts, self.resolve)

    @staticmethod
    def _show_empty(items: QListWidget, empty: QLabel, button: QPushButton) -> None:
        """An empty list says so in words, rather than as a blank box with a button."""
        nothing = items.count() == 0
        items.setVisible(not nothing)
        button.setVisible(not nothing)
        empty.setVisible(nothing)

    def _alert_kind(self, kind: str) -> str:
        return alert_kind_label(kind, self.desk.lang)

    def selected(self) -> MessageView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _enable_buttons(self) -> None:
        message = self.selected()
        status = message.status if message else None
        self.retry.setEnabled(status in (MessageStatus.FAILED, MessageStatus.CANCELLED,
                                         MessageStatus.REVIEW))
        self.cancel.setEnabled(status in (MessageStatus.QUEUED, MessageStatus.REVIEW))
        self.mark_sent.setEnabled(status == MessageStatus.REVIEW)
        self.open_job.setEnabled(bool(message and message.job_id))

    def _act(self, action: Callable[..., Operation[MessageView]]) -> None:
        message = self.selected()
        if message is None:
            return
        self._run(action(desk=self.desk, message_id=message.id))

    def _run(self, op: Operation[Any]) -> None:
        def failed(err: Exception) -> None:
            self.desk.show_error(self, err)
            self.refresh()

        run_operation(op, parent=self, on_done=lambda _: self.refresh(), on_error=failed)

    def concerns(self) -> Changes:
        return Changes(messages=True)

    def _open_selected_job(self) -> None:
        message = self.selected()
        if message is not None and message.job_id is not None:
            self.job_opened.emit(message.job_id)

    def _open_reply_job(self, item: QListWidgetItem) -> None:
        job_id = item.data(JOB)
        if job_id is not None:
            self.job_opened.emit(int(job_id))

    def _mark_read(self) -> None:
        item = self.replies.currentItem()
        if item is None:
            return
        job = item.data(JOB)
        self._run(messages.mark_read(desk=self.desk, reply_id=int(item.data(ID)),
                                     job_id=None if job is None else int(job)))

    def _resolve(self) -> None:
        item = self.alerts.currentItem()
        if item is None:
            return
        self._run(messages.resolve_alert(desk=self.desk, alert_id=int(item.data(ID))))
