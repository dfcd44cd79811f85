"""Intake: customer, device and job in one transaction, with the receipt's deposit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from app.auth.roles import Actor
from app.auth.unlock_access import seal_secret, shop_public_key
from app.customers.service import NewCustomer, NewDevice, build_customer, build_device
from app.errors import NotFound, ValidationError
from app.jobs.common import check_technician, shop_timezone, write
from app.jobs.intake_checks import (
    check_accessories,
    check_condition,
    check_estimate_range,
    check_passcode,
    check_pattern,
)
from app.jobs.money import PaymentKind, PayMethod
from app.jobs.numbering import allocate_number
from app.jobs.timeline import Created, PaymentTaken
from app.jobs.workflow import CustomerEvent, Status
from app.locale.calendar import jalali_year, shop_today, utcnow
from app.search.documents import job_doc
from app.settings.service import read_setting
from app.validation import MAX_NOTE, choice, future_date, money, text, whole
from db.models import Customer, Device, Job, JobSearch, JobSecret, Payment


@dataclass
class IntakeRequest:
    problem: str
    customer_id: int | None = None
    new_customer: NewCustomer | None = None
    device_id: int | None = None
    new_device: NewDevice | None = None
    condition: dict[str, Any] = field(default_factory=dict)
    accessories: list[str] = field(default_factory=list)
    passcode: str = ""
    pattern: str = ""
    priority: int = 0
    promised_date: dt.date | None = None
    technician_id: int | None = None
    estimate_min: int | None = None
    estimate_max: int | None = None
    deposit: int = 0
    deposit_method: str = PayMethod.CASH
    warranty_days: int | None = None
    customer_note: str = ""


def _customer(session: Session, req: IntakeRequest) -> Customer:
    if (req.customer_id is None) == (req.new_customer is None):
        raise ValidationError("Choose an existing customer or enter a new one",
                              code="customer_required", field="customer")
    if req.new_customer is not None:
        return build_customer(session, req.new_customer)
    customer = session.get(Customer, req.customer_id)
    if customer is None:
        raise NotFound(f"No customer #{req.customer_id}", code="no_customer")
    return customer


def _device(session: Session, req: IntakeRequest, customer: Customer) -> Device:
    if (req.device_id is None) == (req.new_device is None):
        raise ValidationError("Choose one of the customer's devices or enter a new one",
                              code="device_required", field="device")
    if req.new_device is not None:
        return build_device(session, customer, req.new_device)
    device = session.get(Device, req.device_id)
    if device is None or device.customer_id != customer.id:
        raise ValidationError("That device does not belong to this customer",
                              code="device_not_customers", field="device")
    return device


def create_job(session: Session, actor: Actor, req: IntakeRequest,
               *, warranty_of: Job | None = None) -> Job:
    """Validate everything, then write the job; raises before any write on bad input."""
    tz = shop_timezone(session)
    problem = text(req.problem, "problem", limit=MAX_NOTE, required=True, multiline=True)
    condition = check_condition(req.condition)
    accessories = check_accessories(req.accessories)
    passcode = check_passcode(req.passcode)
    pattern = check_pattern(req.pattern)
    priority = whole(req.priority, "priority", 0, 2)
    promised = (future_date(req.promised_date, "promised_date", shop_today(tz))
                if req.promised_date is not None else None)
    low = money(req.estimate_min, "estimate_min") if req.estimate_min is not None else None
    high = money(req.estimate_max, "estimate_max") if req.estimate_max is not None else None
    check_estimate_range(low, high)
    deposit = money(req.deposit, "deposit")
    method = choice(req.deposit_method, "deposit_method", PayMethod)
    warranty = (whole(req.warranty_days, "warranty_days", 0, 3650)
                if req.warranty_days is not None
                else int(read_setting(session, "jobs.warranty_days")))
    note = text(req.customer_note, "customer_note", limit=MAX_NOTE, multiline=True)
    technician_id = check_technician(session, req.technician_id)

    customer = _customer(session, req)
    device = _device(session, req, customer)
    now = utcnow()
    job = Job(
        number=allocate_number(session, jalali_year(now, tz)),
        customer_id=customer.id, device_id=device.id, problem=problem, condition=condition,
        accessories=accessories, priority=priority, status=Status.RECEIVED,
        promised_date=promised, technician_id=technician_id, estimate_min=low,
        estimate_max=high, warranty_days=warranty,
        warranty_of_id=warranty_of.id if warranty_of else None, customer_note=note,
        created_at=now, created_by_id=actor.user_id, updated_at=now,
        updated_by_id=actor.user_id, status_changed_at=now,
    )
    session.add(job)
    session.flush()
    if passcode or pattern:
        public = shop_public_key(session)
        if public is None:  # no reader has logged in since the upgrade: the first one seals it
            session.add(JobSecret(job_id=job.id, passcode=passcode, pattern=pattern))
        else:
            session.add(JobSecret(job_id=job.id, sealed=seal_secret(public, passcode, pattern)))
    session.add(JobSearch(job_id=job.id, doc=job_doc(job.number, customer, device)))
    created = Created(Status.RECEIVED, job.number,
                      warranty_of.number if warranty_of is not None else None)
    write(session, job, actor, created, CustomerEvent.RECEIVED)
    if deposit:
        session.add(Payment(job_id=job.id, at=now, kind=PaymentKind.PAYMENT, method=method,
                            amount=deposit, is_deposit=True, by_id=actor.user_id))
        write(session, job, actor, PaymentTaken(deposit, method, deposit=True))
    return job
