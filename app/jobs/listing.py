"""The job board's pages: filtered, newest first, fetched a page at a time (keyset)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import aliased

from app.jobs.common import shop_timezone
from app.jobs.workflow import OPEN_STATUSES, Status
from app.locale.calendar import shop_today
from db.engine import Database
from db.models import (
    Customer,
    Device,
    InboundMessage,
    Job,
    JobEvent,
    OutboxMessage,
    User,
)

Q = TypeVar("Q", bound="Select[*tuple[Any, ...]]")


@dataclass(frozen=True)
class JobFilter:
    statuses: tuple[Status, ...] = ()
    technician_id: int | None = None
    created_from: dt.date | None = None  # shop dates, both ends included
    created_to: dt.date | None = None
    overdue: bool = False


@dataclass(frozen=True)
class JobRow:
    id: int
    number: str
    status: Status
    priority: int
    customer_name: str
    customer_mobile: str
    device: str
    technician: str | None
    created_at: dt.datetime
    promised_date: dt.date | None


@dataclass(frozen=True)
class Page:
    rows: list[JobRow]
    after: tuple[dt.datetime, int] | None = field(default=None)  # pass back for the next page


def _filtered(query: Q, flt: JobFilter, tz: str, today: dt.date) -> Q:
    if flt.statuses:
        query = query.where(Job.status.in_([str(s) for s in flt.statuses]))
    if flt.technician_id is not None:
        query = query.where(Job.technician_id == flt.technician_id)
    zone = ZoneInfo(tz)
    if flt.created_from is not None:
        start = dt.datetime.combine(flt.created_from, dt.time(), zone)
        query = query.where(Job.created_at >= start)
    if flt.created_to is not None:
        end = dt.datetime.combine(flt.created_to + dt.timedelta(days=1), dt.time(), zone)
        query = query.where(Job.created_at < end)
    if flt.overdue:
        query = query.where(Job.promised_date < today,
                            Job.status.in_([str(s) for s in OPEN_STATUSES]))
    return query


class JobListing:
    def __init__(self, db: Database) -> None:
        self.db = db

    def page(self, flt: JobFilter = JobFilter(), *, limit: int = 50,
             after: tuple[dt.datetime, int] | None = None) -> Page:
        tech = aliased(User)
        query = (select(Job.id, Job.number, Job.status, Job.priority, Customer.name,
                        Customer.mobile, Device.brand, Device.model, tech.full_name,
                        Job.created_at, Job.promised_date)
                 .join(Customer, Customer.id == Job.customer_id)
                 .join(Device, Device.id == Job.device_id)
                 .outerjoin(tech, tech.id == Job.technician_id)
                 .order_by(Job.created_at.desc(), Job.id.desc()).limit(limit))
        if after is not None:
            at, last_id = after
            query = query.where(or_(Job.created_at < at,
                                    and_(Job.created_at == at, Job.id < last_id)))
        with self.db.read() as s:
            tz = shop_timezone(s)
            rows = s.execute(_filtered(query, flt, tz, shop_today(tz))).all()
        out = [JobRow(r[0], r[1], Status(r[2]), r[3], r[4], r[5], f"{r[6]} {r[7]}", r[8],
                      r[9], r[10]) for r in rows]
        return Page(out, (out[-1].created_at, out[-1].id) if len(out) == limit else None)

    def latest_change(self) -> tuple[int, int, int]:
        """Grows whenever any PC changes a job, queues a message or takes a reply: the newest
        timeline, outbox and reply ids, each a primary-key lookup. (A message sent or
        delivered is written on the timeline too.)"""
        with self.db.read() as s:
            row = s.execute(select(
                select(func.max(JobEvent.id)).scalar_subquery(),
                select(func.max(OutboxMessage.id)).scalar_subquery(),
                select(func.max(InboundMessage.id)).scalar_subquery())).one()
        return (row[0] or 0, row[1] or 0, row[2] or 0)

    def status_counts(self, flt: JobFilter = JobFilter()) -> dict[Status, int]:
        query = select(Job.status, func.count()).group_by(Job.status)
        with self.db.read() as s:
            tz = shop_timezone(s)
            rows = s.execute(_filtered(query, flt, tz, shop_today(tz))).all()
        return {Status(status): count for status, count in rows}

    def technician_queue(self, technician_id: int, *, limit: int = 200) -> list[JobRow]:
        """Open jobs of one technician, most urgent first, then by promised date."""
        open_work = [str(s) for s in OPEN_STATUSES - {Status.READY}]
        query = (select(Job.id, Job.number, Job.status, Job.priority, Customer.name,
                        Customer.mobile, Device.brand, Device.model, Job.created_at,
                        Job.promised_date)
                 .join(Customer, Customer.id == Job.customer_id)
                 .join(Device, Device.id == Job.device_id)
                 .where(Job.technician_id == technician_id, Job.status.in_(open_work))
                 .order_by(Job.priority.desc(), Job.promised_date.is_(None),
                           Job.promised_date, Job.id)
                 .limit(limit))
        with self.db.read() as s:
            rows = s.execute(query).all()
        return [JobRow(r[0], r[1], Status(r[2]), r[3], r[4], r[5], f"{r[6]} {r[7]}", None,
                       r[8], r[9]) for r in rows]
