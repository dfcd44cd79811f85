"""Working hours: "due within 24 working hours" counts only the shop's open hours on its open
days, so a complaint made on Thursday evening is not overdue on Friday, when nobody is there."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@dataclass(frozen=True)
class WorkingHours:
    start: dt.time
    end: dt.time
    closed: frozenset[int]  # weekday numbers (Monday 0) the shop is closed
    tz: ZoneInfo

    @property
    def every_hour(self) -> bool:
        """A day with no hours, or a week with no days, would never reach a due time: then
        every hour counts."""
        return self.end <= self.start or len(self.closed) >= 7

    def add(self, moment: dt.datetime, hours: float) -> dt.datetime:
        """`moment` plus `hours` of open time, in UTC."""
        left = dt.timedelta(hours=hours)
        if self.every_hour:
            return (moment + left).astimezone(dt.UTC)
        local = moment.astimezone(self.tz)
        while True:
            opens, closes = self._day(local.date())
            if local.date().weekday() in self.closed or local >= closes:
                local = self._day(local.date() + dt.timedelta(days=1))[0]
                continue
            local = max(local, opens)
            if local + left <= closes:
                return (local + left).astimezone(dt.UTC)
            left -= closes - local
            local = self._day(local.date() + dt.timedelta(days=1))[0]

    def _day(self, day: dt.date) -> tuple[dt.datetime, dt.datetime]:
        return (dt.datetime.combine(day, self.start, tzinfo=self.tz),
                dt.datetime.combine(day, self.end, tzinfo=self.tz))


def working_hours(start: dt.time, end: dt.time, closed_days: list[str],
                  tz: ZoneInfo) -> WorkingHours:
    return WorkingHours(start, end, frozenset(WEEKDAY_NAMES.index(d) for d in closed_days), tz)
