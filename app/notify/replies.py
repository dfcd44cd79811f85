"""Customers' replies: "1"/"yes" approves a waiting estimate, "2"/"no" declines it, and
anything else waits on the job for reception to read."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.auth.roles import Actor, Role
from app.customers.phone import normalize_phone
from app.errors import DomainError
from app.jobs.workflow import OPEN_STATUSES, Status
from app.locale.text import search_key, to_latin_digits
from app.notify.gateway import InboundSms
from app.notify.states import ReplyOutcome
from app.notify.timeline import note_on_job
from db.engine import Database
from db.models import Customer, InboundMessage, Job

# The customer answering by SMS: the workflow lets anyone at the desk approve or decline.
SMS_REPLY = Actor(user_id=None, username="customer (SMS)", role=Role.RECEPTION)

YES = {"1", "بله", "بلی", "اره", "اری", "yes", "y", "ok", "تایید", "تاييد"}
NO = {"2", "خیر", "نه", "no", "n", "انصراف"}
_PUNCTUATION = re.compile(r"[\s.!،,؟?]+")


def reply_intent(body: str) -> str | None:
    """'approve', 'decline' or None for anything that is not a plain yes or no."""
    word = _PUNCTUATION.sub("", search_key(to_latin_digits(body)).lower())
    if word in {search_key(w) for w in YES}:
        return "approve"
    if word in {search_key(w) for w in NO}:
        return "decline"
    return None


@dataclass
class Taken:
    approved: int = 0
    declined: int = 0
    unread: int = 0
    unmatched: int = 0


def take_replies(db: Database, gateway: str, replies: list[InboundSms],
                 now: dt.datetime) -> Taken:
    from app.jobs.service import JobService  # replies act through the same workflow table

    jobs = JobService(db)
    taken = Taken()
    for reply in replies:
        with db.write() as s:
            if s.scalar(select(InboundMessage.id).where(
                    InboundMessage.gateway == gateway,
                    InboundMessage.provider_id == reply.provider_id)) is not None:
                continue  # fetched before
            row = InboundMessage(gateway=gateway, provider_id=reply.provider_id,
                                 sender=_sender(reply.sender), body=reply.body,
                                 received_at=reply.received_at,
                                 outcome=ReplyOutcome.UNMATCHED)
            s.add(row)
            customer = s.scalar(select(Customer).where(Customer.mobile == row.sender))
            job = _job_for(s, customer) if customer else None
            if customer is None or job is None:
                row.customer_id = customer.id if customer else None
                taken.unmatched += 1
                continue
            row.customer_id, row.job_id = customer.id, job.id
            s.flush()
            intent = reply_intent(reply.body)
            if intent and job.status == Status.AWAITING_APPROVAL:
                try:
                    with s.begin_nested():
                        jobs.apply_move(s, SMS_REPLY, job,
                                        Status.APPROVED if intent == "approve"
                                        else Status.DECLINED,
                                        reason="declined by SMS reply", via="sms_reply")
                    row.outcome = (ReplyOutcome.APPROVED if intent == "approve"
                                   else ReplyOutcome.DECLINED)
                    row.read_at = now
                except DomainError as err:
                    row.outcome = ReplyOutcome.UNREAD  # e.g. the estimate was withdrawn
                    note_on_job(s, job.id, "customer_reply",
                                {"inbound_id": row.id, "body": reply.body,
                                 "not_applied": err.message}, now)
                    taken.unread += 1
                    continue
                note_on_job(s, job.id, "customer_reply",
                            {"inbound_id": row.id, "body": reply.body,
                             "applied": row.outcome}, now)
                if intent == "approve":
                    taken.approved += 1
                else:
                    taken.declined += 1
            else:
                row.outcome = ReplyOutcome.UNREAD
                note_on_job(s, job.id, "customer_reply",
                            {"inbound_id": row.id, "body": reply.body}, now)
                taken.unread += 1
    return taken


def _sender(raw: str) -> str:
    try:
        return normalize_phone(raw)
    except DomainError:
        return raw.strip()[:30]


def _job_for(s: Session, customer: Customer) -> Job | None:
    """The job a reply is about: one waiting for approval, else the latest open, else latest."""
    for statuses in ((Status.AWAITING_APPROVAL,), tuple(OPEN_STATUSES), None):
        query = select(Job).where(Job.customer_id == customer.id)
        if statuses is not None:
            query = query.where(Job.status.in_(statuses))
        job = s.scalar(query.order_by(Job.status_changed_at.desc(), Job.id.desc()).limit(1))
        if job is not None:
            return job
    return None
