"""Warning before the customer has to ask: a job not ready near its promised date, a device
left at the shop, a warranty about to end. Each is a plain range over an index."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from app.care.promise_rules import NOT_READY, promised_at_risk, promised_deadline
from app.care.states import CameBy, TaskKind
from app.care.tasks import open_task, shop_hours
from app.jobs.workflow import Status
from app.notify.enqueue import queue_or_skip
from app.notify.outbox_rules import clock_time
from app.notify.templates import MessageEvent
from app.settings.service import read_setting
from db.models import CareTask, Job, OutboxMessage

# Follow-ups opened in one round: a backlog (the day the shop turns this on) is worked off
# over a few minutes instead of one long round.
PER_ROUND = 50
# A job more than this late was late before anyone could warn (the shop turned the warning
# on later): it is not flagged, so the queue does not fill with the past.
LATE_BEYOND_WARNING = dt.timedelta(days=7)
# Likewise a device ready for this long beyond care.not_collected_days.
LEFT_BEYOND_FOLLOW_UP = dt.timedelta(days=60)


def deadline_in_shop(promised: dt.date, s: Session) -> dt.datetime:
    return promised_deadline(promised, clock_time(str(read_setting(s, "care.work_end"))),
                             ZoneInfo(str(read_setting(s, "shop.timezone"))))


def at_risk_jobs(s: Session, now: dt.datetime, limit: int = PER_ROUND) -> list[Job]:
    """Jobs not ready whose promised date's end is within care.at_risk_hours (or past), not
    yet flagged for that date."""
    hours = int(read_setting(s, "care.at_risk_hours"))
    if hours == 0:
        return []
    tz = ZoneInfo(str(read_setting(s, "shop.timezone")))
    last_day = (now + dt.timedelta(hours=hours)).astimezone(tz).date()
    flagged = exists(select(CareTask.id).where(
        CareTask.job_id == Job.id, CareTask.kind == TaskKind.AT_RISK,
        CareTask.about_date == Job.promised_date))
    first_day = (now - LATE_BEYOND_WARNING).astimezone(tz).date()
    jobs = s.scalars(select(Job).where(Job.status.in_(sorted(NOT_READY)),
                                       Job.promised_date >= first_day,
                                       Job.promised_date <= last_day, ~flagged)
                     .order_by(Job.promised_date, Job.id).limit(limit)
                     .with_for_update(skip_locked=True, of=Job))
    work_end = clock_time(str(read_setting(s, "care.work_end")))
    return [j for j in jobs if promised_at_risk(j.promised_date, j.status, now, hours=hours,
                                                work_end=work_end, tz=tz)]


def flag_at_risk(s: Session, now: dt.datetime, limit: int = PER_ROUND) -> int:
    """One follow-up per job and promised date, for its technician, due at the deadline."""
    opened = 0
    for job in at_risk_jobs(s, now, limit):
        assert job.promised_date is not None
        deadline = deadline_in_shop(job.promised_date, s)
        open_task(s, TaskKind.AT_RISK, job.customer_id, now, job_id=job.id,
                  came_by=CameBy.SYSTEM, assignee_id=job.technician_id,
                  due_at=max(deadline, now), about_date=job.promised_date)
        opened += 1
    return opened


def flag_not_collected(s: Session, now: dt.datetime, limit: int = PER_ROUND) -> int:
    """A follow-up for each device ready for care.not_collected_days and still here."""
    days = int(read_setting(s, "care.not_collected_days"))
    if days == 0:
        return 0
    flagged = exists(select(CareTask.id).where(
        CareTask.job_id == Job.id, CareTask.kind == TaskKind.NOT_COLLECTED,
        CareTask.created_at >= Job.status_changed_at))
    since = now - dt.timedelta(days=days)
    jobs = s.scalars(select(Job).where(
        Job.status == Status.READY, Job.status_changed_at <= since,
        Job.status_changed_at > since - LEFT_BEYOND_FOLLOW_UP, ~flagged)
        .order_by(Job.status_changed_at).limit(limit)
        .with_for_update(skip_locked=True, of=Job)).all()
    hours = shop_hours(s)
    for job in jobs:
        open_task(s, TaskKind.NOT_COLLECTED, job.customer_id, now, job_id=job.id,
                  came_by=CameBy.SYSTEM,
                  due_at=hours.add(now, int(read_setting(s, "care.task_hours"))))
    return len(jobs)


def remind_warranty_ending(s: Session, now: dt.datetime, limit: int = 500) -> int:
    """Off by default: the reminder care.warranty_reminder_days before a warranty ends, for
    the jobs delivered exactly that long before (one range per warranty length in use)."""
    if read_setting(s, "care.warranty_reminder") != "yes":
        return 0
    before = int(read_setting(s, "care.warranty_reminder_days"))
    tz = ZoneInfo(str(read_setting(s, "shop.timezone")))
    today = now.astimezone(tz).date()
    lengths = s.scalars(select(Job.warranty_days).where(
        Job.status == Status.DELIVERED, Job.warranty_days > before,
        Job.status_changed_at >= now - dt.timedelta(days=3650)).distinct()).all()
    sent = 0
    for length in lengths:
        day = today + dt.timedelta(days=before - length)  # delivered on this day ends then
        start = dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC)
        told = exists(select(OutboxMessage.id).where(
            OutboxMessage.job_id == Job.id,
            OutboxMessage.event == MessageEvent.WARRANTY_ENDING))
        for job in s.scalars(select(Job).where(
                Job.status == Status.DELIVERED, Job.warranty_days == length,
                Job.status_changed_at >= start,
                Job.status_changed_at < start + dt.timedelta(days=1), ~told).limit(limit)
                .with_for_update(skip_locked=True, of=Job)):
            message, _ = queue_or_skip(s, job, MessageEvent.WARRANTY_ENDING, now)
            sent += message is not None
    return sent
