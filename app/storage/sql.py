"""The unit of work over the database: one write transaction of db.engine.Database, and
repositories that turn rows into the records app/jobs works on and back."""

from __future__ import annotations

import datetime as dt
from contextlib import AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.auth.roles import REPAIRING
from app.auth.unlock_access import (
    may_read,
    open_secret,
    seal_secret,
    share_shop_key,
    shop_public_key,
)
from app.customers.service import build_customer, build_device
from app.errors import NotFound
from app.jobs.numbering import allocate_number
from app.jobs.timeline import TimelineKind
from app.notify.enqueue import on_customer_event, undo_within_grace
from app.search.documents import job_doc
from app.settings.service import read_setting
from app.storage.records import (
    JOB_COLUMNS,
    CustomerRecord,
    DeviceRecord,
    EventRecord,
    JobRecord,
    LineRecord,
    PaymentRecord,
)
from app.storage.unit_of_work import concurrent_change
from db.engine import Database
from db.models import (
    Customer,
    Device,
    EstimateLine,
    Job,
    JobEvent,
    JobSearch,
    JobSecret,
    Payment,
    User,
)

if TYPE_CHECKING:
    from app.auth.unlock_access import SessionKeys
    from app.customers.new import NewCustomer, NewDevice
    from app.jobs.timeline import Payload


def _job_record(job: Job) -> JobRecord:
    return JobRecord(id=job.id, version=job.version,
                     **{column: getattr(job, column) for column in JOB_COLUMNS})


def _row(session: Session, job_id: int) -> Job:
    job = session.get(Job, job_id)
    if job is None:
        raise NotFound(f"No job #{job_id}", code="no_job")
    return job


def _event_record(event: JobEvent) -> EventRecord:
    return EventRecord(event.id, event.job_id, event.at, event.actor_id, event.kind,
                       dict(event.data), event.customer_event)


class SqlJobs:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, job_id: int) -> JobRecord:
        return _job_record(_row(self.s, job_id))

    def add(self, job: JobRecord) -> JobRecord:
        row = Job(**{column: getattr(job, column) for column in JOB_COLUMNS})
        self.s.add(row)
        self.s.flush()
        customer, device = self.s.get(Customer, row.customer_id), self.s.get(Device, row.device_id)
        assert customer is not None and device is not None  # the foreign keys hold
        self.s.add(JobSearch(job_id=row.id, doc=job_doc(row.number, customer, device)))
        return _job_record(row)

    def save(self, job: JobRecord) -> int:
        row = _row(self.s, job.id)
        if row.version != job.version:
            raise concurrent_change()
        for column in JOB_COLUMNS:
            value = getattr(job, column)
            if getattr(row, column) != value:
                setattr(row, column, value)
        try:
            self.s.flush()
        except StaleDataError:
            raise concurrent_change() from None
        job.version = row.version
        return row.version

    def next_number(self, year: int) -> str:
        return allocate_number(self.s, year)


class SqlCustomers:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, customer_id: int) -> CustomerRecord | None:
        row = self.s.get(Customer, customer_id)
        return None if row is None else _customer_record(row)

    def add(self, data: NewCustomer, now: dt.datetime) -> CustomerRecord:
        return _customer_record(build_customer(self.s, data, now))

    def device(self, device_id: int) -> DeviceRecord | None:
        row = self.s.get(Device, device_id)
        return None if row is None else _device_record(row)

    def add_device(self, customer_id: int, data: NewDevice, now: dt.datetime) -> DeviceRecord:
        customer = self.s.get(Customer, customer_id)
        if customer is None:
            raise NotFound(f"No customer #{customer_id}", code="no_customer")
        return _device_record(build_device(self.s, customer, data, now))


def _customer_record(row: Customer) -> CustomerRecord:
    return CustomerRecord(row.id, row.name, row.mobile, row.language, row.sms_opt_out)


def _device_record(row: Device) -> DeviceRecord:
    return DeviceRecord(row.id, row.customer_id, row.kind, row.brand, row.model, row.colour,
                        row.imei, row.serial)


class SqlUsers:
    def __init__(self, session: Session) -> None:
        self.s = session

    def is_active_technician(self, user_id: int) -> bool:
        user = self.s.scalar(select(User).where(User.id == user_id))
        return (user is not None and user.active
                and user.role in REPAIRING)

    def full_name(self, user_id: int | None) -> str | None:
        user = self.s.get(User, user_id) if user_id is not None else None
        return user.full_name if user else None


class SqlSettings:
    def __init__(self, session: Session) -> None:
        self.s = session

    def get(self, key: str) -> Any:
        return read_setting(self.s, key)


class SqlTimeline:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, job_id: int, at: dt.datetime, actor_id: int | None, payload: Payload,
            customer_event: str | None = None) -> EventRecord:
        event = JobEvent(job_id=job_id, at=at, actor_id=actor_id, kind=payload.kind,
                         data=payload.data(), customer_event=customer_event)
        self.s.add(event)
        self.s.flush()
        return _event_record(event)

    def last_status_change(self, job_id: int) -> EventRecord | None:
        event = self.s.scalar(select(JobEvent).where(
            JobEvent.job_id == job_id, JobEvent.kind == TimelineKind.STATUS_CHANGED)
            .order_by(JobEvent.id.desc()).limit(1))
        return None if event is None else _event_record(event)

    def for_job(self, job_id: int) -> list[EventRecord]:
        events = self.s.scalars(select(JobEvent).where(JobEvent.job_id == job_id)
                                .order_by(JobEvent.id))
        return [_event_record(e) for e in events]


class SqlPayments:
    def __init__(self, session: Session) -> None:
        self.s = session

    def add(self, payment: PaymentRecord) -> PaymentRecord:
        row = Payment(job_id=payment.job_id, at=payment.at, kind=payment.kind,
                      method=payment.method, amount=payment.amount,
                      is_deposit=payment.is_deposit, note=payment.note, by_id=payment.by_id)
        self.s.add(row)
        self.s.flush()
        return _payment_record(row)

    def for_job(self, job_id: int) -> list[PaymentRecord]:
        rows = self.s.scalars(select(Payment).where(Payment.job_id == job_id)
                              .order_by(Payment.id))
        return [_payment_record(p) for p in rows]


def _payment_record(p: Payment) -> PaymentRecord:
    return PaymentRecord(job_id=p.job_id, at=p.at, kind=p.kind, method=p.method,
                         amount=p.amount, is_deposit=p.is_deposit, note=p.note, by_id=p.by_id,
                         id=p.id)


class SqlLines:
    def __init__(self, session: Session) -> None:
        self.s = session

    def for_job(self, job_id: int) -> list[LineRecord]:
        return [LineRecord(line.position, line.kind, line.description, line.quantity,
                           line.unit_price, line.discount) for line in _row(self.s, job_id).lines]

    def replace(self, job_id: int, lines: list[LineRecord]) -> None:
        _row(self.s, job_id).lines = [
            EstimateLine(position=line.position, kind=line.kind, description=line.description,
                         quantity=line.quantity, unit_price=line.unit_price,
                         discount=line.discount) for line in lines]


class SqlOutbox:
    """app/notify's rules, run in the same transaction as the change that caused them."""

    def __init__(self, session: Session) -> None:
        self.s = session

    def customer_event(self, job_id: int, cause: EventRecord) -> None:
        event = self.s.get(JobEvent, cause.id)
        assert event is not None and cause.customer_event is not None
        on_customer_event(self.s, _row(self.s, job_id), event, cause.customer_event)

    def undo_within_grace(self, job_id: int, source: str, target: str,
                          now: dt.datetime) -> bool:
        return undo_within_grace(self.s, _row(self.s, job_id), source, target, now)


class SqlUnlock:
    def __init__(self, session: Session) -> None:
        self.s = session

    def store(self, job_id: int, passcode: str, pattern: str) -> None:
        public = shop_public_key(self.s)
        if public is None:  # no reader has logged in since the upgrade: the first one seals it
            self.s.add(JobSecret(job_id=job_id, passcode=passcode, pattern=pattern))
        else:
            self.s.add(JobSecret(job_id=job_id, sealed=seal_secret(public, passcode, pattern)))

    def reveal(self, job_id: int, keys: SessionKeys | None) -> tuple[str, str] | None:
        job = _row(self.s, job_id)
        opened = open_secret(self.s, keys, job.secret) if job.secret else ("", "")
        if opened is not None:
            share_shop_key(self.s, keys)  # readers who lack it get it from whoever reads
        return opened

    def may_read(self, role: str) -> bool:
        return may_read(self.s, role)


class SqlUnitOfWork:
    """`with SqlUnitOfWork(db) as uow:` one write transaction; `joining(session)` works
    inside a transaction its caller commits (a reply's move, inside the reply's own)."""

    def __init__(self, db: Database | None) -> None:
        self._db = db
        self._tx: AbstractContextManager[Session] | None = None

    @classmethod
    def joining(cls, session: Session) -> SqlUnitOfWork:
        uow = cls(None)
        uow._bind(session)
        return uow

    def _bind(self, session: Session) -> None:
        self.session = session
        self.jobs = SqlJobs(session)
        self.customers = SqlCustomers(session)
        self.users = SqlUsers(session)
        self.settings = SqlSettings(session)
        self.timeline = SqlTimeline(session)
        self.payments = SqlPayments(session)
        self.lines = SqlLines(session)
        self.outbox = SqlOutbox(session)
        self.unlock = SqlUnlock(session)

    def __enter__(self) -> Self:
        if self._db is None:
            raise RuntimeError("a joined unit of work is its caller's transaction")
        self._tx = self._db.write()
        self._bind(self._tx.__enter__())
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        tx, self._tx = self._tx, None
        if tx is None:
            return
        try:
            tx.__exit__(kind, error, tb)
        except StaleDataError:  # another transaction saved the job first (PostgreSQL)
            raise concurrent_change() from None
        if isinstance(error, StaleDataError):
            raise concurrent_change() from None
