"""Read-only snapshots a service hands out; callers never hold live ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from app.jobs.money import Totals, line_total, totals
from app.jobs.warranty_terms import warranty_end as warranty_end  # notify reads it here
from app.jobs.workflow import Status
from db.models import Job, JobEvent


@dataclass(frozen=True)
class LineView:
    kind: str
    description: str
    quantity: int
    unit_price: int
    discount: int
    total: int


@dataclass(frozen=True)
class PaymentView:
    id: int
    at: dt.datetime
    kind: str
    method: str
    amount: int
    is_deposit: bool
    note: str


@dataclass(frozen=True)
class EventView:
    id: int
    at: dt.datetime
    actor: str
    kind: str
    data: dict[str, Any]
    customer_event: str | None


@dataclass(frozen=True)
class JobDetail:
    id: int
    number: str
    status: Status
    version: int
    customer_id: int
    customer_name: str
    customer_mobile: str
    customer_language: str
    customer_opted_out: bool
    device_id: int
    device: dict[str, Any]
    problem: str
    condition: dict[str, Any]
    accessories: list[str]
    has_unlock: bool
    priority: int
    promised_date: dt.date | None
    technician_id: int | None
    technician_name: str | None
    estimate_min: int | None
    estimate_max: int | None
    warranty_days: int
    warranty_end: dt.date | None
    warranty_of_id: int | None
    customer_note: str
    created_at: dt.datetime
    updated_at: dt.datetime
    delivered_at: dt.datetime | None
    lines: list[LineView]
    payments: list[PaymentView]
    totals: Totals
    events: list[EventView]


def job_detail(job: Job, events: list[JobEvent], tz: str) -> JobDetail:
    """tz: the shop's time zone, whose day the warranty is counted from."""
    device = job.device
    return JobDetail(
        id=job.id, number=job.number, status=Status(job.status), version=job.version,
        customer_id=job.customer_id, customer_name=job.customer.name,
        customer_mobile=job.customer.mobile, customer_language=job.customer.language,
        customer_opted_out=job.customer.sms_opt_out, device_id=job.device_id,
        device={"kind": device.kind, "brand": device.brand, "model": device.model,
                "colour": device.colour, "imei": device.imei, "serial": device.serial},
        problem=job.problem, condition=dict(job.condition), accessories=list(job.accessories),
        has_unlock=job.secret is not None and bool(job.secret.sealed or job.secret.passcode
                                                   or job.secret.pattern),
        priority=job.priority, promised_date=job.promised_date,
        technician_id=job.technician_id,
        technician_name=job.technician.full_name if job.technician else None,
        estimate_min=job.estimate_min, estimate_max=job.estimate_max,
        warranty_days=job.warranty_days, warranty_end=warranty_end(job, tz),
        warranty_of_id=job.warranty_of_id, customer_note=job.customer_note,
        created_at=job.created_at, updated_at=job.updated_at, delivered_at=job.delivered_at,
        lines=[LineView(line.kind, line.description, line.quantity, line.unit_price,
                        line.discount, line_total(line)) for line in job.lines],
        payments=[PaymentView(p.id, p.at, p.kind, p.method, p.amount, p.is_deposit, p.note)
                  for p in job.payments],
        totals=totals(job.lines, job.payments),
        events=[EventView(e.id, e.at, e.actor.username if e.actor else "system", e.kind,
                          dict(e.data), e.customer_event) for e in events],
    )
