"""Message events on a job's timeline, written by the system in the caller's transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from app.jobs.timeline import TimelineKind
from db.models import JobEvent, OutboxMessage


def note_on_job(session: Session, job_id: int | None, kind: TimelineKind, data: dict[str, Any],
                at: dt.datetime, actor_id: int | None = None) -> None:
    if job_id is not None:
        session.add(JobEvent(job_id=job_id, at=at, actor_id=actor_id, kind=kind, data=data))


def note_message(session: Session, message: OutboxMessage, kind: TimelineKind, at: dt.datetime,
                 **extra: Any) -> None:
    data = {"message_id": message.id, "event": message.event, "status": message.status}
    note_on_job(session, message.job_id, kind, {**data, **extra}, at)
