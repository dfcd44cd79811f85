"""Customers and their devices: create, edit, look up by phone, history, SMS opt-out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.roles import Actor, Perm
from app.customers.imei import normalize_imei
from app.customers.phone import normalize_phone
from app.errors import ConflictError, NotFound, ValidationError
from app.locale.calendar import utcnow
from app.search.documents import customer_doc, job_doc
from app.validation import MAX_NOTE, choice, text
from db.engine import Database
from db.models import Customer, CustomerSearch, Device, Job, JobSearch


class Source(StrEnum):
    WALK_IN = "walk_in"
    INSTAGRAM = "instagram"
    REFERRAL = "referral"
    WEBSITE = "website"
    OTHER = "other"


class DeviceKind(StrEnum):
    PHONE = "phone"
    TABLET = "tablet"
    LAPTOP = "laptop"
    CONSOLE = "console"
    OTHER = "other"


@dataclass
class NewCustomer:
    name: str
    mobile: str
    source: str = Source.WALK_IN
    referred_by_id: int | None = None
    other_phones: list[str] = field(default_factory=list)
    email: str | None = None
    birthday: dt.date | None = None
    language: str = "fa"
    notes: str = ""


@dataclass
class NewDevice:
    kind: str
    brand: str
    model: str
    colour: str = ""
    imei: str | None = None
    serial: str | None = None


def _email(value: Any) -> str | None:
    email = text(value, "email", limit=200) or None
    if email and "@" not in email:
        raise ValidationError(f"'{email}' is not an email address", code="bad_email",
                              field="email")
    return email


def _birthday(value: Any) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime) or value > dt.date.today():
        raise ValidationError("A birthday is a date that has passed", code="bad_birthday",
                              field="birthday")
    return value


FIELD_CHECKS: dict[str, Callable[[Any], Any]] = {
    "name": lambda v: text(v, "name", required=True),
    "other_phones": lambda v: [normalize_phone(p, mobile=False, field="other_phones")
                               for p in v if p.strip()],
    "email": _email,
    "birthday": _birthday,
    "language": lambda v: choice(v, "language", ("fa", "en")),
    "notes": lambda v: text(v, "notes", limit=MAX_NOTE, multiline=True),
}
EDITABLE = ("mobile", *FIELD_CHECKS)


def _unique_mobile(session: Session, raw: str, customer_id: int | None = None) -> str:
    mobile = normalize_phone(raw)
    clash = session.scalar(select(Customer.id).where(Customer.mobile == mobile,
                                                     Customer.id != (customer_id or 0)))
    if clash:
        raise ValidationError(f"A customer with mobile {mobile} already exists",
                              code="mobile_taken", field="mobile", mobile=mobile)
    return mobile


def build_customer(session: Session, data: NewCustomer) -> Customer:
    """Validate and add a customer to ``session`` (the caller's transaction)."""
    mobile = _unique_mobile(session, data.mobile)
    fields = {key: check(getattr(data, key)) for key, check in FIELD_CHECKS.items()}
    source = choice(data.source, "source", Source)
    referrer_known = (data.referred_by_id is not None
                      and session.get(Customer, data.referred_by_id) is not None)
    if source == Source.REFERRAL and not referrer_known:
        raise ValidationError("A referral names the customer who referred them",
                              code="referrer_missing", field="referred_by_id")
    customer = Customer(
        mobile=mobile, source=source, sms_opt_out=False, created_at=utcnow(),
        referred_by_id=data.referred_by_id if source == Source.REFERRAL else None, **fields)
    session.add(customer)
    session.flush()
    session.add(CustomerSearch(customer_id=customer.id, doc=customer_doc(customer)))
    return customer


def build_device(session: Session, customer: Customer, data: NewDevice) -> Device:
    imei = normalize_imei(data.imei) if data.imei and data.imei.strip() else None
    serial = text(data.serial, "serial", limit=64) or None
    device = Device(
        customer_id=customer.id,
        kind=choice(data.kind, "kind", DeviceKind),
        brand=text(data.brand, "brand", limit=100, required=True),
        model=text(data.model, "model", limit=100, required=True),
        colour=text(data.colour, "colour", limit=50),
        imei=imei,
        serial=serial,
        created_at=utcnow(),
    )
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
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, actor: Actor, data: NewCustomer) -> int:
        actor.require(Perm.EDIT_CUSTOMER)
        with self.db.write() as s:
            return build_customer(s, data).id

    def add_device(self, actor: Actor, customer_id: int, data: NewDevice) -> int:
        actor.require(Perm.EDIT_CUSTOMER)
        with self.db.write() as s:
            return build_device(s, _customer(s, customer_id), data).id

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
            customer.sms_opt_out_at = utcnow() if opted_out else None

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
