"""A device back under warranty: a new job that points at the delivered one."""

from __future__ import annotations

import datetime as dt

from app.auth.roles import Actor, Perm
from app.errors import ValidationError
from app.jobs.intake import IntakeRequest, create_job
from app.jobs.steps import load, note, shop_date, shop_timezone
from app.jobs.timeline import WarrantyReturnOpened
from app.jobs.warranty_terms import warranty_end
from app.jobs.workflow import Status
from app.storage.records import JobRecord
from app.storage.unit_of_work import UnitOfWork


def open_warranty_return(uow: UnitOfWork, actor: Actor, job_id: int, problem: str,
                         now: dt.datetime, *, override: bool = False) -> JobRecord:
    actor.require(Perm.INTAKE)  # before anything is read, as create_job would
    original = load(uow, job_id)
    if original.status != Status.DELIVERED:
        raise ValidationError(f"Job {original.number} has not been delivered",
                              code="not_delivered")
    end = warranty_end(original, shop_timezone(uow))
    if end is None or end < shop_date(uow, now):
        if not override:
            raise ValidationError(f"Job {original.number}'s warranty has ended",
                                  code="warranty_ended", end=str(end))
        actor.require(Perm.OVERRIDE)
    req = IntakeRequest(problem=problem, customer_id=original.customer_id,
                        device_id=original.device_id, warranty_days=original.warranty_days)
    job = create_job(uow, actor, req, now, warranty_of=original)
    note(uow, original, actor, WarrantyReturnOpened(job.number), now)
    return job
