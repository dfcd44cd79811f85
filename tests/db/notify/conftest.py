"""Customer-message tests: each gets its own data folder (secret key, console file)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from app.auth.roles import SYSTEM, Actor, Role
from app.bootstrap import Services
from app.jobs.service import LineInput
from app.jobs.workflow import Status
from app.locale.calendar import utcnow
from app.notify.dispatcher import Dispatcher
from app.notify.enqueue import enqueue_job_message
from app.notify.templates import MessageEvent
from db.models import Job
from tests.factories import intake_request, user
from tests.fakes.generic import FakeGenericProvider
from tests.fakes.kavenegar import FakeKavenegar
from tests.fakes.smsir import FakeSmsIr
from tests.fakes.twilio import FakeTwilio


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("TAMIRGAH_HOME", str(home))
    monkeypatch.delenv("TAMIRGAH_SECRET_KEY", raising=False)
    return home


@dataclass
class Shop:
    """A shop with its staff, sending at any hour with no grace unless a test says so."""

    services: Services
    reception: Actor
    tech: Actor
    manager: Actor

    def configure(self, **settings: object) -> None:
        for key, value in settings.items():
            self.services.settings.set(SYSTEM, key.replace("__", "."), str(value))

    def intake(self, seed: int | None = None, **overrides: object) -> int:
        return self.services.jobs.intake(self.reception, intake_request(seed, **overrides)).id

    def queue(self, count: int) -> int:
        """One intake and `count` messages due for it in all (its "received" among them)."""
        job_id = self.intake()
        with self.services.db.write() as s:
            job = s.get(Job, job_id)
            assert job is not None
            for _ in range(count - 1):
                enqueue_job_message(s, job, MessageEvent.READY, utcnow())
        return job_id

    def move(self, job_id: int, target: Status, actor: Actor | None = None,
             **kwargs: object) -> None:
        version = self.services.jobs.get(job_id).version
        self.services.jobs.change_status(actor or self.tech, job_id, target, version,
                                         **kwargs)  # type: ignore[arg-type]

    def to_awaiting_approval(self, job_id: int, amount: int = 1_250_000) -> None:
        self.move(job_id, Status.DIAGNOSING)
        version = self.services.jobs.get(job_id).version
        self.services.jobs.set_estimate(self.tech, job_id, version,
                                        [LineInput("part", "LCD", 1, amount)])
        self.move(job_id, Status.AWAITING_APPROVAL)

    def dispatcher(self, *, at: dt.datetime | None = None, **kwargs: object) -> Dispatcher:
        """This shop's dispatcher, on a clock stopped at `at` when given."""
        moment = at
        services = replace(self.services, clock=lambda: moment) if moment else self.services
        return services.dispatcher(**kwargs)

    def use_fake(self, name: str, fake: object) -> None:
        self.configure(sms__gateway=name)
        for key, value in fake.gateway_config().items():  # type: ignore[attr-defined]
            self.services.settings.set(SYSTEM, f"sms.{name}.{key}", str(value))
        self.configure(sms__timeout_seconds=2)


@pytest.fixture
def kavenegar() -> Iterator[FakeKavenegar]:
    with FakeKavenegar() as fake:
        yield fake


@pytest.fixture
def smsir() -> Iterator[FakeSmsIr]:
    with FakeSmsIr() as fake:
        yield fake


@pytest.fixture
def http_fake() -> Iterator[FakeGenericProvider]:
    with FakeGenericProvider() as fake:
        yield fake


@pytest.fixture
def twilio_fake() -> Iterator[FakeTwilio]:
    with FakeTwilio() as fake:
        yield fake


@pytest.fixture
def shop(services: Services) -> Iterator[Shop]:
    s = Shop(services, user(services, Role.RECEPTION), user(services, Role.TECHNICIAN),
             user(services, Role.MANAGER))
    s.configure(sms__quiet_start="00:00", sms__quiet_end="00:00", sms__grace_seconds=0)
    yield s
