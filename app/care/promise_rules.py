"""When a promised date is at risk, as one pure rule the care round and the board both use:
a job not ready yet (nor delivered or cancelled) whose promised day ends, at the end of the
shop's working day, within `hours` from now, or has already ended."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from app.jobs.workflow import OPEN_STATUSES, Status

NOT_READY = frozenset(OPEN_STATUSES - {Status.READY})


def promised_deadline(promised: dt.date, work_end: dt.time, tz: ZoneInfo) -> dt.datetime:
    """A promised date means by the end of that working day (UTC)."""
    return dt.datetime.combine(promised, work_end, tzinfo=tz).astimezone(dt.UTC)


def promised_at_risk(promised: dt.date | None, status: str, now: dt.datetime, *, hours: int,
                     work_end: dt.time, tz: ZoneInfo) -> bool:
    """hours 0 switches the warning off; a job without a promised date is never at risk."""
    if hours <= 0 or promised is None or status not in NOT_READY:
        return False
    return promised_deadline(promised, work_end, tz) <= now + dt.timedelta(hours=hours)
