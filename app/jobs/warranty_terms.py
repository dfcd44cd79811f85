"""When a delivered job's warranty ends."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from app.locale.calendar import shop_day


class Delivered(Protocol):
    @property
    def delivered_at(self) -> dt.datetime | None: ...
    @property
    def warranty_days(self) -> int: ...


def warranty_end(job: Delivered, tz: str) -> dt.date | None:
    """Counted from the shop's day of delivery (tz: the shop's time zone), not UTC's."""
    if job.delivered_at is None or not job.warranty_days:
        return None
    return shop_day(job.delivered_at, tz) + dt.timedelta(days=job.warranty_days)
