"""Dates are the shop's day, not UTC's: a job taken in and delivered at 00:30 in Tehran (21:00
UTC the day before) shows the shop's day on its label and warranty card, and its warranty is
counted from that day, on the job, its timeline, its SMS and when it comes back."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.auth.roles import Role
from app.bootstrap import Services, build
from app.errors import ValidationError
from app.jobs.edits import LineInput
from app.jobs.workflow import Status
from app.locale.calendar import format_date
from app.printing.formats import Formats
from tests.db.printing.conftest import page_texts, squeeze
from tests.factories import intake_request, user

# Tehran keeps +03:30 all year (no summer time since 2022).
TAKEN_IN = dt.datetime(2026, 5, 4, 21, 0, tzinfo=dt.UTC)  # 00:30 on 5 May (1405/02/15)
DELIVERED = dt.datetime(2026, 5, 9, 21, 0, tzinfo=dt.UTC)  # 00:30 on 10 May (1405/02/20)
SHOP_DAY_IN, SHOP_DAY_OUT = dt.date(2026, 5, 5), dt.date(2026, 5, 10)


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(TAKEN_IN)


@pytest.fixture
def shop(db_url: str, clock: Clock, workstation_home: Path) -> Iterator[Services]:
    services = build(db_url, migrate="never", clock=clock)
    yield services
    services.close()


def _delivered_after_midnight(shop: Services, clock: Clock) -> int:
    desk, tech = user(shop, Role.RECEPTION), user(shop, Role.TECHNICIAN)
    job = shop.jobs.intake(desk, intake_request())
    v = shop.jobs.change_status(tech, job.id, Status.DIAGNOSING, job.version)
    v = shop.jobs.set_estimate(tech, job.id, v, [LineInput("part", "LCD", 1, 2_000_000)])
    v = shop.jobs.change_status(tech, job.id, Status.AWAITING_APPROVAL, v)
    v = shop.jobs.approve(desk, job.id, v)
    v = shop.jobs.change_status(tech, job.id, Status.IN_REPAIR, v)
    v = shop.jobs.change_status(tech, job.id, Status.READY, v)
    clock.now = DELIVERED
    shop.jobs.add_payment(desk, job.id, 2_000_000, "card")
    shop.jobs.deliver(desk, job.id, shop.jobs.get(job.id).version)
    return job.id


def test_the_warranty_is_counted_from_the_shops_day_of_delivery(shop: Services,
                                                                 clock: Clock) -> None:
    job = shop.jobs.get(_delivered_after_midnight(shop, clock))
    assert job.delivered_at == DELIVERED and job.warranty_days > 0
    end = SHOP_DAY_OUT + dt.timedelta(days=job.warranty_days)
    assert job.warranty_end == end
    delivery = next(e for e in job.events if e.kind == "status_changed"
                    and e.data.get("after") == Status.DELIVERED)
    assert delivery.data["warranty_end"] == end.isoformat()
    told = [m.body for m in shop.messages.outbox(customer_id=job.customer_id)
            if m.event == "delivered"]
    assert told and f"گارانتی تا {format_date(end, calendar='jalali', lang='fa')}." in told[0]


@pytest.mark.parametrize("lang", ["fa", "en"])
def test_warranty_card_and_label_show_the_shops_day(shop: Services, clock: Clock,
                                                   lang: str) -> None:
    job_id = _delivered_after_midnight(shop, clock)
    job = shop.jobs.get(job_id)
    fmt = Formats(lang)
    desk = user(shop, Role.RECEPTION)
    card = squeeze("".join(page_texts(shop.papers.prepare(desk, job_id, "warranty",
                                                          lang=lang).pdf)))
    end = SHOP_DAY_OUT + dt.timedelta(days=job.warranty_days)
    assert squeeze(fmt.date(SHOP_DAY_OUT)) in card and squeeze(fmt.date(end)) in card
    utc_day = squeeze(fmt.date(DELIVERED.date()))
    assert utc_day not in card
    assert squeeze(fmt.date(end - dt.timedelta(days=1))) not in card  # not a day short
    label = squeeze("".join(page_texts(shop.papers.prepare(desk, job_id, "label",
                                                           lang=lang).pdf)))
    assert squeeze(fmt.date(SHOP_DAY_IN)) in label
    assert squeeze(fmt.date(TAKEN_IN.date())) not in label


def test_a_warranty_return_is_open_until_the_end_of_the_shops_last_day(
        shop: Services, clock: Clock) -> None:
    job_id = _delivered_after_midnight(shop, clock)
    job = shop.jobs.get(job_id)
    assert job.warranty_end is not None
    desk = user(shop, Role.RECEPTION)
    # 00:30 on the day after the warranty's last day, shop time: over, though UTC's day is
    # still the last one
    clock.now = dt.datetime.combine(job.warranty_end, dt.time(21, 0), dt.UTC)
    with pytest.raises(ValidationError) as err:
        shop.jobs.open_warranty_return(desk, job_id, "screen again")
    assert err.value.code == "warranty_ended"
    clock.now -= dt.timedelta(hours=1)  # 23:30 on the last day in Tehran
    back = shop.jobs.open_warranty_return(desk, job_id, "screen again")
    assert back.warranty_of_id == job_id
