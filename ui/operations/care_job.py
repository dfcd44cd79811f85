"""Customer care from the screens that show a job or a customer: a new promised date told to
the customer, a complaint recorded, the customer's yes or no to marketing messages."""

from __future__ import annotations

import datetime as dt

from app.care.views import TaskView
from app.changes import Changes
from ui.shell.desk import Desk
from ui.shell.tasks import Operation


def new_promised_date(*, desk: Desk, job_id: int, version: int,
                      promised: dt.date) -> Operation[int]:
    """The date and its message (PROMISED_MOVED) in one transaction; the job's new version."""
    care, actor = desk.services.care, desk.actor
    return Operation(lambda: care.new_promised_date(actor, job_id, version, promised),
                     lambda _: Changes.of_job(job_id) | Changes(customers=True), desk.hub)


def complaint(*, desk: Desk, text: str, severity: str, came_by: str, job_id: int | None = None,
              customer_id: int | None = None) -> Operation[TaskView]:
    """A complaint on a job (or, without one, on a customer): a follow-up for a manager."""
    care, actor = desk.services.care, desk.actor

    def record() -> TaskView:
        return care.complaint(actor, job_id=job_id, customer_id=customer_id, text_=text,
                              severity=severity, came_by=came_by)

    return Operation(record, lambda task: Changes.of_job(task.job_id, messages=False)
                     | Changes(customers=True, jobs=True), desk.hub)


def set_marketing(*, desk: Desk, customer_id: int, given: bool) -> Operation[None]:
    """The customer's yes (True) or no to marketing messages, said at the desk."""
    care, actor = desk.services.care, desk.actor
    return Operation(lambda: care.set_marketing(actor, customer_id, given),
                     lambda _: Changes(customers=True), desk.hub)
