"""Everything one job's screen shows, read in one call (off the UI thread, by the desk):
the job with its timeline, the moves this person may make next, its messages and replies,
and the shop settings the screen writes them with.

    screen = read_job_screen(services, actor, job_id)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.auth.roles import Actor, Perm
from app.jobs.service import NextAction
from app.jobs.views import JobDetail
from app.jobs.workflow import Requirement, transitions_from
from app.notify.views import MessageView, ReplyView

if TYPE_CHECKING:
    from app.bootstrap import Services


@dataclass(frozen=True)
class ScreenSettings:
    """The shop's settings a job's screen needs: read with the job, not on the UI thread."""
    timezone: str
    currency: str
    grace_seconds: int
    may_reveal: bool  # this person may see the passcode and pattern


@dataclass(frozen=True)
class JobScreen:
    detail: JobDetail
    moves: list[NextAction]
    messages: list[MessageView]
    replies: list[ReplyView]
    settings: ScreenSettings


def read_job_screen(services: Services, actor: Actor, job_id: int) -> JobScreen:
    detail = services.jobs.get(job_id)
    return JobScreen(detail=detail, moves=next_moves(actor, detail),
                     messages=services.messages.outbox(job_id=job_id),
                     replies=services.messages.replies(job_id=job_id),
                     settings=read_screen_settings(services, actor))


def read_screen_settings(services: Services, actor: Actor) -> ScreenSettings:
    values = services.settings.all()
    return ScreenSettings(timezone=str(values["shop.timezone"]),
                          currency=str(values["shop.currency"]),
                          grace_seconds=int(values["sms.grace_seconds"]),
                          may_reveal=services.jobs.may_read_unlock(actor))


def next_moves(actor: Actor, detail: JobDetail) -> list[NextAction]:
    """Every move the table offers from the job's status, with why this actor can or cannot
    make it: `JobService.next_actions` for a job already read."""
    actions = []
    for t in transitions_from(detail.status):
        reason = ""
        if actor.role not in t.roles:
            reason = f"not for the {actor.role} role"
        elif Requirement.ESTIMATE in t.requires and detail.totals.estimate <= 0:
            reason = "needs an estimate"
        elif (Requirement.PAID_IN_FULL in t.requires and detail.totals.balance > 0
              and not actor.can(Perm.OVERRIDE)):
            reason = f"balance of {detail.totals.balance} is unpaid"
        actions.append(NextAction(t.target, not reason, reason, t.requires))
    return actions
