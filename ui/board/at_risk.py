"""The care round's at-risk rule (app/care/promise_rules.py) on what a board row already
holds, its status and promised date, with the shop's settings read once per page."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from app.care.promise_rules import promised_at_risk
from app.notify.outbox_rules import clock_time


@dataclass(frozen=True)
class AtRiskRule:
    """The shop's settings of the rule, read once with a page of rows, and the moment then."""

    hours: int
    work_end: dt.time
    tz: ZoneInfo
    now: dt.datetime

    @classmethod
    def of(cls, settings: dict[str, Any], now: dt.datetime) -> AtRiskRule:
        return cls(int(settings["care.at_risk_hours"]), clock_time(str(settings["care.work_end"])),
                   ZoneInfo(str(settings["shop.timezone"])), now)

    def at_risk(self, promised: dt.date | None, status: str) -> bool:
        return promised_at_risk(promised, status, self.now, hours=self.hours,
                                work_end=self.work_end, tz=self.tz)


NEVER = AtRiskRule(0, dt.time(0), ZoneInfo("UTC"), dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
