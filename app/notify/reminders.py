"""Pickup reminders for devices left at the shop N days after they became ready."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, or_, select

from app.jobs.workflow import Status
from app.notify.enqueue import skip_or_enqueue_reminder
from app.notify.templates import MessageEvent
from app.settings.service import read_setting
from db.engine import Database
from db.models import Job, OutboxMessage


def queue_reminders(db: Database, now: dt.datetime, limit: int = 500) -> int:
    """Queue the reminders that are due: the k-th one k×N days after ready, at most M."""
    with db.write() as s:
        every = int(read_setting(s, "sms.reminder_days"))
        most = int(read_setting(s, "sms.reminder_max"))
        if every == 0 or most == 0:
            return 0
        period = dt.timedelta(days=every)
        reminders = (select(OutboxMessage.job_id, func.count(OutboxMessage.id).label("n"),
                            func.max(OutboxMessage.created_at).label("last"))
                     .where(OutboxMessage.event == MessageEvent.PICKUP_REMINDER)
                     .group_by(OutboxMessage.job_id).subquery())
        rows = s.execute(
            select(Job, reminders.c.n, reminders.c.last)
            .outerjoin(reminders, and_(reminders.c.job_id == Job.id,
                                       reminders.c.last >= Job.status_changed_at))
            .where(Job.status == Status.READY, Job.status_changed_at <= now - period,
                   # a device left for far longer than the reminders cover is a matter for
                   # a phone call, not another SMS
                   Job.status_changed_at > now - period * (most + 1),
                   or_(reminders.c.n.is_(None),
                       and_(reminders.c.n < most, reminders.c.last <= now - period)))
            .order_by(Job.status_changed_at).limit(limit)).all()
        return sum(skip_or_enqueue_reminder(s, job, now) for job, _, _ in rows)
