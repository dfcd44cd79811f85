"""Pieces every job service call shares: loading with a version check, the timeline, settings."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.roles import Actor, Role
from app.errors import ConflictError, NotFound, ValidationError
from app.jobs.timeline import Payload
from app.locale.calendar import format_datetime, utcnow
from app.settings.service import read_setting
from db.models import Job, JobEvent, User


def load_job(session: Session, job_id: int, expected_version: int | None = None) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound(f"No job #{job_id}", code="no_job")
    if expected_version is not None and job.version != expected_version:
        who = job.updated_by.full_name if job.updated_by else "the system"
        when = format_datetime(job.updated_at, lang="en", calendar="gregorian")
        raise ConflictError(
            f"Job {job.number} was changed by {who} at {when} since you opened it; "
            "reload it and make your change again.",
            code="job_conflict", number=job.number, by=who, at=job.updated_at)
    return job


def touch(job: Job, actor: Actor) -> None:
    job.updated_at = utcnow()
    job.updated_by_id = actor.user_id


def record(session: Session, job: Job, actor: Actor, kind: str,
           data: dict[str, Any] | None = None, customer_event: str | None = None) -> JobEvent:
    event = JobEvent(job_id=job.id, at=utcnow(), actor_id=actor.user_id, kind=kind,
                     data=data or {}, customer_event=customer_event)
    session.add(event)
    if customer_event:
        from app.notify.enqueue import on_customer_event  # notify builds on jobs, not back

        session.flush()
        on_customer_event(session, job, event, customer_event)
    return event


def write(session: Session, job: Job, actor: Actor, payload: Payload,
          customer_event: str | None = None) -> JobEvent:
    """One typed line of the job's timeline."""
    return record(session, job, actor, payload.kind, payload.data(), customer_event)


def shop_timezone(session: Session) -> str:
    return str(read_setting(session, "shop.timezone"))


def check_technician(session: Session, technician_id: int | None) -> int | None:
    if technician_id is None:
        return None
    user = session.scalar(select(User).where(User.id == technician_id))
    if user is None or not user.active or user.role not in (Role.TECHNICIAN, Role.MANAGER):
        raise ValidationError(f"There is no active technician #{technician_id}",
                              code="unknown_technician", field="technician_id")
    return technician_id
