"""When a message may go: quiet hours in shop time, and the retry backoff."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.settings.service import read_setting

MAX_RETRY_DELAY = dt.timedelta(hours=1)


@dataclass(frozen=True)
class QuietHours:
    start: dt.time
    end: dt.time
    tz: ZoneInfo

    @classmethod
    def from_settings(cls, session: Session) -> QuietHours:
        return cls(_clock(read_setting(session, "sms.quiet_start")),
                   _clock(read_setting(session, "sms.quiet_end")),
                   ZoneInfo(str(read_setting(session, "shop.timezone"))))

    def contains(self, moment: dt.datetime) -> bool:
        local = moment.astimezone(self.tz).time()
        if self.start == self.end:
            return False
        if self.start < self.end:
            return self.start <= local < self.end
        return local >= self.start or local < self.end

    def next_allowed(self, moment: dt.datetime) -> dt.datetime:
        """`moment` itself, or the end of the quiet hours it falls in (in UTC)."""
        if not self.contains(moment):
            return moment
        local = moment.astimezone(self.tz)
        end = dt.datetime.combine(local.date(), self.end, tzinfo=self.tz)
        if end <= local:
            end = dt.datetime.combine(local.date() + dt.timedelta(days=1), self.end,
                                      tzinfo=self.tz)
        return end.astimezone(dt.UTC)


def retry_delay(attempts: int, first: dt.timedelta) -> dt.timedelta:
    """Exponential backoff: first, 2×first, 4×first … capped at an hour."""
    doublings: int = 2 ** min(max(attempts - 1, 0), 20)
    return min(first * doublings, MAX_RETRY_DELAY)


def _clock(text: str) -> dt.time:
    hours, minutes = str(text).split(":")
    return dt.time(int(hours), int(minutes))
