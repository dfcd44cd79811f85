"""Everything one job's screen shows, read in one call (off the UI thread, by the desk):
the job with its timeline, the moves this person may make next, its messages and replies,
and the shop settings the screen writes them with.

    screen = read_job_screen(services, actor, job_id)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.auth.roles import Actor
from app.jobs.moves import NextAction, next_actions
from app.jobs.views import JobDetail
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
    make it: what `JobService.next_actions` answers, for a job already read."""
    return next_actions(actor, detail.status, detail.totals)
