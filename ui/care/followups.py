"""What the follow-ups page shows, read in one call off the UI thread: care tasks and, in the
open list, customers' unread replies, merged into one list of rows."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from app.auth.service import UserInfo
from app.bootstrap import Services
from app.care.states import TaskState
from app.care.views import TaskView
from app.care.working_hours import WorkingHours
from app.errors import NotFound
from app.notify.views import ReplyView

REPLY = "unread_reply"  # a row's kind when it is a reply, not a task


class Show(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    MINE = "mine"
    DONE = "done"


@dataclass(frozen=True)
class FollowUp:
    """One row: a task, or an unread reply (with its customer's name and job number found
    for it, when the number is a customer's)."""

    task: TaskView | None = None
    reply: ReplyView | None = None
    customer_name: str = ""
    customer_mobile: str = ""
    job_number: str | None = None

    @property
    def key(self) -> tuple[str, int]:
        if self.task is not None:
            return "task", self.task.id
        assert self.reply is not None
        return "reply", self.reply.id

    @property
    def kind(self) -> str:
        return self.task.kind if self.task is not None else REPLY

    @property
    def customer_id(self) -> int | None:
        return self.task.customer_id if self.task is not None else (
            self.reply.customer_id if self.reply is not None else None)

    @property
    def job_id(self) -> int | None:
        return self.task.job_id if self.task is not None else (
            self.reply.job_id if self.reply is not None else None)

    @property
    def is_open_task(self) -> bool:
        return self.task is not None and self.task.state == TaskState.OPEN

    def sort_time(self) -> dt.datetime:
        if self.task is not None:
            return self.task.due_at
        assert self.reply is not None
        return self.reply.received_at


@dataclass(frozen=True)
class FollowUpsRead:
    rows: list[FollowUp]
    now: dt.datetime
    timezone: str
    hours: WorkingHours  # the shop's, for "tomorrow morning"
    users: list[UserInfo]  # the active ones, whom a task may be given to
    counts: dict[str, int]


def read_followups(services: Services, show: Show, include_snoozed: bool,
                   me: int | None) -> FollowUpsRead:
    care, settings = services.care, services.settings
    now = services.clock()
    rows: list[FollowUp]
    if show == Show.DONE:  # the newest closed first
        rows = [_task_row(t) for t in care.tasks(done_only=True)]
    else:
        if show == Show.MINE and me is None:
            tasks = []
        else:
            tasks = care.tasks(overdue_only=show == Show.OVERDUE,
                               include_snoozed=include_snoozed,
                               assignee_id=me if show == Show.MINE else None)
        rows = [_task_row(t) for t in tasks]
        if show == Show.OPEN:
            rows += _reply_rows(services, services.messages.replies(unread_only=True,
                                                                     limit=200), rows)
            rows.sort(key=lambda r: (r.sort_time(), r.key))
    tz = str(settings.get("shop.timezone"))
    hours = care.working_hours()
    users = [u for u in services.users.list() if u.active]
    return FollowUpsRead(rows, now, tz, hours, users, care.open_counts())


def _task_row(task: TaskView) -> FollowUp:
    return FollowUp(task=task, customer_name=task.customer_name,
                    customer_mobile=task.customer_mobile, job_number=task.job_number)


def _reply_rows(services: Services, replies: list[ReplyView],
                known: list[FollowUp]) -> list[FollowUp]:
    """A reply knows its customer and job by id: their name and number come from the tasks
    already read, else from the customer's card (one read per customer)."""
    names = {r.customer_id: (r.customer_name, r.customer_mobile) for r in known}
    numbers = {r.job_id: r.job_number for r in known if r.job_number}
    wanted = {r.customer_id for r in replies if r.customer_id is not None} - set(names)
    for customer_id in wanted:
        with contextlib.suppress(NotFound):  # removed meanwhile: the sender's number shows
            card = services.customers.card(customer_id)
            names[card.id] = (card.name, card.mobile)
            numbers.update({j["id"]: j["number"] for j in card.jobs})
    rows = []
    for reply in replies:
        name, mobile = names.get(reply.customer_id, ("", reply.sender))
        rows.append(FollowUp(reply=reply, customer_name=name, customer_mobile=mobile,
                             job_number=numbers.get(reply.job_id)))
    return rows
