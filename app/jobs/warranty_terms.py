"""When a delivered job's warranty ends."""

from __future__ import annotations

import datetime as dt
from typing import Protocol


class Delivered(Protocol):
    @property
    def delivered_at(self) -> dt.datetime | None: ...
    @property
    def warranty_days(self) -> int: ...


def warranty_end(job: Delivered) -> dt.date | None:
    if job.delivered_at is None or not job.warranty_days:
        return None
    return job.delivered_at.date() + dt.timedelta(days=job.warranty_days)
