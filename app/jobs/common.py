"""Row-level helpers for code that works on a session directly: reads, the retention sweep,
the demo loader. Operations go through the unit of work (app/jobs/steps.py) instead."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.auth.roles import Actor
from app.errors import NotFound
from app.jobs.timeline import Payload
from app.locale.calendar import utcnow
from app.settings.service import read_setting
from db.models import Job, JobEvent


def load_job(session: Session, job_id: int) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound(f"No job #{job_id}", code="no_job")
    return job


def record(session: Session, job: Job, actor: Actor, kind: str,
           data: dict[str, Any] | None = None, *, at: dt.datetime | None = None) -> JobEvent:
    """A line of the job's timeline that no customer hears of."""
    event = JobEvent(job_id=job.id, at=at or utcnow(), actor_id=actor.user_id, kind=kind,
                     data=data or {})
    session.add(event)
    return event


def write(session: Session, job: Job, actor: Actor, payload: Payload,
          at: dt.datetime | None = None) -> JobEvent:
    """One typed line of the job's timeline."""
    return record(session, job, actor, payload.kind, payload.data(), at=at)


def shop_timezone(session: Session) -> str:
    return str(read_setting(session, "shop.timezone"))
