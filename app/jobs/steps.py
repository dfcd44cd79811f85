"""Steps every job operation shares: loading with a version check, touching, the timeline."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app.auth.roles import Actor
from app.errors import ConflictError, ValidationError
from app.jobs.money import Totals, totals
from app.jobs.timeline import Payload
from app.locale.calendar import format_datetime
from app.storage.records import EventRecord, JobRecord
from app.storage.unit_of_work import UnitOfWork


def load(uow: UnitOfWork, job_id: int, expected_version: int | None = None) -> JobRecord:
    """The job, refused when someone saved it since the caller read `expected_version`."""
    job = uow.jobs.get(job_id)
    if expected_version is not None and job.version != expected_version:
        who = uow.users.full_name(job.updated_by_id) or "the system"
        when = format_datetime(job.updated_at, lang="en", calendar="gregorian")
        raise ConflictError(
            f"Job {job.number} was changed by {who} at {when} since you opened it; "
            "reload it and make your change again.",
            code="job_conflict", number=job.number, by=who, at=job.updated_at)
    return job


def touch(job: JobRecord, actor: Actor, now: dt.datetime) -> None:
    job.updated_at = now
    job.updated_by_id = actor.user_id


def note(uow: UnitOfWork, job: JobRecord, actor: Actor, payload: Payload, now: dt.datetime,
         customer_event: str | None = None) -> EventRecord:
    """A line of the job's timeline; a customer event goes on to the outbox."""
    event = uow.timeline.add(job.id, now, actor.user_id, payload, customer_event)
    if customer_event:
        uow.outbox.customer_event(job.id, event)
    return event


def money_of(uow: UnitOfWork, job_id: int) -> Totals:
    return totals(uow.lines.for_job(job_id), uow.payments.for_job(job_id))


def shop_timezone(uow: UnitOfWork) -> str:
    return str(uow.settings.get("shop.timezone"))


def shop_date(uow: UnitOfWork, now: dt.datetime) -> dt.date:
    return now.astimezone(ZoneInfo(shop_timezone(uow))).date()


def check_technician(uow: UnitOfWork, technician_id: int | None) -> int | None:
    if technician_id is None:
        return None
    if not uow.users.is_active_technician(technician_id):
        raise ValidationError(f"There is no active technician #{technician_id}",
                              code="unknown_technician", field="technician_id")
    return technician_id
