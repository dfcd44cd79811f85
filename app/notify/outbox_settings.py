"""The settings the outbox's rules (outbox_rules.py) take, read in the caller's transaction."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.notify.outbox_rules import Cap, QuietHours, clock_time
from app.settings.service import read_setting


def quiet_hours(session: Session) -> QuietHours:
    return QuietHours(clock_time(read_setting(session, "sms.quiet_start")),
                      clock_time(read_setting(session, "sms.quiet_end")),
                      ZoneInfo(str(read_setting(session, "shop.timezone"))))


def grace(session: Session) -> dt.timedelta:
    return dt.timedelta(seconds=int(read_setting(session, "sms.grace_seconds")))


def cap(session: Session) -> Cap:
    return Cap(int(read_setting(session, "sms.cap_count")),
               int(read_setting(session, "sms.cap_days")))


def first_retry(session: Session) -> dt.timedelta:
    return dt.timedelta(seconds=int(read_setting(session, "sms.retry_seconds")))


def max_attempts(session: Session) -> int:
    return int(read_setting(session, "sms.max_attempts"))
