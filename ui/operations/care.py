"""Operations on follow-ups: assign, snooze, done, a complaint, a reply made into a task. Each
changes the follow-ups (their list and count) and the job's timeline when there is a job."""

from __future__ import annotations

import contextlib
import datetime as dt

from app.care.views import TaskView
from app.changes import Changes
from app.errors import NotFound, ValidationError
from app.locale.text import to_latin_digits
from ui.shell.desk import Desk
from ui.shell.tasks import Operation


def _changed(task: TaskView, *, messages: bool = False) -> Changes:
    return Changes(care=True, messages=messages, job_ids=frozenset(
        {task.job_id} if task.job_id is not None else ()))


def assign(*, desk: Desk, task_id: int, version: int, user_id: int | None) -> Operation[TaskView]:
    care, actor = desk.services.care, desk.actor
    return Operation(lambda: care.assign(actor, task_id, version, user_id), _changed, desk.hub)


def snooze(*, desk: Desk, task_id: int, version: int,
           until: dt.datetime) -> Operation[TaskView]:
    care, actor = desk.services.care, desk.actor
    return Operation(lambda: care.snooze(actor, task_id, version, until), _changed, desk.hub)


def done(*, desk: Desk, task_id: int, version: int, outcome: str,
         note: str) -> Operation[TaskView]:
    """A recovery that won the customer back may queue a second survey: messages too."""
    care, actor = desk.services.care, desk.actor
    return Operation(lambda: care.done(actor, task_id, version, outcome, note),
                     lambda task: _changed(task, messages=True), desk.hub)


def complaint(*, desk: Desk, about: str, text: str, severity: str,
              came_by: str) -> Operation[TaskView]:
    """`about` is a job number or a customer's mobile, looked up off the UI thread; empty,
    the service says a complaint needs one."""
    services, actor = desk.services, desk.actor

    def record() -> TaskView:
        job_id = customer_id = None
        if about.strip():  # typed on a Persian keyboard, a job number has Persian digits
            job_id = services.jobs.id_for_number(to_latin_digits(about.strip()))
            if job_id is None:
                with contextlib.suppress(ValidationError):  # not a mobile either
                    customer_id = services.customers.find_by_mobile(about)
            if job_id is None and customer_id is None:
                raise NotFound(f"No job number or customer mobile '{about}'",
                               code="complaint_not_found", field="job", value=about.strip())
        return services.care.complaint(actor, job_id=job_id, customer_id=customer_id,
                                       text_=text, severity=severity, came_by=came_by)

    return Operation(record, lambda task: _changed(task) | Changes(customers=True), desk.hub)


def task_from_reply(*, desk: Desk, reply_id: int, summary: str) -> Operation[TaskView]:
    """The reply counts as read: the messages change too."""
    care, actor = desk.services.care, desk.actor
    return Operation(lambda: care.task_from_reply(actor, reply_id, summary),
                     lambda task: _changed(task, messages=True), desk.hub)
