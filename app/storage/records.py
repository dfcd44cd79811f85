"""What the unit of work's repositories hand out and take back: plain values, never live ORM
rows, so the rules of app/jobs run the same on the database and in memory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass
class JobRecord:
    number: str
    customer_id: int
    device_id: int
    problem: str
    status: str
    created_at: dt.datetime
    updated_at: dt.datetime
    status_changed_at: dt.datetime
    condition: dict[str, Any] = field(default_factory=dict)
    accessories: list[str] = field(default_factory=list)
    priority: int = 0
    promised_date: dt.date | None = None
    technician_id: int | None = None
    estimate_min: int | None = None
    estimate_max: int | None = None
    warranty_days: int = 0
    warranty_of_id: int | None = None
    customer_note: str = ""
    created_by_id: int | None = None
    updated_by_id: int | None = None
    delivered_at: dt.datetime | None = None
    id: int = 0  # 0 until the job is added
    version: int = 0  # the stored version this record was read at; 0 until added


# The job's columns a save writes back (everything but its identity and version).
JOB_COLUMNS = ("number", "customer_id", "device_id", "problem", "status", "created_at",
               "updated_at", "status_changed_at", "condition", "accessories", "priority",
               "promised_date", "technician_id", "estimate_min", "estimate_max",
               "warranty_days", "warranty_of_id", "customer_note", "created_by_id",
               "updated_by_id", "delivered_at")


@dataclass(frozen=True)
class LineRecord:
    position: int
    kind: str
    description: str
    quantity: int
    unit_price: int
    discount: int = 0


@dataclass(frozen=True)
class PaymentRecord:
    job_id: int
    at: dt.datetime
    kind: str
    method: str
    amount: int
    is_deposit: bool = False
    note: str = ""
    by_id: int | None = None
    id: int = 0


@dataclass(frozen=True)
class EventRecord:
    id: int
    job_id: int
    at: dt.datetime
    actor_id: int | None
    kind: str
    data: dict[str, Any]
    customer_event: str | None = None


@dataclass(frozen=True)
class CustomerRecord:
    id: int
    name: str
    mobile: str
    language: str = "fa"
    sms_opt_out: bool = False


@dataclass(frozen=True)
class DeviceRecord:
    id: int
    customer_id: int
    kind: str
    brand: str
    model: str
    colour: str = ""
    imei: str | None = None
    serial: str | None = None
