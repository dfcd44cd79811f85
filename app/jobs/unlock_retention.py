"""A device's passcode and pattern are deleted some days after it went back to its owner
(delivered, or handed back cancelled): jobs.unlock_keep_days.

Run at each login and by the SMS dispatcher's round; each deletion is a line of the job's
timeline, written by the system.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, or_, select

from app.auth.roles import SYSTEM
from app.jobs.common import write
from app.jobs.timeline import UnlockDeleted
from app.jobs.workflow import Status
from app.locale.calendar import utcnow
from app.settings.service import read_setting
from db.engine import Database
from db.models import Job, JobSecret

BATCH = 500


def delete_old_unlock_secrets(db: Database, now: dt.datetime | None = None,
                              *, batches: int | None = None) -> int:
    """How many jobs' unlock secrets were deleted now; `batches` bounds the work (a login
    must not wait for the backlog of a shop that has just been updated)."""
    now = now or utcnow()
    deleted = 0
    while batches is None or batches > 0:
        batches = None if batches is None else batches - 1
        with db.write() as s:
            days = int(read_setting(s, "jobs.unlock_keep_days"))
            cutoff = now - dt.timedelta(days=days)
            due = s.execute(
                select(Job, JobSecret).join(JobSecret, JobSecret.job_id == Job.id)
                .where(or_(and_(Job.status == Status.DELIVERED, Job.delivered_at <= cutoff),
                           and_(Job.status == Status.CANCELLED,
                                Job.status_changed_at <= cutoff)))
                .order_by(Job.id).limit(BATCH)).all()
            for job, secret in due:
                s.delete(secret)
                write(s, job, SYSTEM,
                      UnlockDeleted(days, after_cancel=job.status != Status.DELIVERED), now)
        deleted += len(due)
        if len(due) < BATCH:
            break
    return deleted
