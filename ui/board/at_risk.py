"""Whether a job's promised date is at risk, from what a board row already holds: its status
and promised date. The same rule as the care round's (app/care/proactive.py): a job not yet
ready (nor delivered or cancelled) whose promised day ends, at the end of the shop's working
day, within care.at_risk_hours from now, or has already ended."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from app.jobs.workflow import OPEN_STATUSES, Status

NOT_READY = frozenset(OPEN_STATUSES - {Status.READY})


def promised_at_risk(promised: dt.date | None, status: str, now: dt.datetime, *, hours: int,
                     work_end: dt.time, tz: ZoneInfo) -> bool:
    """hours 0 switches the warning off; a job without a promised date is never at risk."""
    if hours <= 0 or promised is None or status not in NOT_READY:
        return False
    deadline = dt.datetime.combine(promised, work_end, tzinfo=tz)
    return deadline <= now + dt.timedelta(hours=hours)


@dataclass(frozen=True)
class AtRiskRule:
    """The shop's settings of the rule, read once with a page of rows, and the moment then."""

    hours: int
    work_end: dt.time
    tz: ZoneInfo
    now: dt.datetime

    @classmethod
    def of(cls, settings: dict[str, Any], now: dt.datetime) -> AtRiskRule:
        hour, minute = (int(part) for part in str(settings["care.work_end"]).split(":"))
        return cls(int(settings["care.at_risk_hours"]), dt.time(hour, minute),
                   ZoneInfo(str(settings["shop.timezone"])), now)

    def at_risk(self, promised: dt.date | None, status: str) -> bool:
        return promised_at_risk(promised, status, self.now, hours=self.hours,
                                work_end=self.work_end, tz=self.tz)


NEVER = AtRiskRule(0, dt.time(0), ZoneInfo("UTC"), dt.datetime(2000, 1, 1, tzinfo=dt.UTC))
