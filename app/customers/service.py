"""Customers and their devices: create, edit, look up by phone, history, SMS opt-out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.roles import Actor, Perm
from app.clock import Clock, system_clock
from app.customers.new import (
    EDITABLE,
    FIELD_CHECKS,
    NewCustomer,
    NewDevice,
    checked_customer,
    checked_device,
    unique_mobile,
)
from app.customers.new import DeviceKind as DeviceKind  # re-exported for the desk
from app.customers.new import Source as Source
from app.customers.phone import normalize_phone
from app.errors import ConflictError, NotFound, ValidationError
from app.locale.calendar import utcnow
from app.search.documents import customer_doc, job_doc
from app.settings.service import read_setting
from db.engine import Database
from db.models import Customer, CustomerSearch, Device, Job, JobSearch


def _unique_mobile(session: Session, raw: str, customer_id: int | None = None) -> str:
    return unique_mobile(raw, lambda mobile: session.scalar(
        select(Customer.id).where(Customer.mobile == mobile,
                                  Customer.id != (customer_id or 0))) is not None)


def build_customer(session: Session, data: NewCustomer,
                   now: dt.datetime | None = None) -> Customer:
    """Validate and add a customer to ``session`` (the caller's transaction)."""
    values = checked_customer(
        data, now or utcnow(),
        mobile_taken=lambda mobile: session.scalar(
            select(Customer.id).where(Customer.mobile == mobile)) is not None,
        customer_exists=lambda customer_id: session.get(Customer, customer_id) is not None,
        tz=str(read_setting(session, "shop.timezone")))
    customer = Customer(**values)
    session.add(customer)
    session.flush()
    session.add(CustomerSearch(customer_id=customer.id, doc=customer_doc(customer)))
    return customer


def build_device(session: Session, customer: Customer, data: NewDevice,
                 now: dt.datetime | None = None) -> Device:
    device = Device(customer_id=customer.id, **checked_device(data, now or utcnow()))
    session.add(device)
    session.flush()
    return device


@dataclass(frozen=True)
class CustomerCard:
    id: int
    name: str
    mobile: str
    source: str
    language: str
    sms_opt_out: bool
    version: int
    devices: list[dict[str, Any]]
    jobs: list[dict[str, Any]]
    payments: list[dict[str, Any]]



class CustomerService:
    def __init__(self, db: Database, *, clock: Clock = system_clock) -> None:
        self.db = db
        self.clock = clock

    def create(self, actor: Actor, data: NewCustomer) -> int:
        actor.require(Perm.EDIT_CUSTOMER)
        with self.db.write() as s:
            return build_customer(s, data, self.clock()).id

    def add_device(self, actor: Actor, customer_id: int, data: NewDevice) -> int:
        actor.require(Perm.EDIT_CUSTOMER)
        with self.db.write() as s:
            return build_device(s, _customer(s, customer_id), data, self.clock()).id

    def find_by_mobile(self, raw: str) -> int | None:
        mobile = normalize_phone(raw)
        with self.db.read() as s:
            return s.scalar(select(Customer.id).where(Customer.mobile == mobile))

    def update(self, actor: Actor, customer_id: int, expected_version: int,
               **changes: Any) -> int:
        actor.require(Perm.EDIT_CUSTOMER)
        unknown = set(changes) - set(EDITABLE)
        if unknown:
            raise ValidationError(f"Cannot edit {', '.join(sorted(unknown))}",
                                  code="not_editable")
        with self.db.write() as s:
            customer = _customer(s, customer_id)
            if customer.version != expected_version:
                raise ConflictError("This customer was changed on another workstation; "
                                    "reload and try again", code="customer_conflict")
            values = {key: FIELD_CHECKS[key](value) for key, value in changes.items()
                      if key != "mobile"}
            if "mobile" in changes:
                values["mobile"] = _unique_mobile(s, changes["mobile"], customer_id)
            for key, value in values.items():
                setattr(customer, key, value)
            s.flush()
            _reindex_customer(s, customer)
            return customer.version

    def set_sms_opt_out(self, actor: Actor, customer_id: int, opted_out: bool) -> None:
        actor.require(Perm.EDIT_CUSTOMER)
        with self.db.write() as s:
            customer = _customer(s, customer_id)
            customer.sms_opt_out = opted_out
            customer.sms_opt_out_at = self.clock() if opted_out else None

    def card(self, customer_id: int) -> CustomerCard:
        with self.db.read() as s:
            customer = _customer(s, customer_id)
            jobs = s.scalars(select(Job).where(Job.customer_id == customer_id)
                             .order_by(Job.id.desc())).all()
            return CustomerCard(
                id=customer.id, name=customer.name, mobile=customer.mobile,
                source=customer.source, language=customer.language,
                sms_opt_out=customer.sms_opt_out, version=customer.version,
                devices=[{"id": d.id, "kind": d.kind, "brand": d.brand, "model": d.model,
                          "imei": d.imei, "serial": d.serial} for d in customer.devices],
                jobs=[{"id": j.id, "number": j.number, "status": j.status,
                       "device_id": j.device_id, "created_at": j.created_at} for j in jobs],
                payments=[{"job_id": j.id, "number": j.number, "at": p.at, "kind": p.kind,
                           "method": p.method, "amount": p.amount}
                          for j in jobs for p in j.payments],
            )

    def device_history(self, device_id: int) -> list[dict[str, Any]]:
        with self.db.read() as s:
            if s.get(Device, device_id) is None:
                raise NotFound(f"No device #{device_id}", code="no_device")
            jobs = s.scalars(select(Job).where(Job.device_id == device_id)
                             .order_by(Job.id)).all()
            return [{"id": j.id, "number": j.number, "status": j.status,
                     "problem": j.problem, "created_at": j.created_at,
                     "delivered_at": j.delivered_at} for j in jobs]


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"No customer #{customer_id}", code="no_customer")
    return customer


def _reindex_customer(session: Session, customer: Customer) -> None:
    session.merge(CustomerSearch(customer_id=customer.id, doc=customer_doc(customer)))
    for job in session.scalars(select(Job).where(Job.customer_id == customer.id)):
        session.merge(JobSearch(job_id=job.id, doc=job_doc(job.number, customer, job.device)))
