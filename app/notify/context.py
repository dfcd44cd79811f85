"""The values a job's message placeholders take, in the customer's language and shop calendar."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.jobs.money import totals
from app.jobs.views import warranty_end
from app.locale.amounts import format_amount
from app.locale.calendar import format_date
from app.locale.text import ltr_run
from app.settings.service import read_setting
from db.models import Job

WARRANTY_UNTIL = {"fa": "گارانتی تا {date}.", "en": "Warranty until {date}."}


def shop_values(session: Session, lang: str, now: dt.datetime) -> dict[str, str]:
    phone = str(read_setting(session, "shop.phone"))
    if phone.startswith("+98"):
        phone = "0" + phone[3:]
    tz = str(read_setting(session, "shop.timezone"))
    return {
        "shop_name": str(read_setting(session, "shop.name")),
        "shop_phone": phone,
        "today": _date(session, now.astimezone(ZoneInfo(tz)).date(), lang),
    }


def job_values(session: Session, job: Job, lang: str, now: dt.datetime) -> dict[str, str]:
    currency = str(read_setting(session, "shop.currency"))
    money = totals(job.lines, job.payments)
    device = job.device
    zone = str(read_setting(session, "shop.timezone"))
    end = warranty_end(job, zone)
    tz = ZoneInfo(zone)
    values = shop_values(session, lang, now)
    values.update({
        "customer_name": job.customer.name,
        "job_number": ltr_run(job.number) if lang == "fa" else job.number,
        "device": " ".join(p for p in (device.brand, device.model) if p) or device.kind,
        "estimate": format_amount(money.estimate, lang=lang, currency=currency),
        "total": format_amount(money.estimate, lang=lang, currency=currency),
        "amount_due": format_amount(max(money.balance, 0), lang=lang, currency=currency),
        "promised_date": _date(session, job.promised_date, lang),
        "warranty_end": _date(session, end, lang),
        "warranty": WARRANTY_UNTIL[lang].format(date=_date(session, end, lang)) if end else "",
        "ready_date": _date(session, job.status_changed_at.astimezone(tz).date(), lang),
    })
    return values


def _date(session: Session, day: dt.date | None, lang: str) -> str:
    if day is None:
        return ""
    calendar = str(read_setting(session, "shop.calendar")) if lang == "fa" else "gregorian"
    return format_date(day, calendar=calendar, lang=lang)
