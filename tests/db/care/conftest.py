"""Care tests run on the notify tests' shop (staff, stand-in providers, own data folder), with
services that can be put at any moment of the shop's week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from app.auth.roles import Actor, Role
from app.bootstrap import Services, assemble
from app.jobs.service import LineInput
from app.jobs.workflow import Status
from app.notify.dispatcher import CycleReport
from tests.db.notify.conftest import Shop, data_home, kavenegar, shop  # noqa: F401
from tests.factories import intake_request, user
from tests.fakes.kavenegar import FakeKavenegar
from tests.moments import Clock, tehran


@dataclass
class CareShop:
    """The shop on a clock the test moves; every service (jobs, care, dispatcher) reads it."""

    shop: Shop
    clock: Clock
    services: Services
    fake: FakeKavenegar
    owner: Actor

    @property
    def reception(self) -> Actor:
        return self.shop.reception

    @property
    def tech(self) -> Actor:
        return self.shop.tech

    @property
    def manager(self) -> Actor:
        return self.shop.manager

    def at(self, moment: dt.datetime) -> CareShop:
        self.clock.now = moment
        return self

    def configure(self, **settings: object) -> None:
        self.shop.configure(**settings)

    def intake(self, seed: int | None = None, **overrides: object) -> int:
        overrides.setdefault("technician_id", self.tech.user_id)
        return self.services.jobs.intake(self.reception, intake_request(seed, **overrides)).id

    def move(self, job_id: int, target: Status, actor: Actor | None = None,
             **kwargs: object) -> None:
        version = self.services.jobs.get(job_id).version
        self.services.jobs.change_status(actor or self.tech, job_id, target, version,
                                         **kwargs)  # type: ignore[arg-type]

    def ready(self, job_id: int, amount: int = 900_000) -> None:
        self.move(job_id, Status.DIAGNOSING)
        version = self.services.jobs.get(job_id).version
        self.services.jobs.set_estimate(self.tech, job_id, version,
                                        [LineInput("part", "LCD", 1, amount)])
        self.move(job_id, Status.AWAITING_APPROVAL)
        self.move(job_id, Status.APPROVED, self.reception)
        self.move(job_id, Status.IN_REPAIR)
        self.move(job_id, Status.READY)

    def deliver(self, job_id: int) -> None:
        """Ready, paid and handed over, at the clock's moment."""
        if self.services.jobs.get(job_id).status != Status.READY:
            self.ready(job_id)
        balance = self.services.jobs.get(job_id).totals.balance
        if balance > 0:
            self.services.jobs.add_payment(self.reception, job_id, balance, "cash")
        self.move(job_id, Status.DELIVERED, self.reception)

    def round(self) -> CycleReport:
        """One notifier round at the clock's moment (sends, takes replies, care work)."""
        dispatcher = self.services.dispatcher()
        try:
            return dispatcher.run_once()
        finally:
            dispatcher.close()

    def mobile(self, job_id: int) -> str:
        return self.services.jobs.get(job_id).customer_mobile

    def reply(self, job_id_or_mobile: int | str, body: str) -> None:
        mobile = self.mobile(job_id_or_mobile) if isinstance(job_id_or_mobile, int) \
            else job_id_or_mobile
        self.fake.add_inbound("0" + mobile[3:], body)

    def texts_to(self, job_id: int) -> list[str]:
        mobile = self.mobile(job_id)
        return [m.body for m in self.fake.sent_to("0" + mobile[3:])]

    def outbox_events(self, job_id: int) -> list[str]:
        return [m.event for m in self.services.messages.outbox(job_id=job_id)]


@pytest.fixture
def care(shop: Shop, kavenegar: FakeKavenegar) -> Iterator[CareShop]:  # noqa: F811
    shop.use_fake("kavenegar", kavenegar)
    clock = Clock(tehran(2026, 12, 8, 11))  # a Tuesday late morning, shop time
    services = assemble(shop.services.db, clock=clock, make_gateway=shop.services.make_gateway)
    owner = user(shop.services, Role.OWNER)
    yield CareShop(shop, clock, services, kavenegar, owner)
