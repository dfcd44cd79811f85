"""Moments of the shop's week for tests that move a clock: a time given in Tehran, stored as
UTC, and a clock the test sets."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

TEHRAN = ZoneInfo("Asia/Tehran")


def tehran(year: int, month: int, day: int, hour: int = 12, minute: int = 0) -> dt.datetime:
    """A moment given in shop time, as stored (UTC)."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=TEHRAN).astimezone(dt.UTC)


@dataclass
class Clock:
    now: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.now
