"""Shop time: UTC in storage, the shop's time zone and calendar (Jalali or Gregorian) on show."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import jdatetime

from app.locale.text import to_persian_digits

DEFAULT_TZ = "Asia/Tehran"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def shop_now(tz: str = DEFAULT_TZ) -> dt.datetime:
    return utcnow().astimezone(ZoneInfo(tz))


def shop_today(tz: str = DEFAULT_TZ) -> dt.date:
    return shop_now(tz).date()


def shop_day(moment: dt.datetime, tz: str = DEFAULT_TZ) -> dt.date:
    """The shop's day of a stored (UTC) moment: 00:30 in Tehran is already the next day."""
    return moment.astimezone(ZoneInfo(tz)).date()


def jalali_year(moment: dt.datetime, tz: str = DEFAULT_TZ) -> int:
    local = shop_day(moment, tz)
    return int(jdatetime.date.fromgregorian(date=local).year)


def format_date(day: dt.date, *, calendar: str = "jalali", lang: str = "fa") -> str:
    if calendar == "jalali":
        j = jdatetime.date.fromgregorian(date=day)
        text = f"{j.year:04d}/{j.month:02d}/{j.day:02d}"
    else:
        text = day.isoformat()
    return to_persian_digits(text) if lang == "fa" else text


def format_datetime(moment: dt.datetime, *, calendar: str = "jalali", lang: str = "fa",
                    tz: str = DEFAULT_TZ) -> str:
    local = moment.astimezone(ZoneInfo(tz))
    text = f"{format_date(local.date(), calendar=calendar, lang='en')} {local:%H:%M}"
    return to_persian_digits(text) if lang == "fa" else text
