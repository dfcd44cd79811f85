"""Customers' replies: "1"/"yes" approves a waiting estimate, "2"/"no" declines it, and
anything else waits on the job for reception to read."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from dataclasses import dataclass, replace
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.auth.roles import Actor, Role
from app.customers.phone import normalize_phone
from app.errors import DomainError
from app.jobs.timeline import TimelineKind
from app.jobs.workflow import OPEN_STATUSES, Status
from app.locale.text import search_key, to_latin_digits
from app.notify.gateway import InboundSms
from app.notify.reply_flow import move
from app.notify.states import ReplyOutcome
from app.notify.timeline import note_on_job
from app.validation import received_text
from db.engine import Database
from db.models import Customer, InboundMessage, Job

log = logging.getLogger(__name__)

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
    scored: int = 0  # a survey's answer (app/care)
    commands: int = 0  # 11 / «لغو» / 12
    status: int = 0  # a status request answered
    approved: int = 0
    declined: int = 0
    unread: int = 0
    unmatched: int = 0
    duplicates: int = 0  # fetched again and already stored: skipped, each one logged
    kept_unread: int = 0  # could not be applied because of an error: stored for a person


def fingerprint(provider_id: str, sender: str, body: str, received_at: dt.datetime) -> str:
    """What identifies a reply. The provider's id alone does not: some number replies per
    request, so a later "1" can carry the id of an earlier one. The migration 0004 holds a
    frozen copy of this."""
    moment = received_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
    text = "\x1f".join((provider_id, sender, body, moment))
    return hashlib.sha256(text.encode()).hexdigest()


class Workflow(Protocol):
    """What replies need of the job workflow (JobService): one move from its table inside
    the caller's transaction, with the same rules as a move made at the desk."""

    def apply_move(self, s: Session, actor: Actor, job: Job, target: Status | str, *,
                   reason: str = "", via: str = "") -> None: ...


class CareReplies(Protocol):
    """What replies need of customer care (app/care/replies.py): a chance to take the reply
    first, as a command, a status request or a survey's answer. `estimate_asked_at` is when
    the customer's job went to awaiting approval, if one is waiting: the later question is
    the one a "1" answers. Returns the Taken counter, or None to go on."""

    def take(self, s: Session, row: InboundMessage, customer: Customer,
             estimate_asked_at: dt.datetime | None, now: dt.datetime) -> str | None: ...


class NoCare:
    """Replies with no care work: the estimate's yes/no and the inbox only."""

    def take(self, s: Session, row: InboundMessage, customer: Customer,
             estimate_asked_at: dt.datetime | None, now: dt.datetime) -> str | None:
        return None


def take_replies(db: Database, gateway: str, replies: list[InboundSms],
                 now: dt.datetime, *, jobs: Workflow, care: CareReplies | None = None) -> Taken:
    """Store and act on each reply in its own transaction. None is dropped silently: one
    already stored is counted and logged, and one that cannot be applied is kept unread."""
    taken = Taken()
    for received in replies:
        reply = storable(received)
        sender = _sender(reply.sender)
        key = fingerprint(reply.provider_id, sender, reply.body, reply.received_at)
        try:
            _take(db, jobs, care or NoCare(), gateway, reply, sender, key, now, taken)
        except (_AlreadyStored, IntegrityError):  # fetched before, or by another dispatcher
            _skip(db, gateway, reply, key, taken)
        except Exception:
            log.exception("reply %s received %s could not be applied; kept unread",
                          reply.provider_id, reply.received_at.isoformat())
            _keep_unread(db, gateway, reply, sender, key, taken)
    return taken


def storable(reply: InboundSms) -> InboundSms:
    """The reply as it can be stored: control and broken characters (a NUL the server
    refuses, an ESC a terminal would obey) are removed, never the whole reply; logged."""
    body, removed = received_text(reply.body, 100_000)
    sender, cut = received_text(reply.sender, 200)
    provider_id, cut_id = received_text(reply.provider_id, 100)
    if removed or cut or cut_id:  # no number or text in the log, as _skip says
        log.warning("reply %r: %d control or broken characters removed, or cut to fit",
                    provider_id, removed + cut + cut_id)
    return replace(reply, body=body, sender=sender, provider_id=provider_id)


def _skip(db: Database, gateway: str, reply: InboundSms, key: str, taken: Taken) -> None:
    with db.read() as s:
        stored = s.scalar(select(InboundMessage.id).where(InboundMessage.gateway == gateway,
                                                          InboundMessage.fingerprint == key))
    # No number or text in the log: it may be read by more people than the database.
    log.info("reply %s received %s is already stored as #%s; not stored again",
             reply.provider_id, reply.received_at.isoformat(), stored)
    taken.duplicates += 1


def _keep_unread(db: Database, gateway: str, reply: InboundSms, sender: str, key: str,
                 taken: Taken) -> None:
    with db.write() as s:
        if s.scalar(select(InboundMessage.id).where(InboundMessage.gateway == gateway,
                                                    InboundMessage.fingerprint == key)):
            return
        customer = s.scalar(select(Customer).where(Customer.mobile == sender))
        s.add(InboundMessage(gateway=gateway, provider_id=reply.provider_id, sender=sender,
                             body=reply.body, received_at=reply.received_at, fingerprint=key,
                             customer_id=customer.id if customer else None,
                             outcome=ReplyOutcome.UNREAD))
    taken.kept_unread += 1


class _AlreadyStored(Exception):
    pass


def _take(db: Database, jobs: Workflow, care: CareReplies, gateway: str, reply: InboundSms,
          sender: str, key: str, now: dt.datetime, taken: Taken) -> None:
    with db.write() as s:
        if s.scalar(select(InboundMessage.id).where(
                InboundMessage.gateway == gateway,
                InboundMessage.fingerprint == key)) is not None:
            raise _AlreadyStored(key)
        row = InboundMessage(gateway=gateway, provider_id=reply.provider_id, sender=sender,
                             body=reply.body, received_at=reply.received_at, fingerprint=key,
                             outcome=ReplyOutcome.UNMATCHED)
        s.add(row)
        outcome = _apply(s, jobs, care, row, reply, now)
    setattr(taken, outcome, getattr(taken, outcome) + 1)


def _apply(s: Session, jobs: Workflow, care: CareReplies, row: InboundMessage,
           reply: InboundSms, now: dt.datetime) -> str:
    """Match the stored reply to its job and act on a plain yes or no; the Taken counter."""
    customer = s.scalar(select(Customer).where(Customer.mobile == row.sender))
    job = _job_for(s, customer) if customer else None
    if customer is not None:
        waiting = job is not None and job.status == Status.AWAITING_APPROVAL
        handled = care.take(s, row, customer, job.status_changed_at if job and waiting
                            else None, now)
        if handled:
            return handled
    if customer is None or job is None:
        row.customer_id = customer.id if customer else None
        return "unmatched"
    row.customer_id, row.job_id = customer.id, job.id
    s.flush()
    intent = reply_intent(reply.body)
    if not intent or job.status != Status.AWAITING_APPROVAL:
        move(row, ReplyOutcome.UNREAD)
        note_on_job(s, job.id, TimelineKind.CUSTOMER_REPLY,
                    {"inbound_id": row.id, "body": reply.body}, now)
        return "unread"
    try:
        with s.begin_nested():
            jobs.apply_move(s, SMS_REPLY, job,
                            Status.APPROVED if intent == "approve" else Status.DECLINED,
                            reason="declined by SMS reply", via="sms_reply")
    except DomainError as err:
        move(row, ReplyOutcome.UNREAD)  # e.g. the estimate was withdrawn
        note_on_job(s, job.id, TimelineKind.CUSTOMER_REPLY,
                    {"inbound_id": row.id, "body": reply.body, "not_applied": err.message},
                    now)
        return "unread"
    move(row, ReplyOutcome.APPROVED if intent == "approve" else ReplyOutcome.DECLINED)
    row.read_at = now
    note_on_job(s, job.id, TimelineKind.CUSTOMER_REPLY,
                {"inbound_id": row.id, "body": reply.body, "applied": row.outcome}, now)
    return "approved" if intent == "approve" else "declined"


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
