"""A customer who texts «وضعیت», "status" or one of their own job numbers gets the status of
their open jobs back, at most care.status_replies_per_day times a shop day."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.jobs.workflow import OPEN_STATUSES
from app.locale.labels import status_label
from app.locale.text import ltr_run, search_key, to_latin_digits
from app.notify.enqueue import queue_or_skip
from app.notify.templates import MessageEvent
from app.settings.service import read_setting
from db.models import Customer, Job, OutboxMessage

STATUS_WORDS = frozenset(search_key(w) for w in (
    "وضعیت", "وضعیت کار", "وضعیت دستگاه", "وضعیت تعمیر", "پیگیری", "status"))
_NOISE = re.compile(r"[\s.!،,؟?:]+")
_NUMBER = re.compile(r"\d{4}-\d{3,}")
NONE_OPEN = {"fa": "دستگاهی در تعمیرگاه ندارید.", "en": "you have no device with us."}


def asks_status(body: str) -> bool:
    return _NOISE.sub(" ", search_key(body).lower()).strip() in STATUS_WORDS


def job_number_in(body: str) -> str | None:
    """A job number such as 1405-00123 (Persian digits too) when it is the whole reply."""
    plain = to_latin_digits(body).strip().strip(".!؟?")
    return plain if _NUMBER.fullmatch(plain) else None


def answers_left(s: Session, customer_id: int, now: dt.datetime) -> int:
    tz = ZoneInfo(str(read_setting(s, "shop.timezone")))
    day_start = dt.datetime.combine(now.astimezone(tz).date(), dt.time(0), tzinfo=tz)
    given = s.scalar(select(func.count(OutboxMessage.id)).where(
        OutboxMessage.customer_id == customer_id,
        OutboxMessage.event == MessageEvent.STATUS_REPLY,
        OutboxMessage.created_at >= day_start.astimezone(dt.UTC))) or 0
    return max(int(read_setting(s, "care.status_replies_per_day")) - given, 0)


def customers_jobs(s: Session, customer: Customer) -> tuple[list[Job], Job | None]:
    """Their open jobs (newest first), and the job the answer is sent on."""
    open_jobs = list(s.scalars(select(Job).where(
        Job.customer_id == customer.id, Job.status.in_(list(OPEN_STATUSES)))
        .order_by(Job.id.desc()).limit(10)))
    latest = open_jobs[0] if open_jobs else s.scalar(
        select(Job).where(Job.customer_id == customer.id).order_by(Job.id.desc()).limit(1))
    return open_jobs, latest


def send_status(s: Session, customer: Customer, now: dt.datetime) -> bool:
    """Queue the status answer; False when the customer has none left today (or no job)."""
    if answers_left(s, customer.id, now) <= 0:
        return False
    open_jobs, latest = customers_jobs(s, customer)
    if latest is None:
        return False
    lang = customer.language if customer.language in ("fa", "en") else "fa"
    separator = "؛ " if lang == "fa" else "; "
    listed = separator.join(
        f"{ltr_run(job.number) if lang == 'fa' else job.number}: "
        f"{status_label(job.status, lang)}" for job in open_jobs) or NONE_OPEN[lang]
    message, _ = queue_or_skip(s, latest, MessageEvent.STATUS_REPLY, now,
                               extra={"open_jobs": listed + "."}, repeats=True)
    return message is not None
