"""The unit of work: one transaction and the small repositories the jobs' rules need.

`with uow_factory() as uow:` commits when the block ends and rolls back on any error. Two
implementations keep the same behaviour, refusals included: app/storage/sql.py over the
database, and tests/fakes/unit_of_work.py in memory for the fast unit tests.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self

from app.errors import ConflictError
from app.storage.records import (
    CustomerRecord,
    DeviceRecord,
    EventRecord,
    JobRecord,
    LineRecord,
    PaymentRecord,
)

if TYPE_CHECKING:
    from app.auth.unlock_access import SessionKeys
    from app.customers.new import NewCustomer, NewDevice
    from app.jobs.timeline import Payload


def concurrent_change() -> ConflictError:
    """Another transaction saved the same job between this one's read and its write."""
    return ConflictError("The job was changed on another workstation at the same moment; "
                         "reload it and make your change again.", code="job_conflict")


class JobRepository(Protocol):
    def get(self, job_id: int) -> JobRecord:
        """The job as stored now; NotFound when there is none."""

    def add(self, job: JobRecord) -> JobRecord:
        """Stores a new job; the returned copy has its id and version."""

    def save(self, job: JobRecord) -> int:
        """Writes the job back; its new version, or concurrent_change() when another
        transaction saved it since it was read."""

    def next_number(self, year: int) -> str:
        """The next job number of a Jalali year, never handed out twice."""


class CustomerRepository(Protocol):
    def get(self, customer_id: int) -> CustomerRecord | None: ...

    def add(self, data: NewCustomer, now: dt.datetime) -> CustomerRecord:
        """Checks (app.customers.new) and stores a new customer."""

    def device(self, device_id: int) -> DeviceRecord | None: ...

    def add_device(self, customer_id: int, data: NewDevice, now: dt.datetime) -> DeviceRecord:
        """Checks (app.customers.new) and stores a new device of the customer."""


class UserDirectory(Protocol):
    def is_active_technician(self, user_id: int) -> bool:
        """An active user who works at the bench (a technician or a manager)."""

    def full_name(self, user_id: int | None) -> str | None: ...


class SettingsReader(Protocol):
    def get(self, key: str) -> Any:
        """The shop's setting, or its registered default."""


class TimelineRepository(Protocol):
    def add(self, job_id: int, at: dt.datetime, actor_id: int | None, payload: Payload,
            customer_event: str | None = None) -> EventRecord: ...

    def last_status_change(self, job_id: int) -> EventRecord | None: ...

    def for_job(self, job_id: int) -> list[EventRecord]: ...


class PaymentRepository(Protocol):
    def add(self, payment: PaymentRecord) -> PaymentRecord:
        """Stores it; the returned copy has its id."""

    def for_job(self, job_id: int) -> list[PaymentRecord]:
        """In the order they were taken."""


class EstimateLineRepository(Protocol):
    def for_job(self, job_id: int) -> list[LineRecord]:
        """By position."""

    def replace(self, job_id: int, lines: list[LineRecord]) -> None: ...


class OutboxHook(Protocol):
    """Where the jobs' rules tell app/notify what the customer may hear of."""

    def customer_event(self, job_id: int, cause: EventRecord) -> None:
        """Queue the message of `cause.customer_event`, or note why the customer is not told."""

    def undo_within_grace(self, job_id: int, source: str, target: str,
                          now: dt.datetime) -> bool:
        """True when source → target takes back the job's last move within the grace
        period; that move's waiting message is cancelled."""


class UnlockVault(Protocol):
    def store(self, job_id: int, passcode: str, pattern: str) -> None:
        """Keeps a device's passcode and pattern, sealed where the shop's key exists."""

    def reveal(self, job_id: int, keys: SessionKeys | None) -> tuple[str, str] | None:
        """(passcode, pattern), ("", "") when none is on record, None when these keys
        cannot open it."""

    def may_read(self, role: str) -> bool: ...


class UnitOfWork(Protocol):
    @property
    def jobs(self) -> JobRepository: ...
    @property
    def customers(self) -> CustomerRepository: ...
    @property
    def users(self) -> UserDirectory: ...
    @property
    def settings(self) -> SettingsReader: ...
    @property
    def timeline(self) -> TimelineRepository: ...
    @property
    def payments(self) -> PaymentRepository: ...
    @property
    def lines(self) -> EstimateLineRepository: ...
    @property
    def outbox(self) -> OutboxHook: ...
    @property
    def unlock(self) -> UnlockVault: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        """Commits when the block ended normally, rolls back otherwise."""


UnitOfWorkFactory = Callable[[], UnitOfWork]
