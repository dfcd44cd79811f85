"""Intake: customer, device and job in one unit of work, with the receipt's deposit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from app.auth.roles import Actor, Perm
from app.customers.new import NewCustomer, NewDevice
from app.errors import NotFound, ValidationError
from app.jobs.intake_checks import (
    check_accessories,
    check_condition,
    check_estimate_range,
    check_passcode,
    check_pattern,
)
from app.jobs.money import PaymentKind, PayMethod
from app.jobs.steps import check_technician, note, shop_date, shop_timezone
from app.jobs.timeline import Created, PaymentTaken
from app.jobs.workflow import CustomerEvent, Status
from app.locale.calendar import jalali_year
from app.storage.records import CustomerRecord, DeviceRecord, JobRecord, PaymentRecord
from app.storage.unit_of_work import UnitOfWork
from app.validation import MAX_NOTE, choice, future_date, money, text, whole


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


def _customer(uow: UnitOfWork, req: IntakeRequest, now: dt.datetime) -> CustomerRecord:
    if (req.customer_id is None) == (req.new_customer is None):
        raise ValidationError("Choose an existing customer or enter a new one",
                              code="customer_required", field="customer")
    if req.new_customer is not None:
        return uow.customers.add(req.new_customer, now)
    assert req.customer_id is not None
    customer = uow.customers.get(req.customer_id)
    if customer is None:
        raise NotFound(f"No customer #{req.customer_id}", code="no_customer")
    return customer


def _device(uow: UnitOfWork, req: IntakeRequest, customer: CustomerRecord,
            now: dt.datetime) -> DeviceRecord:
    if (req.device_id is None) == (req.new_device is None):
        raise ValidationError("Choose one of the customer's devices or enter a new one",
                              code="device_required", field="device")
    if req.new_device is not None:
        return uow.customers.add_device(customer.id, req.new_device, now)
    assert req.device_id is not None
    device = uow.customers.device(req.device_id)
    if device is None or device.customer_id != customer.id:
        raise ValidationError("That device does not belong to this customer",
                              code="device_not_customers", field="device")
    return device


def create_job(uow: UnitOfWork, actor: Actor, req: IntakeRequest, now: dt.datetime,
               *, warranty_of: JobRecord | None = None) -> JobRecord:
    """Validate everything, then write the job; raises before any write on bad input."""
    actor.require(Perm.INTAKE)
    today = shop_date(uow, now)
    problem = text(req.problem, "problem", limit=MAX_NOTE, required=True, multiline=True)
    condition = check_condition(req.condition)
    accessories = check_accessories(req.accessories)
    passcode = check_passcode(req.passcode)
    pattern = check_pattern(req.pattern)
    priority = whole(req.priority, "priority", 0, 2)
    promised = (future_date(req.promised_date, "promised_date", today)
                if req.promised_date is not None else None)
    low = money(req.estimate_min, "estimate_min") if req.estimate_min is not None else None
    high = money(req.estimate_max, "estimate_max") if req.estimate_max is not None else None
    check_estimate_range(low, high)
    deposit = money(req.deposit, "deposit")
    method = choice(req.deposit_method, "deposit_method", PayMethod)
    warranty = (whole(req.warranty_days, "warranty_days", 0, 3650)
                if req.warranty_days is not None
                else int(uow.settings.get("jobs.warranty_days")))
    customer_note = text(req.customer_note, "customer_note", limit=MAX_NOTE, multiline=True)
    technician_id = check_technician(uow, req.technician_id)

    customer = _customer(uow, req, now)
    device = _device(uow, req, customer, now)
    job = uow.jobs.add(JobRecord(
        number=uow.jobs.next_number(jalali_year(now, shop_timezone(uow))),
        customer_id=customer.id, device_id=device.id, problem=problem, condition=condition,
        accessories=accessories, priority=priority, status=Status.RECEIVED,
        promised_date=promised, technician_id=technician_id, estimate_min=low,
        estimate_max=high, warranty_days=warranty,
        warranty_of_id=warranty_of.id if warranty_of else None, customer_note=customer_note,
        created_at=now, created_by_id=actor.user_id, updated_at=now,
        updated_by_id=actor.user_id, status_changed_at=now,
    ))
    if passcode or pattern:
        uow.unlock.store(job.id, passcode, pattern)
    created = Created(Status.RECEIVED, job.number,
                      warranty_of.number if warranty_of is not None else None)
    note(uow, job, actor, created, now, CustomerEvent.RECEIVED)
    if deposit:
        uow.payments.add(PaymentRecord(job_id=job.id, at=now, kind=PaymentKind.PAYMENT,
                                       method=method, amount=deposit, is_deposit=True,
                                       by_id=actor.user_id))
        note(uow, job, actor, PaymentTaken(deposit, method, deposit=True), now)
    return job
