"""What an action on one follow-up asks before it is saved: whom to give it to, until when to
snooze it, how it ended, or what a reply made into a task is about."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.auth.service import UserInfo
from app.care.states import RECOVERY_OUTCOMES, Outcome
from app.care.tasks import MANAGERS_ONLY
from app.care.views import TaskView
from app.care.working_hours import WorkingHours
from app.locale.calendar import format_datetime
from app.locale.labels import label, role_label
from app.notify.views import ReplyView
from ui.care.saving_dialog import SavingDialog
from ui.operations import care
from ui.shell.desk import Desk
from ui.shell.tasks import Operation
from ui.widgets.shop_date import ShopDateEdit
from ui.widgets.text_direction import show_paragraph


def heading(text: str) -> QLabel:
    words = QLabel()
    words.setWordWrap(True)
    show_paragraph(words, text)
    return words


def outcomes_for(kind: str) -> tuple[Outcome, ...]:
    """A recovery or complaint ends in what came of it for the customer; the rest are done."""
    return RECOVERY_OUTCOMES if kind in MANAGERS_ONLY else (Outcome.DONE, Outcome.REACHED)


class FollowUpAssignDialog(SavingDialog):
    def __init__(self, desk: Desk, page: QWidget, task: TaskView, about: str,
                 users: list[UserInfo]) -> None:
        super().__init__(desk, page)
        self.task = task
        self.who = QComboBox()
        self.who.addItem(self.tr("Nobody"), None)
        for user in users:
            self.who.addItem(f"{user.full_name} ({role_label(user.role, desk.lang)})", user.id)
        self.who.setCurrentIndex(max(self.who.findData(task.assignee_id), 0))
        form = QFormLayout()
        form.addRow(self.tr("Give it to:"), self.who)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(about))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Assign the follow-up"))
        self.setMinimumWidth(420)

    def choose(self, user_id: int | None) -> None:
        self.who.setCurrentIndex(self.who.findData(user_id))

    def operation(self) -> Operation[Any]:
        return care.assign(desk=self.desk, task_id=self.task.id, version=self.task.version,
                           user_id=self.who.currentData())


def snooze_times(now: dt.datetime, hours: WorkingHours) -> tuple[dt.datetime, dt.datetime]:
    """Tomorrow morning (the shop's next opening after today) and three days from now."""
    tomorrow = now.astimezone(hours.tz).date() + dt.timedelta(days=1)
    morning = hours.add(dt.datetime.combine(tomorrow, dt.time(0), tzinfo=hours.tz), 0)
    return morning, now + dt.timedelta(days=3)


class FollowUpSnoozeDialog(SavingDialog):
    def __init__(self, desk: Desk, page: QWidget, task: TaskView, about: str,
                 now: dt.datetime, hours: WorkingHours, timezone: str) -> None:
        super().__init__(desk, page)
        self.task, self.tz = task, hours.tz
        self.morning, self.later = snooze_times(now, hours)
        when = lambda moment: format_datetime(  # noqa: E731
            moment, calendar=desk.calendar, lang=desk.lang, tz=timezone)
        self.tomorrow = QRadioButton(self.tr("Tomorrow morning ({time})").format(
            time=when(self.morning)))
        self.three_days = QRadioButton(self.tr("In 3 days ({time})").format(
            time=when(self.later)))
        self.chosen = QRadioButton(self.tr("On:"))
        self.group = QButtonGroup(self)
        for button in (self.tomorrow, self.three_days, self.chosen):
            self.group.addButton(button)
        self.tomorrow.setChecked(True)
        local = self.morning.astimezone(self.tz)
        self.day = ShopDateEdit(desk.lang, desk.calendar)
        self.day.set_day(local.date())
        self.time = QTimeEdit(QTime(local.hour, local.minute))
        # as ShopDateEdit: left to right before the format, or Qt turns 09:00 into 00:09
        self.time.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.time.setLocale(QLocale("fa_IR" if desk.lang == "fa" else "en_US"))
        self.time.setDisplayFormat("HH:mm")
        for edit in (self.day, self.time):
            edit.setEnabled(False)
        self.chosen.toggled.connect(self.day.setEnabled)
        self.chosen.toggled.connect(self.time.setEnabled)
        own = QHBoxLayout()
        own.addWidget(self.chosen)
        own.addWidget(self.day)
        own.addWidget(self.time)
        own.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(about))
        layout.addWidget(QLabel(self.tr("Out of the list until:")))
        layout.addWidget(self.tomorrow)
        layout.addWidget(self.three_days)
        layout.addLayout(own)
        note = QLabel(self.tr("Its due time stays: an overdue follow-up still goes up to the "
                              "manager."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #64748b;")
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Snooze the follow-up"))
        self.setMinimumWidth(440)

    def until(self) -> dt.datetime:
        if self.tomorrow.isChecked():
            return self.morning
        if self.three_days.isChecked():
            return self.later
        t = self.time.time()
        return dt.datetime.combine(self.day.day(), dt.time(t.hour(), t.minute()),
                                   tzinfo=self.tz).astimezone(dt.UTC)

    def operation(self) -> Operation[Any]:
        return care.snooze(desk=self.desk, task_id=self.task.id, version=self.task.version,
                           until=self.until())


class FollowUpDoneDialog(SavingDialog):
    def __init__(self, desk: Desk, page: QWidget, task: TaskView, about: str) -> None:
        super().__init__(desk, page)
        self.task = task
        self.outcome = QComboBox()
        for outcome in outcomes_for(task.kind):
            self.outcome.addItem(label(outcome, desk.lang), outcome.value)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What was said or done; kept on the job's "
                                             "timeline"))
        self.note.setTabChangesFocus(True)
        form = QFormLayout()
        form.addRow(self.tr("Outcome:"), self.outcome)
        form.addRow(self.tr("Note:"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(about))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Mark done"))
        self.setWindowTitle(self.tr("Follow-up done"))
        self.setMinimumWidth(460)

    def choose(self, outcome: str) -> None:
        self.outcome.setCurrentIndex(self.outcome.findData(outcome))

    def operation(self) -> Operation[Any]:
        return care.done(desk=self.desk, task_id=self.task.id, version=self.task.version,
                         outcome=str(self.outcome.currentData()),
                         note=self.note.toPlainText())


class ReplyTaskDialog(SavingDialog):
    def __init__(self, desk: Desk, page: QWidget, reply: ReplyView) -> None:
        super().__init__(desk, page)
        self.reply = reply
        self.summary = QLineEdit()
        self.summary.setPlaceholderText(self.tr("Empty: the reply's own words"))
        form = QFormLayout()
        form.addRow(self.tr("The task:"), self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The customer wrote:")))
        layout.addWidget(heading(reply.body))
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.ok.setText(self.tr("Make a task"))
        self.setWindowTitle(self.tr("A task from a reply"))
        self.setMinimumWidth(460)

    def operation(self) -> Operation[Any]:
        return care.task_from_reply(desk=self.desk, reply_id=self.reply.id,
                                    summary=self.summary.text())
