"""Operations on one job: its workflow, estimate, money, notes, people and papers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from app.changes import Changes
from app.jobs.service import LineInput, UnlockInfo
from app.jobs.views import JobDetail
from app.jobs.workflow import Status
from ui.shell.desk import Desk
from ui.shell.tasks import Operation

T = TypeVar("T")

def _on_job(desk: Desk, job_id: int, work: Callable[[], T], *,
            messages: bool = True) -> Operation[T]:
    return Operation(work, lambda _: Changes.of_job(job_id, messages=messages), desk.hub)


def change_status(*, desk: Desk, job_id: int, target: Status, version: int | None,
                  reason: str = "", promised_date: dt.date | None = None,
                  override: bool = False) -> Operation[int]:
    """version None: the job's current one, read just before (a queue's one-click step)."""
    jobs, actor = desk.services.jobs, desk.actor

    def move() -> int:
        expected = jobs.get(job_id).version if version is None else version
        return jobs.change_status(actor, job_id, target, expected, reason=reason,
                                  promised_date=promised_date, override=override)

    return _on_job(desk, job_id, move)


def undo_status_change(*, desk: Desk, job_id: int, version: int) -> Operation[int]:
    jobs, actor = desk.services.jobs, desk.actor
    return _on_job(desk, job_id, lambda: jobs.undo_status_change(actor, job_id, version))


def assign(*, desk: Desk, job_id: int, version: int,
           technician_id: int | None) -> Operation[int]:
    jobs, actor = desk.services.jobs, desk.actor
    return _on_job(desk, job_id, lambda: jobs.assign(actor, job_id, version, technician_id),
                   messages=False)


def open_warranty_return(*, desk: Desk, job_id: int, problem: str,
                         override: bool = False) -> Operation[JobDetail]:
    jobs, actor = desk.services.jobs, desk.actor
    return Operation(lambda: jobs.open_warranty_return(actor, job_id, problem,
                                                       override=override),
                     lambda new: Changes.of_job(job_id, new.id) | Changes(customers=True),
                     desk.hub)


def reveal_unlock(*, desk: Desk, job_id: int) -> Operation[UnlockInfo]:
    """A look at the passcode is on the job's record."""
    jobs, actor = desk.services.jobs, desk.actor
    return Operation(lambda: jobs.reveal_unlock(actor, job_id),
                     lambda _: Changes(job_ids=frozenset({job_id})), desk.hub)


def set_estimate(*, desk: Desk, job_id: int, version: int,
                 lines: list[LineInput]) -> Operation[int]:
    jobs, actor = desk.services.jobs, desk.actor
    return _on_job(desk, job_id, lambda: jobs.set_estimate(actor, job_id, version, lines),
                   messages=False)


def add_payment(*, desk: Desk, job_id: int, amount: int, method: str) -> Operation[int]:
    jobs, actor = desk.services.jobs, desk.actor
    return _on_job(desk, job_id, lambda: jobs.add_payment(actor, job_id, amount, method),
                   messages=False)


def refund(*, desk: Desk, job_id: int, amount: int, method: str,
           reason: str) -> Operation[int]:
    jobs, actor = desk.services.jobs, desk.actor
    return _on_job(desk, job_id,
                   lambda: jobs.refund(actor, job_id, amount, method, reason=reason),
                   messages=False)


def add_note(*, desk: Desk, job_id: int, text: str,
             customer_visible: bool) -> Operation[None]:
    jobs, actor = desk.services.jobs, desk.actor
    return Operation(lambda: jobs.add_note(actor, job_id, text,
                                           customer_visible=customer_visible),
                     lambda _: Changes(job_ids=frozenset({job_id})), desk.hub)

