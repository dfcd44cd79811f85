"""The unit of work in memory, for the fast unit tests: same repositories, same refusals
(the checks of app/customers/new.py, NotFound, the optimistic version conflict) as
app/storage/sql.py, without a database.

A FakeStore is the shop's data; `store.unit_of_work` is a factory of units of work. Each
works on a copy of the store and writes what it changed back when its block ends without an
error, so a refused operation leaves nothing behind; a job saved by two units of work at
once makes the second one's commit fail as PostgreSQL's does. Ids come from counters that a
rollback does not give back, as database sequences do.
"""

from __future__ import annotations

import copy
import datetime as dt
import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import Any, Self, TypeVar

from app.auth.roles import ROLE_PERMS, Actor, Perm, Role
from app.auth.unlock_access import SessionKeys
from app.customers.new import NewCustomer, NewDevice, checked_customer, checked_device
from app.errors import NotFound
from app.jobs.intake import IntakeRequest, create_job
from app.jobs.numbering import format_number
from app.jobs.timeline import MessageSkipped, MessageUndone, Payload, TimelineKind
from app.notify.states import TOLD, MessageStatus
from app.settings.service import SPECS
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

T = TypeVar("T")


@dataclass
class FakeUser:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool = True


@dataclass
class FakeMessage:
    id: int
    job_id: int
    event: str
    cause_event_id: int
    status: str
    created_at: dt.datetime


@dataclass
class Tables:
    jobs: dict[int, JobRecord] = field(default_factory=dict)
    customers: dict[int, CustomerRecord] = field(default_factory=dict)
    devices: dict[int, DeviceRecord] = field(default_factory=dict)
    users: dict[int, FakeUser] = field(default_factory=dict)
    events: dict[int, EventRecord] = field(default_factory=dict)
    payments: dict[int, PaymentRecord] = field(default_factory=dict)
    lines: dict[int, list[LineRecord]] = field(default_factory=dict)
    secrets: dict[int, tuple[str, str]] = field(default_factory=dict)
    messages: dict[int, FakeMessage] = field(default_factory=dict)
    counters: dict[int, int] = field(default_factory=dict)


class FakeStore:
    """The shop's data in memory; `settings` overrides the registered defaults."""

    def __init__(self, **settings: Any) -> None:
        self.tables = Tables()
        self.settings: dict[str, Any] = dict(settings)
        self._ids: dict[str, Iterator[int]] = {}

    def next_id(self, table: str) -> int:
        return next(self._ids.setdefault(table, itertools.count(1)))

    def unit_of_work(self) -> FakeUnitOfWork:
        return FakeUnitOfWork(self)

    def add_user(self, role: Role, username: str = "", *, active: bool = True) -> Actor:
        user_id = self.next_id("users")
        name = username or f"{role.value}{user_id}"
        self.tables.users[user_id] = FakeUser(user_id, name, name.title(), role, active)
        return Actor(user_id=user_id, username=name, role=role)

    # What a test reads back, committed state only.
    def job(self, job_id: int) -> JobRecord:
        return copy.deepcopy(self.tables.jobs[job_id])

    def events(self, job_id: int) -> list[EventRecord]:
        return sorted((e for e in self.tables.events.values() if e.job_id == job_id),
                      key=lambda e: e.id)

    def kinds(self, job_id: int) -> list[str]:
        return [e.kind for e in self.events(job_id)]

    def payments(self, job_id: int) -> list[PaymentRecord]:
        return sorted((p for p in self.tables.payments.values() if p.job_id == job_id),
                      key=lambda p: p.id)

    def messages(self, job_id: int) -> list[FakeMessage]:
        return sorted((m for m in self.tables.messages.values() if m.job_id == job_id),
                      key=lambda m: m.id)


class _Part:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self.uow = uow

    @property
    def t(self) -> Tables:
        return self.uow.t


class FakeJobs(_Part):
    def get(self, job_id: int) -> JobRecord:
        job = self.t.jobs.get(job_id)
        if job is None:
            raise NotFound(f"No job #{job_id}", code="no_job")
        return copy.deepcopy(job)

    def add(self, job: JobRecord) -> JobRecord:
        stored = replace(copy.deepcopy(job), id=self.uow.store.next_id("jobs"), version=1)
        if any(j.number == stored.number for j in self.t.jobs.values()):
            raise AssertionError(f"job number {stored.number} handed out twice")
        self.t.jobs[stored.id] = stored
        self.uow.touched("jobs", stored.id)
        return copy.deepcopy(stored)

    def save(self, job: JobRecord) -> int:
        stored = self.t.jobs[job.id]
        if stored.version != job.version:
            raise concurrent_change()
        if all(getattr(stored, c) == getattr(job, c) for c in JOB_COLUMNS):
            return stored.version  # as an UPDATE of nothing: the version stays
        self.uow.read_versions.setdefault(job.id, stored.version)
        saved = replace(copy.deepcopy(job), version=stored.version + 1)
        self.t.jobs[job.id] = saved
        self.uow.touched("jobs", job.id)
        job.version = saved.version
        return saved.version

    def next_number(self, year: int) -> str:
        seq = self.t.counters.get(year, 0) + 1
        self.t.counters[year] = seq
        self.uow.touched("counters", year)
        return format_number(year, seq)


class FakeCustomers(_Part):
    def get(self, customer_id: int) -> CustomerRecord | None:
        return self.t.customers.get(customer_id)

    def add(self, data: NewCustomer, now: dt.datetime) -> CustomerRecord:
        values = checked_customer(
            data, now,
            mobile_taken=lambda mobile: any(c.mobile == mobile
                                            for c in self.t.customers.values()),
            customer_exists=lambda customer_id: customer_id in self.t.customers)
        customer = CustomerRecord(self.uow.store.next_id("customers"), values["name"],
                                  values["mobile"], values["language"], values["sms_opt_out"])
        self.t.customers[customer.id] = customer
        self.uow.touched("customers", customer.id)
        return customer

    def device(self, device_id: int) -> DeviceRecord | None:
        return self.t.devices.get(device_id)

    def add_device(self, customer_id: int, data: NewDevice, now: dt.datetime) -> DeviceRecord:
        if customer_id not in self.t.customers:
            raise NotFound(f"No customer #{customer_id}", code="no_customer")
        values = checked_device(data, now)
        device = DeviceRecord(self.uow.store.next_id("devices"), customer_id, values["kind"],
                              values["brand"], values["model"], values["colour"],
                              values["imei"], values["serial"])
        self.t.devices[device.id] = device
        self.uow.touched("devices", device.id)
        return device


class FakeUsers(_Part):
    def is_active_technician(self, user_id: int) -> bool:
        user = self.t.users.get(user_id)
        return (user is not None and user.active
                and user.role in (Role.TECHNICIAN, Role.MANAGER))

    def full_name(self, user_id: int | None) -> str | None:
        user = self.t.users.get(user_id) if user_id is not None else None
        return user.full_name if user else None


class FakeSettings(_Part):
    def get(self, key: str) -> Any:
        stored = self.uow.store.settings
        return stored[key] if key in stored else SPECS[key].default


class FakeTimeline(_Part):
    def add(self, job_id: int, at: dt.datetime, actor_id: int | None, payload: Payload,
            customer_event: str | None = None) -> EventRecord:
        data = json.loads(json.dumps(payload.data()))  # as the JSON column gives it back
        event = EventRecord(self.uow.store.next_id("events"), job_id, at, actor_id,
                            str(payload.kind), data, customer_event)
        self.t.events[event.id] = event
        self.uow.touched("events", event.id)
        return event

    def last_status_change(self, job_id: int) -> EventRecord | None:
        moves = [e for e in self.for_job(job_id) if e.kind == TimelineKind.STATUS_CHANGED]
        return moves[-1] if moves else None

    def for_job(self, job_id: int) -> list[EventRecord]:
        return sorted((e for e in self.t.events.values() if e.job_id == job_id),
                      key=lambda e: e.id)


class FakePayments(_Part):
    def add(self, payment: PaymentRecord) -> PaymentRecord:
        stored = replace(payment, id=self.uow.store.next_id("payments"))
        self.t.payments[stored.id] = stored
        self.uow.touched("payments", stored.id)
        return stored

    def for_job(self, job_id: int) -> list[PaymentRecord]:
        return sorted((p for p in self.t.payments.values() if p.job_id == job_id),
                      key=lambda p: p.id)


class FakeLines(_Part):
    def for_job(self, job_id: int) -> list[LineRecord]:
        return sorted(self.t.lines.get(job_id, []), key=lambda line: line.position)

    def replace(self, job_id: int, lines: list[LineRecord]) -> None:
        self.t.lines[job_id] = list(lines)
        self.uow.touched("lines", job_id)


class FakeOutbox(_Part):
    """app/notify's rules as far as jobs meet them: a message per customer event unless it
    is switched off, the customer opted out or was told already; a take-back within the
    grace period cancels the waiting message. (Templates and the cap on reminders are
    notify's own tests' business.)"""

    def customer_event(self, job_id: int, cause: EventRecord) -> None:
        event = cause.customer_event
        assert event is not None
        reason = self._skip_reason(job_id, event)
        if reason:
            self.uow.timeline.add(job_id, cause.at, None, MessageSkipped(event, reason))
            return
        message = FakeMessage(self.uow.store.next_id("messages"), job_id, event, cause.id,
                              MessageStatus.QUEUED, cause.at)
        self.t.messages[message.id] = message
        self.uow.touched("messages", message.id)

    def _skip_reason(self, job_id: int, event: str) -> str | None:
        if event in self.uow.settings.get("sms.events_off"):
            return "event_off"
        customer = self.t.customers[self.t.jobs[job_id].customer_id]
        if customer.sms_opt_out:
            return "opted_out"
        if any(m.job_id == job_id and m.event == event and m.status in TOLD
               for m in self.t.messages.values()):
            return "already_told"
        return None

    def undo_within_grace(self, job_id: int, source: str, target: str,
                          now: dt.datetime) -> bool:
        grace = dt.timedelta(seconds=int(self.uow.settings.get("sms.grace_seconds")))
        last = self.uow.timeline.last_status_change(job_id)
        if (last is None or last.at < now - grace or last.data.get("after") != source
                or last.data.get("before") != target):
            return False
        for message in list(self.t.messages.values()):
            if message.cause_event_id == last.id and message.status == MessageStatus.QUEUED:
                self.t.messages[message.id] = replace(message, status=MessageStatus.CANCELLED)
                self.uow.touched("messages", message.id)
                self.uow.timeline.add(job_id, now, None,
                                      MessageUndone(message.id, message.event))
        return True


class FakeUnlock(_Part):
    """Secrets are kept as typed and open for any login that holds keys; a login without
    keys (None) cannot open them, as with the shop's sealed secrets."""

    def store(self, job_id: int, passcode: str, pattern: str) -> None:
        self.t.secrets[job_id] = (passcode, pattern)
        self.uow.touched("secrets", job_id)

    def reveal(self, job_id: int, keys: SessionKeys | None) -> tuple[str, str] | None:
        secret = self.t.secrets.get(job_id)
        if secret is None:
            return "", ""
        return secret if keys is not None else None

    def may_read(self, role: str) -> bool:
        if Perm.READ_UNLOCK in ROLE_PERMS[Role(role)]:
            return True
        return (role == Role.RECEPTION
                and self.uow.settings.get("jobs.reception_sees_unlock") == "yes")


class FakeUnitOfWork:
    def __init__(self, store: FakeStore) -> None:
        self.store = store
        self.t = Tables()
        self.read_versions: dict[int, int] = {}
        self._changed: set[tuple[str, Any]] = set()
        self._counters_at_start: dict[int, int] = {}
        self.jobs = FakeJobs(self)
        self.customers = FakeCustomers(self)
        self.users = FakeUsers(self)
        self.settings = FakeSettings(self)
        self.timeline = FakeTimeline(self)
        self.payments = FakePayments(self)
        self.lines = FakeLines(self)
        self.outbox = FakeOutbox(self)
        self.unlock = FakeUnlock(self)

    def touched(self, table: str, key: Any) -> None:
        self._changed.add((table, key))

    def __enter__(self) -> Self:
        self.t = copy.deepcopy(self.store.tables)
        self._counters_at_start = dict(self.t.counters)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        if error is None:
            self._commit()

    def _commit(self) -> None:
        tables = self.store.tables
        for job_id, version in self.read_versions.items():
            if tables.jobs[job_id].version != version:
                raise concurrent_change()
        for year, seq in self._counters_at_start.items():
            if tables.counters.get(year) != seq and ("counters", year) in self._changed:
                raise concurrent_change()
        for table, key in sorted(self._changed):
            getattr(tables, table)[key] = copy.deepcopy(getattr(self.t, table)[key])


START = dt.datetime(2026, 3, 2, 7, 30, tzinfo=dt.UTC)  # a Monday morning in Tehran


class FakeShop:
    """A shop on the fake store with one user of each role and a clock the test moves:
    `shop.do(operation, ...)` runs an operation of app/jobs in one unit of work at `now`."""

    def __init__(self, now: dt.datetime = START, *,
                 settings: dict[str, Any] | None = None) -> None:
        self.store = FakeStore(**(settings or {}))
        self.now = now
        self.desk = self.store.add_user(Role.RECEPTION, "desk")
        self.tech = self.store.add_user(Role.TECHNICIAN, "tech")
        self.boss = self.store.add_user(Role.MANAGER, "boss")
        self.owner = self.store.add_user(Role.OWNER, "owner")
        self._mobiles = itertools.count(1)

    def clock(self) -> dt.datetime:
        return self.now

    def later(self, **delta: float) -> dt.datetime:
        self.now += dt.timedelta(**delta)
        return self.now

    def do(self, operation: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.store.unit_of_work() as uow:
            return operation(uow, *args, **kwargs, now=self.now)

    def request(self, **overrides: Any) -> IntakeRequest:
        fields: dict[str, Any] = {
            "problem": "Cracked screen",
            "new_customer": NewCustomer(name="Sara Ahmadi",
                                        mobile=f"0912{next(self._mobiles):07d}"),
            "new_device": NewDevice(kind="phone", brand="Samsung", model="Galaxy A52"),
        }
        return IntakeRequest(**{**fields, **overrides})

    def intake(self, actor: Actor | None = None, **overrides: Any) -> JobRecord:
        return self.do(create_job, actor or self.desk, self.request(**overrides))
